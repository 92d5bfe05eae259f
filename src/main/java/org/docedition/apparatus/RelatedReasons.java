package org.docedition.apparatus;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.docedition.apparatus.related.Feature;
import org.docedition.apparatus.related.RelatedDocuments;
import org.docedition.model.Document;
import org.docedition.model.DocumentId;
import org.docedition.model.Paragraph;
import org.docedition.model.Person;

/**
 * Says in a line why a document is related to another: the persons they both name, the distinctive
 * words they share as the related document prints them, and how many days apart they are dated
 * ("Khrushchev N.S., Mao Zedong; “cultural cooperation”, “delegation”; 412 days apart").
 */
final class RelatedReasons {

    /** Shared things named per related document at most. */
    static final int SHOWN = 4;

    private RelatedReasons() {
    }

    static String of(RelatedDocuments.Related r, Map<String, Person> persons, Function<DocumentId, Document> find) {
        List<String> who = new ArrayList<>();
        List<String> what = new ArrayList<>();
        Document other = find.apply(r.id());
        for (Feature f : r.shared()) {
            if (who.size() + what.size() >= SHOWN) {
                break;
            }
            if (f.kind() == Feature.Kind.PERSON) {
                Person p = persons.get(f.value());
                who.add(p == null ? f.value() : p.name());
            } else {
                what.add("\u201c" + (other == null ? f.value() : surface(other, f.value())) + "\u201d");
            }
        }
        List<String> parts = new ArrayList<>(3);
        if (!who.isEmpty()) {
            parts.add("both name " + String.join(", ", who));
        }
        if (!what.isEmpty()) {
            parts.add("share " + String.join(", ", what));
        }
        r.daysApart().ifPresent(days -> parts.add(days == 0 ? "same day" : days == 1 ? "1 day apart"
                : String.format(Locale.ROOT, "%,d days apart", days)));
        return String.join("; ", parts);
    }

    /**
     * The words of {@code folded} ({@code cultur exchang}, the form words are compared in) as
     * {@code d} prints them ({@code cultural exchange}), lower case; the folded form if not found.
     */
    static String surface(Document d, String folded) {
        String[] stems = folded.split(" ");
        List<String> words = new ArrayList<>();
        words.addAll(tokens(d.title()));
        for (Paragraph p : d.paragraphs()) {
            words.addAll(tokens(p.text()));
        }
        for (int i = 0; i + stems.length <= words.size(); i++) {
            boolean all = true;
            for (int k = 0; k < stems.length && all; k++) {
                all = words.get(i + k).startsWith(stems[k]);
            }
            if (all) {
                return String.join(" ", words.subList(i, i + stems.length));
            }
        }
        return folded;
    }

    private static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        for (String t : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }
}
