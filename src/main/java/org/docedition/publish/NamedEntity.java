package org.docedition.publish;

import java.util.List;

/**
 * A person or place a document names, as the data exports give it.
 *
 * @param place  whether it is a place (else a person)
 * @param id     its id: the page is {@code persons/<id>.html} or {@code places/<id>.html}
 * @param name   the edition's name for it
 * @param sameAs addresses of its authority records (Wikidata, VIAF, GeoNames)
 */
public record NamedEntity(boolean place, String id, String name, List<String> sameAs) implements java.io.Serializable {

    public NamedEntity {
        sameAs = List.copyOf(sameAs);
    }

    /** The page, relative to the site root. */
    public String url() {
        return (place ? "places/" : "persons/") + id + ".html";
    }
}
