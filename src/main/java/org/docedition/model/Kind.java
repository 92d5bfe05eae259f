package org.docedition.model;

/** The kind of source a document comes from; each kind has its own seed format. */
public enum Kind {
    NEWSPAPER("newspaper", "Newspaper article"),
    COLLECTION("collection", "Collection document"),
    CATALOGUE("catalogue", "Catalogue record"),
    EDITORIAL("editorial", "Editor-supplied document");

    private final String slug;
    private final String label;

    Kind(String slug, String label) {
        this.slug = slug;
        this.label = label;
    }

    /** The lower-case name used in URLs, data exports and search filters. */
    public String slug() {
        return slug;
    }

    /** A human-readable label for pages. */
    public String label() {
        return label;
    }

    /** The kind whose slug is {@code slug}, ignoring case. */
    public static java.util.Optional<Kind> fromSlug(String slug) {
        for (Kind k : values()) {
            if (k.slug.equalsIgnoreCase(slug.strip())) {
                return java.util.Optional.of(k);
            }
        }
        return java.util.Optional.empty();
    }
}
