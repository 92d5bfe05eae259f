package org.docedition.model;

/**
 * Where a document is printed: the book and its pages, as the source gives them.
 *
 * @param title the book, e.g. {@code Soviet-Chinese relations. 1952-1955: Collection of documents. 2015}
 * @param pages the pages, e.g. {@code pp. 162-166}, or an empty string
 */
public record PrintedSource(String title, String pages) implements java.io.Serializable {

    public PrintedSource {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("printed source title must not be blank");
        }
        pages = pages == null ? "" : pages.strip();
    }

    /** The full citation as one line. */
    public String citation() {
        return pages.isEmpty() ? title : title + ". " + pages;
    }
}
