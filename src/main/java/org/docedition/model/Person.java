package org.docedition.model;

import java.util.List;

/**
 * A person of the edition's persons index: an entry of the editors' authority file
 * ({@code content/persons.csv}), joined to the biographies the collection's editorial notes print.
 * An empty field is unknown: nothing is filled in that no reference gave.
 *
 * @param id        stable slug, also the page's file name: {@code persons/<id>.html}
 * @param name      the display name, given name first ({@code Nikita S. Khrushchev}); for a person
 *                  only the notes know, the name as the note prints it ({@code Suslov M.A.})
 * @param sortName  the index sorts by it ({@code Khrushchev, Nikita Sergeyevich}); empty: by name
 * @param nameRu    the name in Cyrillic, or empty
 * @param nameZh    the name in Chinese characters, or empty
 * @param born      birth date as ISO date or year, or empty
 * @param died      death date as ISO date or year, or empty
 * @param role      one line: the role in the edition's years, or empty
 * @param variants  every form the name is recognised in, the name first
 * @param wikidata  the Wikidata item ({@code Q1510}), or empty
 * @param viaf      the VIAF id (digits), or empty
 * @param sources   where the facts come from: URLs or references
 * @param notes     the biographical notes about the person, in edition order (often none)
 */
public record Person(String id, String name, String sortName, String nameRu, String nameZh, String born,
                     String died, String role, List<String> variants, String wikidata, String viaf,
                     List<String> sources, List<PersonNote> notes) implements java.io.Serializable {

    public Person {
        if (id == null || !id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new IllegalArgumentException("not a person id: " + id);
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("person name must not be blank");
        }
        sortName = orEmpty(sortName);
        nameRu = orEmpty(nameRu);
        nameZh = orEmpty(nameZh);
        born = orEmpty(born);
        died = orEmpty(died);
        role = orEmpty(role);
        wikidata = orEmpty(wikidata);
        viaf = orEmpty(viaf);
        variants = List.copyOf(variants);
        sources = List.copyOf(sources);
        notes = List.copyOf(notes);
    }

    /** A person known by name and variants alone (a biography note's, or an old persons file's). */
    public Person(String id, String name, List<String> variants, List<PersonNote> notes) {
        this(id, name, "", "", "", "", "", "", variants, "", "", List.of(), notes);
    }

    /** The site-relative URL of the person's page. */
    public String url() {
        return "persons/" + id + ".html";
    }

    /** The key the index sorts by: the sort name, else the name. */
    public String sortKey() {
        return sortName.isEmpty() ? name : sortName;
    }

    /** The Wikidata item's address, or empty. */
    public String wikidataUrl() {
        return wikidata.isEmpty() ? "" : "https://www.wikidata.org/wiki/" + wikidata;
    }

    /** The VIAF cluster's address, or empty. */
    public String viafUrl() {
        return viaf.isEmpty() ? "" : "https://viaf.org/viaf/" + viaf;
    }

    /** This person with {@code notes} as its biographies. */
    public Person withNotes(List<PersonNote> notes) {
        return new Person(id, name, sortName, nameRu, nameZh, born, died, role, variants, wikidata, viaf, sources, notes);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s.strip();
    }
}
