package org.docedition.apparatus.related;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.stream.IntStream;
import org.docedition.model.Document;
import org.docedition.model.DocumentId;
import org.docedition.model.HistoricalDate;

/**
 * How alike documents are: two documents share the sum of the products of their common features'
 * weights (their cosine), raised by up to half for closeness in date.
 *
 * <p>What they share decides whether two documents are related at all; a document sharing
 * nothing is never shown for its date alone. A feature is followed only to the documents nearest
 * in date that have it, so the work per document is bounded and the whole is linear in the size
 * of the edition. Ties are broken by id: the result is the same on every run.
 */
public final class Similarity {

    /** Documents looked at on each side of a document in one feature's date-ordered list. */
    private static final int WINDOW = 16;
    private static final double DATE_WEIGHT = 0.5;
    private static final double LEAST_SCORE = 0.04;
    private static final long NO_DAY = Long.MIN_VALUE;

    private final List<Document> documents;
    private final Features features;
    private final long[] days;
    private final int[] sources;
    private final Map<DocumentId, Integer> index = new HashMap<>();
    /** Where each feature's documents start in {@link #postingDocuments}, by feature id. */
    private final int[] start;
    /** Each feature's documents in date order, one feature after another. */
    private final int[] postingDocuments;
    /** The feature's weight in each of {@link #postingDocuments}. */
    private final double[] postingWeights;

