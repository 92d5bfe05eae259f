package org.docedition.tei;

import java.util.List;
import org.docedition.model.Person;
import org.docedition.model.Place;

/**
 * The persons and places of the edition's authority files as TEI {@code listPerson} and
 * {@code listPlace} in the corpus header ({@code particDesc}, {@code settingDesc}), the entries the
 * texts' {@code persName/@ref} and {@code placeName/@ref} point to. Only what the authority files
 * state is written: an empty field stays out.
 */
final class AuthorityLists {

    private static final String TEI = TeiDocumentWriter.TEI;

    private AuthorityLists() {
    }

    static String personId(String id) {
        return "person-" + id;
    }

    static String placeId(String id) {
        return "place-" + id;
    }

    static void write(XmlBlocks x, List<Person> persons, List<Place> places) {
        if (!persons.isEmpty()) {
            x.open(TEI, "particDesc");
            x.open(TEI, "listPerson");
            for (Person p : persons) {
                person(x, p);
            }
            x.close();
            x.close();
        }
        if (!places.isEmpty()) {
            x.open(TEI, "settingDesc");
            x.open(TEI, "listPlace");
            for (Place p : places) {
                place(x, p);
            }
            x.close();
            x.close();
        }
    }

    private static void person(XmlBlocks x, Person p) {
        x.open(TEI, "person", "xml:id", personId(p.id()));
        x.leaf(TEI, "persName", p.name(), "type", "main");
        if (!p.sortName().isEmpty()) {
            x.leaf(TEI, "persName", p.sortName(), "type", "sort");
        }
        if (!p.nameRu().isEmpty()) {
            x.leaf(TEI, "persName", p.nameRu(), "xml:lang", "ru");
        }
        if (!p.nameZh().isEmpty()) {
            x.leaf(TEI, "persName", p.nameZh(), "xml:lang", "zh");
        }
        for (String v : p.variants()) {
            if (!v.equals(p.name())) {
                x.leaf(TEI, "persName", v, "type", "variant");
            }
        }
        if (isoDate(p.born())) {
            x.empty(TEI, "birth", "when", p.born());
        }
        if (isoDate(p.died())) {
            x.empty(TEI, "death", "when", p.died());
        }
        if (!p.wikidata().isEmpty()) {
            x.leaf(TEI, "idno", p.wikidataUrl(), "type", "wikidata");
        }
        if (!p.viaf().isEmpty()) {
            x.leaf(TEI, "idno", p.viafUrl(), "type", "VIAF");
        }
        if (!p.role().isEmpty()) {
            x.leaf(TEI, "note", p.role(), "type", "role");
        }
        for (String source : p.sources()) {
            x.leaf(TEI, "note", source, "type", "source");
        }
        x.close();
    }

    private static void place(XmlBlocks x, Place p) {
        x.open(TEI, "place", "xml:id", placeId(p.id()), "type", p.kind().replaceAll("\\s+", "-"));
        x.leaf(TEI, "placeName", p.name(), "type", "main");
        if (!p.nameRu().isEmpty()) {
            x.leaf(TEI, "placeName", p.nameRu(), "xml:lang", "ru");
        }
        if (!p.nameZh().isEmpty()) {
            x.leaf(TEI, "placeName", p.nameZh(), "xml:lang", "zh");
        }
        if (!p.currentName().isEmpty()) {
            x.leaf(TEI, "placeName", p.currentName(), "type", "current");
        }
        for (String v : p.variants()) {
            if (!v.equals(p.name())) {
                x.leaf(TEI, "placeName", v, "type", "variant");
            }
        }
        if (!p.description().isEmpty()) {
            x.leaf(TEI, "desc", p.description());
        }
        if (p.hasCoordinates()) {
            x.open(TEI, "location");
            x.leaf(TEI, "geo", p.latitude() + " " + p.longitude());
            x.close();
        }
        if (!p.wikidata().isEmpty()) {
            x.leaf(TEI, "idno", p.wikidataUrl(), "type", "wikidata");
        }
        if (!p.geonames().isEmpty()) {
            x.leaf(TEI, "idno", p.geonamesUrl(), "type", "geonames");
        }
        for (String source : p.sources()) {
            x.leaf(TEI, "note", source, "type", "source");
        }
        x.close();
    }

    /** Whether {@code s} is a date TEI's {@code when} takes: a year, a month or a day. */
    private static boolean isoDate(String s) {
        return s.matches("-?\\d{4}(-\\d{2}(-\\d{2})?)?");
    }
}
