package org.docedition.apparatus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.docedition.model.Document;
import org.docedition.model.DocumentId;
import org.docedition.model.HistoricalDate;
import org.docedition.model.Mention;
import org.docedition.model.Paragraph;

/**
 * Finds, for each document, up to five documents of other sources that are most like it: the
 * persons they share, the distinctive words they share (weighted by how rare a word is in the
 * edition) and how close their dates are.
 *
 * <p>What they share decides whether two documents are related at all; closeness in date raises
 * the score of those that share something (by up to half), so a document sharing nothing is never
 * shown for its date alone.
 *
 * <p>Each document is described by its persons and its most distinctive words, weighted and scaled
 * to length one; two documents share the sum of the products of their common features' weights
 * (their cosine). A feature is followed only to the documents nearest in date that have it, so
 * the work per document is bounded and the whole is linear in the size of the edition. Ties are broken by id: the result is the same on every run.
 */
final class RelatedDocuments {

    static final int MOST = 5;
    /** Words kept per document: its most distinctive. */
    private static final int WORDS = 64;
    /** Documents looked at on each side of a document in one feature's date-ordered list. */
    private static final int WINDOW = 16;
    /** A word of the title counts as often as this many in the text. */
    private static final int TITLE_WEIGHT = 3;
    private static final double PERSON_WEIGHT = 2.0;
    private static final double DATE_WEIGHT = 0.5;
    private static final double LEAST_SCORE = 0.04;
    private static final Set<String> STOP = Set.of("about", "above", "after", "again", "against", "also", "although",
            "among", "another", "because", "been", "before", "being", "between", "both", "could", "does", "during",
            "each", "even", "every", "first", "from", "further", "have", "having", "here", "into", "itself", "just",
            "last", "many", "more", "most", "much", "must", "only", "other", "ours", "over", "same", "shall", "should",
            "since", "some", "such", "than", "that", "their", "them", "then", "there", "these", "they", "this",
            "those", "through", "under", "until", "upon", "very", "well", "were", "what", "when", "where", "which",
            "while", "will", "with", "within", "without", "would", "your", "year", "years", "said", "time",
            "people", "republic", "union", "soviet", "china", "chinese", "ussr", "government", "comrade", "comrades");

    private RelatedDocuments() {
    }