    Similarity(List<Document> documents, Features features) {
        this.documents = documents;
        this.features = features;
        int n = documents.size();
        days = new long[n];
        sources = new int[n];
        Map<String, Integer> sourceIds = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Document d = documents.get(i);
            days[i] = d.date().map(Similarity::epochDay).orElse(NO_DAY);
            sources[i] = sourceIds.computeIfAbsent(d.source().id(), k -> sourceIds.size());
            index.put(d.id(), i);
        }
        int[][] ids = features.ids();
        double[][] weights = features.weights();
        int count = features.count();
        start = new int[count + 1];
        for (int[] f : ids) {
            for (int id : f) {
                start[id + 1]++;
            }
        }
        for (int k = 0; k < count; k++) {
            start[k + 1] += start[k];
        }
        int[] fill = Arrays.copyOf(start, count);
        postingDocuments = new int[start[count]];
        postingWeights = new double[start[count]];
        // documents come in date order, so each feature's list is in date order too
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < ids[i].length; k++) {
                int at = fill[ids[i][k]]++;
                postingDocuments[at] = i;
                postingWeights[at] = weights[i][k];
            }
        }
    }

    /** Up to {@code most} related documents of each document, best first; documents with none are left out. */
    public Map<DocumentId, List<DocumentId>> related(int most) {
        int n = documents.size();
        int[][] ids = features.ids();
        double[][] weights = features.weights();
        @SuppressWarnings("unchecked")
        List<DocumentId>[] found = new List[n];
        ThreadLocal<Scores> scratch = ThreadLocal.withInitial(() -> new Scores(n));
        // each document's list depends on the shared, read-only index alone: the order of work does not matter
        IntStream.range(0, n).parallel().forEach(i -> {
            Scores s = scratch.get();
            for (int k = 0; k < ids[i].length; k++) {
                int from = start[ids[i][k]];
                int to = start[ids[i][k] + 1];
                int at = Arrays.binarySearch(postingDocuments, from, to, i);
                double weight = weights[i][k];
                for (int p = Math.max(from, at - WINDOW); p < Math.min(to, at + WINDOW + 1); p++) {
                    int c = postingDocuments[p];
                    if (c != i && sources[c] != sources[i]) {
                        s.add(c, weight * postingWeights[p]);
                    }
                }
            }
            found[i] = s.best(i, most);
        });
        Map<DocumentId, List<DocumentId>> related = new HashMap<>();
        for (int i = 0; i < n; i++) {
            if (!found[i].isEmpty()) {
                related.put(documents.get(i).id(), found[i]);
            }
        }
        return related;
    }

    /**
     * What documents {@code a} and {@code b} share, the feature adding most to their likeness
     * first (ties by kind and value); empty when they share nothing or either is unknown.
     */
    public List<Feature> shared(DocumentId a, DocumentId b) {
        Integer i = index.get(a);
        Integer c = index.get(b);
        if (i == null || c == null) {
            return List.of();
        }
        int[] x = features.ids()[i];
        int[] y = features.ids()[c];
        double[] wx = features.weights()[i];
        double[] wy = features.weights()[c];
        record Share(Feature feature, double weight) {
        }
        List<Share> shares = new ArrayList<>();
        // both id lists ascend: one merge finds the common ones
        for (int p = 0, q = 0; p < x.length && q < y.length; ) {
            if (x[p] < y[q]) {
                p++;
            } else if (x[p] > y[q]) {
                q++;
            } else {
                shares.add(new Share(features.describe(x[p]), wx[p] * wy[q]));
                p++;
                q++;
            }
        }
        shares.sort(Comparator.comparingDouble(Share::weight).reversed()
                .thenComparing(s -> s.feature().kind())
                .thenComparing(s -> s.feature().value()));
        return shares.stream().map(Share::feature).toList();
    }

    /**
     * How many days apart {@code a} and {@code b} are dated; a partial date counts from its middle.
     * Empty when either is undated or unknown.
     */
    public OptionalLong daysApart(DocumentId a, DocumentId b) {
        Integer i = index.get(a);
        Integer c = index.get(b);
        if (i == null || c == null || days[i] == NO_DAY || days[c] == NO_DAY) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Math.abs(days[i] - days[c]));
    }

    /** A bonus factor for closeness in date: {@link #DATE_WEIGHT} on the same day, half of it a year apart. */
    static double dateScore(long a, long b) {
        if (a == NO_DAY || b == NO_DAY) {
            return 0;
        }
        return DATE_WEIGHT / (1 + Math.abs(a - b) / 365.0);
    }

    static long epochDay(HistoricalDate d) {
        // a partial date stands for the middle of its period
        int month = d.month() == 0 ? 7 : d.month();
        int day = d.day() == 0 ? 15 : d.day();
        return LocalDate.of(d.year(), month, Math.min(day, 28)).toEpochDay() + (d.day() > 28 ? d.day() - 28 : 0);
    }

    /** One thread's running sums of what a document shares with each other document. */
    private final class Scores {
        final double[] shared;
        int[] touched = new int[256];
        int size;

        Scores(int n) {
            shared = new double[n];
        }

        void add(int c, double w) {
            if (shared[c] == 0) {
                if (size == touched.length) {
                    touched = Arrays.copyOf(touched, size * 2);
                }
                touched[size++] = c;
            }
            shared[c] += w;
        }

        /** The best {@code most} of the documents touched; clears the sums for the next document. */
        List<DocumentId> best(int i, int most) {
            int[] top = new int[most];
            double[] topScore = new double[most];
            int kept = 0;
            for (int t = 0; t < size; t++) {
                int c = touched[t];
                double sum = shared[c];
                shared[c] = 0;
                if (sum < LEAST_SCORE) {
                    continue;
                }
                double score = sum * (1 + dateScore(days[i], days[c]));
                // insertion into the short list, best first, ties by id
                int at = kept;
                while (at > 0 && better(score, c, topScore[at - 1], top[at - 1])) {
                    at--;
                }
                if (at >= most) {
                    continue;
                }
                int last = Math.min(kept, most - 1);
                System.arraycopy(top, at, top, at + 1, last - at);
                System.arraycopy(topScore, at, topScore, at + 1, last - at);
                top[at] = c;
                topScore[at] = score;
                kept = Math.min(kept + 1, most);
            }
            size = 0;
            List<DocumentId> list = new ArrayList<>(kept);
            for (int k = 0; k < kept; k++) {
                list.add(documents.get(top[k]).id());
            }
            return List.copyOf(list);
        }

        private boolean better(double score, int c, double otherScore, int other) {
            if (score != otherScore) {
                return score > otherScore;
            }
            return documents.get(c).id().compareTo(documents.get(other).id()) < 0;
        }
    }
}
