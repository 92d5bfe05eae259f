package org.docedition.model;

/**
 * A name found in a text of a document: the characters {@code [start, end)} name the person or
 * place {@code id}.
 *
 * @param start offset of the first character
 * @param end   offset after the last
 * @param id    the person's or place's id
 * @param place whether it names a place (else a person)
 */
public record NameSpan(int start, int end, String id, boolean place) implements java.io.Serializable {

    public NameSpan {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad name span " + start + "-" + end);
        }
    }

    /** The site-relative URL of the named page. */
    public String url() {
        return (place ? "places/" : "persons/") + id + ".html";
    }
}