    /** Related documents of each of {@code documents} (in date order), given who each names. */
    static Map<DocumentId, List<DocumentId>> find(List<Document> documents, Map<DocumentId, List<Mention>> mentions) {
        int n = documents.size();
        List<Map<String, Double>> features = features(documents, mentions);
        // each feature's documents in date order, with the feature's weight in each
        Map<String, Posting> postings = new HashMap<>();
        int[][] positions = new int[n][];
        for (int i = 0; i < n; i++) {
            Map<String, Double> f = features.get(i);
            positions[i] = new int[f.size()];
            int k = 0;
            for (Map.Entry<String, Double> e : f.entrySet()) {
                positions[i][k++] = postings.computeIfAbsent(e.getKey(), x -> new Posting()).add(i, e.getValue());
            }
        }
        long[] days = new long[n];
        for (int i = 0; i < n; i++) {
            days[i] = documents.get(i).date().map(RelatedDocuments::epochDay).orElse(Long.MIN_VALUE);
        }

        Map<DocumentId, List<DocumentId>> related = new HashMap<>();
        Map<Integer, Double> shared = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Document d = documents.get(i);
            shared.clear();
            int k = 0;
            for (Map.Entry<String, Double> e : features.get(i).entrySet()) {
                Posting list = postings.get(e.getKey());
                int at = positions[i][k++];
                double weight = e.getValue();
                // a common feature is followed only to the documents nearest in date
                for (int p = Math.max(0, at - WINDOW); p < Math.min(list.size, at + WINDOW + 1); p++) {
                    int c = list.documents[p];
                    if (c != i && !documents.get(c).source().id().equals(d.source().id())) {
                        shared.merge(c, weight * list.weights[p], Double::sum);
                    }
                }
            }
            List<Scored> scored = new ArrayList<>();
            for (Map.Entry<Integer, Double> e : shared.entrySet()) {
                if (e.getValue() >= LEAST_SCORE) {
                    double score = e.getValue() * (1 + dateScore(days[i], days[e.getKey()]));
                    scored.add(new Scored(documents.get(e.getKey()).id(), score));
                }
            }
            scored.sort(Comparator.comparingDouble(Scored::score).reversed().thenComparing(Scored::id));
            if (!scored.isEmpty()) {
                related.put(d.id(), scored.stream().limit(MOST).map(Scored::id).toList());
            }
        }
        return related;
    }

    private record Scored(DocumentId id, double score) {
    }

    /** The documents having one feature, in date order, and its weight in each. */
    private static final class Posting {
        int[] documents = new int[4];
        double[] weights = new double[4];
        int size;

        /** Appends a document; returns its position. */
        int add(int document, double weight) {
            if (size == documents.length) {
                documents = java.util.Arrays.copyOf(documents, size * 2);
                weights = java.util.Arrays.copyOf(weights, size * 2);
            }
            documents[size] = document;
            weights[size] = weight;
            return size++;
        }
    }

    /** Persons and most distinctive words of each document, weighted and scaled to length one. */
    private static List<Map<String, Double>> features(List<Document> documents, Map<DocumentId, List<Mention>> mentions) {
        List<Map<String, Integer>> counts = new ArrayList<>(documents.size());
        Map<String, Integer> documentFrequency = new HashMap<>();
        for (Document d : documents) {
            Map<String, Integer> c = new HashMap<>();
            words(d.title(), c, TITLE_WEIGHT);
            for (Paragraph p : d.paragraphs()) {
                words(p.text(), c, 1);
            }
            counts.add(c);
            c.keySet().forEach(w -> documentFrequency.merge(w, 1, Integer::sum));
        }
        Map<String, Integer> personFrequency = new HashMap<>();
        mentions.values().forEach(list -> list.forEach(m -> personFrequency.merge(m.personId(), 1, Integer::sum)));
        double n = documents.size();
        List<Map<String, Double>> features = new ArrayList<>(documents.size());
        for (int i = 0; i < documents.size(); i++) {
            Map<String, Double> weights = new HashMap<>();
            counts.get(i).forEach((w, c) -> {
                int df = documentFrequency.get(w);
                if (df > 1) {
                    // a word of one document alone relates it to nothing
                    weights.put(w, (1 + Math.log(c)) * Math.log(n / df));
                }
            });
            Map<String, Double> kept = new LinkedHashMap<>();
            weights.entrySet().stream()
                    .filter(e -> e.getValue() > 0)
                    .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .limit(WORDS)
                    .forEach(e -> kept.put(e.getKey(), e.getValue()));
            for (Mention m : mentions.getOrDefault(documents.get(i).id(), List.of())) {
                kept.put("@" + m.personId(), PERSON_WEIGHT * Math.log(1 + n / personFrequency.get(m.personId())));
            }
            double norm = Math.sqrt(kept.values().stream().mapToDouble(v -> v * v).sum());
            if (norm > 0) {
                kept.replaceAll((k, v) -> v / norm);
            }
            features.add(kept);
        }
        return features;
    }

    /**
     * Counts the words of {@code text} worth comparing (four letters or more, no common words,
     * plurals folded) and the pairs of such words that stand side by side ("cultural exchange"),
     * which say more about a subject than either word alone.
     */
    private static void words(String text, Map<String, Integer> counts, int weight) {
        int i = 0;
        int len = text.length();
        String previous = null;
        int previousEnd = -1;
        while (i < len) {
            if (!Character.isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < len && Character.isLetter(text.charAt(i))) {
                i++;
            }
            String w = text.substring(start, i).toLowerCase(Locale.ROOT);
            if (i - start < 4 || STOP.contains(w)) {
                previous = null;
                continue;
            }
            w = fold(w);
            counts.merge(w, weight, Integer::sum);
            if (previous != null && adjacent(text, previousEnd, start)) {
                counts.merge(previous + " " + w, weight, Integer::sum);
            }
            previous = w;
            previousEnd = i;
        }
    }

    private static boolean adjacent(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (!(c == ' ' || c == '-' || c == '\u00A0')) {
                return false;
            }
        }
        return to - from <= 2;
    }

    /** A crude stem: enough to make "cultures", "cultural" and "culture" one word. */
    private static String fold(String w) {
        for (String end : List.of("ations", "ation", "ally", "ies", "al", "es", "s", "e")) {
            if (w.endsWith(end) && w.length() - end.length() >= 4) {
                return w.substring(0, w.length() - end.length());
            }
        }
        return w;
    }

    /** A bonus factor for closeness in date: {@link #DATE_WEIGHT} on the same day, half of it a year apart. */
    private static double dateScore(long a, long b) {
        if (a == Long.MIN_VALUE || b == Long.MIN_VALUE) {
            return 0;
        }
        return DATE_WEIGHT / (1 + Math.abs(a - b) / 365.0);
    }

    private static long epochDay(HistoricalDate d) {
        // a partial date stands for the middle of its period
        int month = d.month() == 0 ? 7 : d.month();
        int day = d.day() == 0 ? 15 : d.day();
        return LocalDate.of(d.year(), month, Math.min(day, 28)).toEpochDay() + (d.day() > 28 ? d.day() - 28 : 0);
    }
}
