package org.docedition.model;

import java.util.regex.Pattern;

/**
 * A document's stable identifier, also its file name: {@code documents/<id>.html}.
 *
 * <p>Only lower-case ASCII letters, digits and single hyphens, at most 120 characters, so an id
 * can never name a path outside the site.
 */
public record DocumentId(String value) implements Comparable<DocumentId>, java.io.Serializable {

    public static final int MAX_LENGTH = 120;
    private static final Pattern FORM = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public DocumentId {
        if (value == null || value.length() > MAX_LENGTH || !FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("not a document id: " + value);
        }
    }

    /** The site-relative URL of the document's page. */
    public String url() {
        return "documents/" + value + ".html";
    }

    @Override
    public int compareTo(DocumentId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
