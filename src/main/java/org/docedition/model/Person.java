package org.docedition.model;

import java.util.List;

/**
 * A person of the edition's persons index, from the editorial notes' biographies and the editors'
 * list of names ({@code content/persons.csv}).
 *
 * @param id        stable slug, also the page's file name: {@code persons/<id>.html}
 * @param name      the name as the index shows it ({@code Suslov M.A.}, {@code Zhou Enlai})
 * @param variants  every form the name is recognised in, the name first
 * @param notes     the biographical notes about the person, in edition order (often none)
 */
public record Person(String id, String name, List<String> variants, List<PersonNote> notes) {

    public Person {
        if (id == null || !id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new IllegalArgumentException("not a person id: " + id);
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("person name must not be blank");
        }
        variants = List.copyOf(variants);
        notes = List.copyOf(notes);
    }

    /** The site-relative URL of the person's page. */
    public String url() {
        return "persons/" + id + ".html";
    }
}
