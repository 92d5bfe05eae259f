package org.docedition.apparatus;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.docedition.model.Person;
import org.docedition.model.Place;

/**
 * The forms a reader may search a person or place under, each with the name the search looks for
 * instead: {@code khruschev} and {@code khrushchev} become "Nikita S. Khrushchev", {@code chou en lai}
 * becomes "Zhou Enlai". The document pages give each mention that name (the link's indexed title),
 * so every variant finds the same documents. A form two entries share is left out: the search
 * then looks for what was typed.
 */
public final class SearchNames {

    private SearchNames() {
    }

    /** The search forms of {@code apparatus}'s persons and places, normalised (see {@link #key}), in key order. */
    public static Map<String, String> of(Apparatus apparatus) {
        Map<String, String> forms = new HashMap<>();
        Set<String> shared = new HashSet<>();
        for (Person p : apparatus.persons()) {
            for (String v : p.variants()) {
                add(forms, shared, key(v), p.name());
                for (NameForms.Form f : NameForms.of(v)) {
                    add(forms, shared, String.join(" ", f.keys()), p.name());
                }
            }
        }
        for (Place p : apparatus.places()) {
            add(forms, shared, key(p.name()), p.name());
            p.variants().forEach(v -> add(forms, shared, key(v), p.name()));
            if (!p.currentName().isEmpty()) {
                add(forms, shared, key(p.currentName()), p.name());
            }
        }
        shared.forEach(forms::remove);
        Map<String, String> out = new TreeMap<>();
        forms.forEach((k, name) -> {
            // a form that is the name itself needs no rewriting; Chinese is searched in the originals
            if (!k.isEmpty() && !k.equals(key(name)) && !NameTokens.hasHan(k)) {
                out.put(k, name);
            }
        });
        return out;
    }

    private static void add(Map<String, String> forms, Set<String> shared, String key, String name) {
        String before = forms.putIfAbsent(key, name);
        if (before != null && !before.equals(name)) {
            shared.add(key);
        }
    }

    /**
     * A form as the search page compares it: accents dropped, lower case, a possessive's "'s"
     * dropped, anything but letters and digits a single space. assets/search.js does the same.
     */
    public static String key(String form) {
        String s = Normalizer.normalize(form, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT).replaceAll("['\u2019]s\\b", "");
        return s.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

}
