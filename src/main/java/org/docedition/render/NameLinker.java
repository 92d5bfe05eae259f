package org.docedition.render;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.docedition.model.NameSpan;
import org.docedition.model.Person;
import org.docedition.model.Place;

/**
 * Links the persons and places a text names to their pages: the first mention of each in a
 * paragraph (or note), so a reader finds the link where the name first stands without a page full
 * of links. Where the text's form differs from the authority's name ({@code Khruschev},
 * {@code Chou En-lai}), the link's title gives the name, and search indexes it with the mention
 * ({@code data-pagefind-index-attrs}): a search for the name finds the document whatever form it prints.
 */
final class NameLinker {

    /** Links nothing. */
    static final NameLinker NONE = new NameLinker(Map.of(), Map.of(), "");

    private final Map<String, Person> persons;
    private final Map<String, Place> places;
    private final String root;

    NameLinker(Map<String, Person> persons, Map<String, Place> places, String root) {
        this.persons = persons;
        this.places = places;
        this.root = root;
    }

    /** The link spans for {@code text} whose names stand at {@code names}. */
    List<InlineSpan> spans(String text, List<NameSpan> names) {
        if (names.isEmpty()) {
            return List.of();
        }
        List<InlineSpan> spans = new ArrayList<>();
        Set<String> linked = new HashSet<>();
        for (NameSpan n : names) {
            String name = n.place() ? nameOf(places.get(n.id())) : nameOf(persons.get(n.id()));
            if (name == null || n.end() > text.length() || !linked.add(n.url())) {
                continue;
            }
            String printed = text.substring(n.start(), n.end());
            StringBuilder a = new StringBuilder(96);
            a.append("<a class=\"").append(n.place() ? "place" : "person").append("\" href=\"")
                    .append(HtmlText.escape(root + n.url())).append('"');
            if (!printed.equals(name)) {
                a.append(" title=\"").append(HtmlText.escape(name)).append("\" data-pagefind-index-attrs=\"title\"");
            }
            a.append('>').append(HtmlText.escape(printed)).append("</a>");
            spans.add(new InlineSpan(n.start(), n.end(), a.toString()));
        }
        return spans;
    }

    private static String nameOf(Person p) {
        return p == null ? null : p.name();
    }

    private static String nameOf(Place p) {
        return p == null ? null : p.name();
    }
}
