package org.docedition.model;

import java.util.List;

/**
 * A place of the edition's places index, an entry of the editors' authority file
 * ({@code content/places.csv}): a country, city, region, river, railway. An empty field is unknown.
 *
 * @param id          stable slug, also the page's file name: {@code places/<id>.html}
 * @param name        the name the edition uses, the period's usual English name ({@code Port Arthur})
 * @param sortName    the index sorts by it; empty: by name
 * @param nameRu      the name in Cyrillic, or empty
 * @param nameZh      the name in Chinese characters, or empty
 * @param currentName today's name when different ({@code Lüshunkou}), or empty
 * @param kind        city, country, region, river, railway, port ..., or empty
 * @param description one line, or empty
 * @param variants    every form the name is recognised in, the name first
 * @param latitude    decimal degrees as written, or empty
 * @param longitude   decimal degrees as written, or empty
 * @param wikidata    the Wikidata item, or empty
 * @param geonames    the GeoNames id, or empty
 * @param sources     where the facts come from
 */
public record Place(String id, String name, String sortName, String nameRu, String nameZh, String currentName,
                    String kind, String description, List<String> variants, String latitude, String longitude,
                    String wikidata, String geonames, List<String> sources) implements java.io.Serializable {

    public Place {
        if (id == null || !id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new IllegalArgumentException("not a place id: " + id);
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("place name must not be blank");
        }
        sortName = orEmpty(sortName);
        nameRu = orEmpty(nameRu);
        nameZh = orEmpty(nameZh);
        currentName = orEmpty(currentName);
        kind = orEmpty(kind);
        description = orEmpty(description);
        latitude = orEmpty(latitude);
        longitude = orEmpty(longitude);
        wikidata = orEmpty(wikidata);
        geonames = orEmpty(geonames);
        variants = List.copyOf(variants);
        sources = List.copyOf(sources);
    }

    /** The site-relative URL of the place's page. */
    public String url() {
        return "places/" + id + ".html";
    }

    /** The key the index sorts by. */
    public String sortKey() {
        return sortName.isEmpty() ? name : sortName;
    }

    /** Whether both coordinates are given. */
    public boolean hasCoordinates() {
        return !latitude.isEmpty() && !longitude.isEmpty();
    }

    /** The Wikidata item's address, or empty. */
    public String wikidataUrl() {
        return wikidata.isEmpty() ? "" : "https://www.wikidata.org/wiki/" + wikidata;
    }

    /** The GeoNames entry's address, or empty. */
    public String geonamesUrl() {
        return geonames.isEmpty() ? "" : "https://www.geonames.org/" + geonames;
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s.strip();
    }
}
