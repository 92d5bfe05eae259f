package org.docedition.apparatus.related;

import java.util.List;
import java.util.Map;
import org.docedition.model.Document;
import org.docedition.model.DocumentId;
import org.docedition.model.Mention;

/**
 * Finds, for each document, up to {@value #MOST} documents of other sources that are most like
 * it: by the persons they share, the distinctive words they share (weighted by how rare a word is
 * in the edition) and how close their dates are.
 *
 * <p>Two passes read the words: {@link Vocabulary} counts them, {@link Features} keeps each
 * document's most distinctive; {@link Similarity} then compares documents by them.
 */
public final class RelatedDocuments {

    /** Related documents shown per document at most. */
    public static final int MOST = 5;

    private RelatedDocuments() {
    }

    /** Related documents of each of {@code documents} (in date order), given who each names. */
    public static Map<DocumentId, List<DocumentId>> find(List<Document> documents,
                                                         Map<DocumentId, List<Mention>> mentions) {
        return find(documents, Vocabulary.of(documents), mentions);
    }

    /**
     * Related documents of each of {@code documents} (in date order), given their
     * {@code vocabulary} and who each names.
     */
    public static Map<DocumentId, List<DocumentId>> find(List<Document> documents, Vocabulary vocabulary,
                                                         Map<DocumentId, List<Mention>> mentions) {
        return similarity(documents, vocabulary, mentions).related(MOST);
    }

    /**
     * How alike {@code documents} are: asked of two documents, it says what they share. Hold it
     * only while asking: it keeps every document's features.
     */
    public static Similarity similarity(List<Document> documents, Vocabulary vocabulary,
                                        Map<DocumentId, List<Mention>> mentions) {
        return new Similarity(documents, Features.of(documents, vocabulary, mentions));
    }

    /**
     * A related document with what makes it related.
     *
     * @param id        the related document
     * @param shared    what the two share, the feature adding most first
     * @param daysApart how many days apart they are dated, if both are
     */
    public record Related(DocumentId id, List<Feature> shared, java.util.OptionalLong daysApart) {
        public Related {
            shared = List.copyOf(shared);
        }
    }

    /**
     * Related documents of each of {@code documents}, each with what it shares, keeping only those
     * that share something a reader can see the point of: a person, or at least
     * {@value #LEAST_WORDS} distinctive words or pairs of words beyond the vocabulary of offices and
     * diplomacy every source uses. Fewer are shown rather than unrelated ones.
     */
    public static Map<DocumentId, List<Related>> findExplained(List<Document> documents, Vocabulary vocabulary,
                                                               Map<DocumentId, List<Mention>> mentions) {
        Similarity similarity = similarity(documents, vocabulary, mentions);
        Map<DocumentId, List<Related>> out = new java.util.HashMap<>();
        similarity.related(MOST).forEach((id, list) -> {
            List<Related> kept = new java.util.ArrayList<>(list.size());
            for (DocumentId other : list) {
                List<Feature> shared = similarity.shared(id, other);
                if (meaningful(shared)) {
                    kept.add(new Related(other, shared, similarity.daysApart(id, other)));
                }
            }
            if (!kept.isEmpty()) {
                out.put(id, List.copyOf(kept));
            }
        });
        return out;
    }

    /** Distinctive words or pairs two documents must share when they name no person in common. */
    static final int LEAST_WORDS = 2;

    /**
     * The vocabulary of offices and diplomacy that documents of every source use: rare enough in a
     * small edition to count as distinctive, but two documents sharing only these ("deputy
     * chairman", "talks", "signed") are not related in any way a reader would accept.
     */
    private static final java.util.Set<String> OFFICIALESE = java.util.Set.of("deputy", "chairman", "committee",
            "central", "minister", "ministers", "ministry", "government", "governments", "talks", "signed",
            "delegation", "international", "people", "peoples", "republic", "soviet", "chinese", "china", "ussr",
            "comrade", "comrades", "secretary", "council", "party", "state", "states", "cpsu", "cpc", "union",
            "friendship", "cooperation", "relations", "affairs", "foreign", "premier", "president", "embassy",
            "ambassador", "agreement", "meeting", "conversation", "representatives", "department", "head");

    /** Whether what two documents share is something a reader can see the point of. */
    private static boolean meaningful(List<Feature> shared) {
        if (shared.stream().anyMatch(f -> f.kind() == Feature.Kind.PERSON)) {
            return true;
        }
        return shared.stream().filter(f -> !officialese(f.value())).count() >= LEAST_WORDS;
    }

    /** Whether every word of a folded feature ({@code deputi chairman}) is one of {@link #OFFICIALESE}. */
    private static boolean officialese(String folded) {
        for (String stem : folded.split(" ")) {
            boolean generic = OFFICIALESE.contains(stem)
                    || stem.length() >= 4 && OFFICIALESE.stream().anyMatch(w -> w.startsWith(stem));
            if (!generic) {
                return false;
            }
        }
        return true;
    }
}
