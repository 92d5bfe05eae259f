package org.docedition.model;

/**
 * A publication that holds documents: a printed collection, a newspaper, an archive's catalogue.
 *
 * @param id    stable slug, the first part of its documents' ids ({@code sscr-1952-1955})
 * @param title the title readers know it by
 * @param kind  the kind of its documents
 */
public record Source(String id, String title, Kind kind) implements java.io.Serializable {

    public Source {
        if (id == null || !id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new IllegalArgumentException("not a source id: " + id);
        }
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("source title must not be blank");
        }
    }
}
