package org.docedition.apparatus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
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
 * the work per document is bounded and the whole is linear in the size of the edition. Ties are
 * broken by id: the result is the same on every run.
 *
 * <p>Memory is bounded by the vocabulary and by the features kept, never by all the words of all
 * documents at once: a first pass counts in how many documents each word and each word pair stands
 * (words as ids of one dictionary, pairs as two ids packed in a {@code long}, counts in primitive
 * arrays); a second pass reads each document again and keeps only its {@link #WORDS} most
 * distinctive features as a small sorted array of ids. At 100,000 documents the word-count maps of
 * every document held at once needed more than 4 GB of heap.
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
    /** Bits of a word id inside a pair key; words with a larger id are counted alone, never in pairs. */
    private static final int ID_BITS = 26;
    private static final long PAIR = 1L << 62;
    private static final long PERSON = 1L << 61;
    private static final Set<String> STOP = Set.of("about", "above", "after", "again", "against", "also", "although",
            "among", "another", "because", "been", "before", "being", "between", "both", "could", "does", "during",
            "each", "even", "every", "first", "from", "further", "have", "having", "here", "into", "itself", "just",
            "last", "many", "more", "most", "much", "must", "only", "other", "ours", "over", "same", "shall", "should",
            "since", "some", "such", "than", "that", "their", "them", "then", "there", "these", "they", "this",
            "those", "through", "under", "until", "upon", "very", "well", "were", "what", "when", "where", "which",
            "while", "will", "with", "within", "without", "would", "your", "year", "years", "said", "time",
            "people", "republic", "union", "soviet", "china", "chinese", "ussr", "government", "comrade", "comrades");
    private static final String[] ENDINGS = {"ations", "ation", "ally", "ies", "al", "es", "s", "e"};

    private RelatedDocuments() {
    }

    /** Related documents of each of {@code documents} (in date order), given who each names. */
    static Map<DocumentId, List<DocumentId>> find(List<Document> documents, Map<DocumentId, List<Mention>> mentions) {
        return find(documents, Vocabulary.of(documents), mentions);
    }

    /**
     * Related documents of each of {@code documents} (in date order), given their {@code vocabulary}
     * (which does not depend on persons, so it can be counted while they are found) and who each names.
     */
    static Map<DocumentId, List<DocumentId>> find(List<Document> documents, Vocabulary vocabulary,
                                                  Map<DocumentId, List<Mention>> mentions) {
        int n = documents.size();
        Features features = features(documents, vocabulary, mentions);
        int[][] ids = features.ids;
        double[][] weights = features.weights;

        // each feature's documents in date order (documents are), with the feature's weight in each
        int[] start = new int[features.count + 1];
        for (int[] f : ids) {
            for (int id : f) {
                start[id + 1]++;
            }
        }
        for (int k = 0; k < features.count; k++) {
            start[k + 1] += start[k];
        }
        int[] fill = Arrays.copyOf(start, features.count);
        int[] postingDocuments = new int[start[features.count]];
        double[] postingWeights = new double[start[features.count]];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < ids[i].length; k++) {
                int at = fill[ids[i][k]]++;
                postingDocuments[at] = i;
                postingWeights[at] = weights[i][k];
            }
        }

        long[] days = new long[n];
        int[] sources = new int[n];
        Map<String, Integer> sourceIds = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Document d = documents.get(i);
            days[i] = d.date().map(RelatedDocuments::epochDay).orElse(Long.MIN_VALUE);
            sources[i] = sourceIds.computeIfAbsent(d.source().id(), k -> sourceIds.size());
        }

        @SuppressWarnings("unchecked")
        List<DocumentId>[] found = new List[n];
        ThreadLocal<Scratch> scratch = ThreadLocal.withInitial(() -> new Scratch(n));
        // each document's list depends on the shared, read-only index alone: the order of work does not matter
        IntStream.range(0, n).parallel().forEach(i -> {
            Scratch s = scratch.get();
            for (int k = 0; k < ids[i].length; k++) {
                int from = start[ids[i][k]];
                int to = start[ids[i][k] + 1];
                int at = Arrays.binarySearch(postingDocuments, from, to, i);
                double weight = weights[i][k];
                // a common feature is followed only to the documents nearest in date
                for (int p = Math.max(from, at - WINDOW); p < Math.min(to, at + WINDOW + 1); p++) {
                    int c = postingDocuments[p];
                    if (c != i && sources[c] != sources[i]) {
                        s.add(c, weight * postingWeights[p]);
                    }
                }
            }
            found[i] = s.best(i, documents, days);
        });
        Map<DocumentId, List<DocumentId>> related = new HashMap<>();
        for (int i = 0; i < n; i++) {
            if (!found[i].isEmpty()) {
                related.put(documents.get(i).id(), found[i]);
            }
        }
        return related;
    }

    /** One thread's running sums of what a document shares with each other document. */
    private static final class Scratch {
        final double[] shared;
        int[] touched = new int[256];
        int size;

        Scratch(int n) {
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

        /** The best {@link #MOST} of the documents touched, and clears the sums for the next document. */
        List<DocumentId> best(int i, List<Document> documents, long[] days) {
            int[] top = new int[MOST];
            double[] topScore = new double[MOST];
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
                while (at > 0 && better(score, c, topScore[at - 1], top[at - 1], documents)) {
                    at--;
                }
                if (at >= MOST) {
                    continue;
                }
                int last = Math.min(kept, MOST - 1);
                System.arraycopy(top, at, top, at + 1, last - at);
                System.arraycopy(topScore, at, topScore, at + 1, last - at);
                top[at] = c;
                topScore[at] = score;
                kept = Math.min(kept + 1, MOST);
            }
            size = 0;
            List<DocumentId> list = new ArrayList<>(kept);
            for (int k = 0; k < kept; k++) {
                list.add(documents.get(top[k]).id());
            }
            return List.copyOf(list);
        }

        private static boolean better(double score, int c, double otherScore, int other, List<Document> documents) {
            if (score != otherScore) {
                return score > otherScore;
            }
            return documents.get(c).id().compareTo(documents.get(other).id()) < 0;
        }
    }

    /**
     * Each document's features as ids ascending, with their weights scaled to length one.
     *
     * @param ids     per document, its feature ids, ascending
     * @param weights per document, the weight of each of its features
     * @param count   how many distinct features there are
     */
    private record Features(int[][] ids, double[][] weights, int count) {
    }

    /**
     * What a first pass over all documents learns of their words: one dictionary of words, each
     * folded word's place in alphabetical order, and in how many documents each word and each
     * pair stands.
     */
    static final class Vocabulary {
        private final Dictionary dictionary;
        private final int[] wordFrequency;
        private final LongCounts pairFrequency;
        private final int[] rank;
        /** Where each document's words came from, or null when read from the text: the second pass reads them alike. */
        private final Memory.Reading remembered;

        private Vocabulary(Dictionary dictionary, int[] wordFrequency, LongCounts pairFrequency,
                           Memory.Reading remembered) {
            this.dictionary = dictionary;
            this.wordFrequency = wordFrequency;
            this.pairFrequency = pairFrequency;
            this.rank = dictionary.ranks();
            this.remembered = remembered;
        }

        /** The vocabulary of {@code documents}, in date order: words are numbered as first met. */
        static Vocabulary of(List<Document> documents) {
            return of(documents, null);
        }

        /**
         * The same, with each document's words from {@code remembered} (see {@link Memory}) rather
         * than read from its text again, if not null; the result is the same.
         */
        static Vocabulary of(List<Document> documents, Memory.Reading remembered) {
            Dictionary dictionary = new Dictionary();
            int[] wordFrequency = new int[1024];
            LongCounts pairFrequency = new LongCounts();
            Tokens tokens = new Tokens();
            for (Document d : documents) {
                tokens.read(d, dictionary, true, remembered);
                for (int k = 0; k < tokens.size; k++) {
                    long key = tokens.keys[k];
                    if ((key & PAIR) != 0) {
                        pairFrequency.increment(key);
                    } else {
                        if (key >= wordFrequency.length) {
                            wordFrequency = Arrays.copyOf(wordFrequency,
                                    Math.max((int) key + 1, wordFrequency.length * 2));
                        }
                        wordFrequency[(int) key]++;
                    }
                }
            }
            if (remembered != null) {
                remembered.settle(dictionary.size());
            }
            return new Vocabulary(dictionary, wordFrequency, pairFrequency, remembered);
        }
    }

    /**
     * The words of documents kept between the builds of one process ({@code edition serve}): a
     * document equal to one of the last build's is not read again, its words (as
     * {@link DocumentWords}, which no dictionary numbers) are replayed, and the best words found
     * for it stand unless a count they depend on changed (see {@link Reading#settle}). The related
     * documents found are the same as without it. Editions above {@value #REMEMBERED_DOCUMENTS} documents are read
     * afresh each time: their words would take hundreds of megabytes of heap.
     */
    static final class Memory {
        static final int REMEMBERED_DOCUMENTS = 50_000;
        private volatile Map<Document, DocumentWords> last = Map.of();
        /** The number of the build {@link #last} is from (0: none yet), and how many documents it had. */
        private volatile long lastBuild;
        private volatile int lastCount;
        /** How many documents' best words the last build took from the one before. */
        private volatile int lastReused;
        private long builds;
        /** A number for every folded word ever read, the same in every build: documents keep their words as these. */
        private final Map<String, Integer> numbers = new java.util.concurrent.ConcurrentHashMap<>();
        private final List<String> words = new ArrayList<>();

        private int number(String folded) {
            return numbers.computeIfAbsent(folded, w -> {
                synchronized (words) {
                    words.add(w);
                    return words.size() - 1;
                }
            });
        }

        private String word(int number) {
            synchronized (words) {
                return words.get(number);
            }
        }

        /** How many documents' best words the last build kept took from the build before it. */
        int reused() {
            return lastReused;
        }

        /** A reading of {@code documents} for one build, or null when the edition is too large to remember. */
        Reading reading(List<Document> documents) {
            if (documents.size() > REMEMBERED_DOCUMENTS) {
                last = Map.of();
                lastBuild = 0;
                return null;
            }
            return new Reading(++builds, documents.size());
        }

        /** Keeps what {@code reading} read for the next build, and forgets the rest. */
        void keep(Reading reading) {
            if (reading != null) {
                last = reading.read;
                lastCount = reading.count;
                lastBuild = reading.build;
                lastReused = reading.reused.get();
            }
        }

        /** The words of each document of one build: remembered from the last, or read now. */
        final class Reading {
            private final Map<Document, DocumentWords> read = new java.util.concurrent.ConcurrentHashMap<>();
            private final long build;
            private final int count;
            /** Whether a document's best words found by the last build may stand; see {@link #settle}. */
            private boolean reuseBest;
            /** The words and pairs (see {@link #pairNumber}) in more or fewer documents than in the last build. */
            private final java.util.BitSet changedWords = new java.util.BitSet();
            private final java.util.BitSet changedPairFirsts = new java.util.BitSet();
            private final Set<Long> changedPairs = new java.util.HashSet<>();
            private final java.util.concurrent.atomic.AtomicInteger reused = new java.util.concurrent.atomic.AtomicInteger();

            private Reading(long build, int count) {
                this.build = build;
                this.count = count;
            }

            Memory memory() {
                return Memory.this;
            }

            /**
             * Once every document is read (the first pass): finds the words and pairs whose number
             * of documents differs from the last build's, from the documents that came and went.
             * A document's best words depend on its own words, the number of documents and how
             * many documents have each of its words; when none of these changed, the best words
             * the last build found for it stand (see {@link #best}). {@code words} is the size of
             * this build's dictionary: pairs of words numbered beyond {@link #ID_BITS} bits are not
             * counted, so such a dictionary reuses nothing.
             */
            void settle(int words) {
                reuseBest = lastBuild != 0 && count == lastCount && words < (1 << ID_BITS);
                if (!reuseBest) {
                    return;
                }
                Set<DocumentWords> before = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
                before.addAll(last.values());
                Set<DocumentWords> now = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
                now.addAll(read.values());
                Map<Integer, Integer> wordChange = new HashMap<>();
                Map<Long, Integer> pairChange = new HashMap<>();
                for (DocumentWords w : before) {
                    if (!now.contains(w)) {
                        w.count(-1, wordChange, pairChange);
                    }
                }
                for (DocumentWords w : now) {
                    if (!before.contains(w)) {
                        w.count(1, wordChange, pairChange);
                    }
                }
                wordChange.forEach((word, change) -> {
                    if (change != 0) {
                        changedWords.set(word);
                    }
                });
                pairChange.forEach((pair, change) -> {
                    if (change != 0) {
                        changedPairs.add(pair);
                        changedPairFirsts.set((int) ((pair & ~PAIR) >>> 31));
                    }
                });
            }

            /** The best words the last build found for {@code d}, if they stand in this one (see {@link #settle}); else null. */
            Best best(Document d) {
                if (!reuseBest) {
                    return null;
                }
                DocumentWords w = read.get(d);
                Best best = w == null ? null : w.best;
                if (best == null || best.build() != lastBuild
                        || w.touches(changedWords, changedPairFirsts, changedPairs)) {
                    return null;
                }
                w.best = new Best(build, best.keys(), best.weights());
                reused.incrementAndGet();
                return best;
            }

            /** Remembers the best words found for {@code d} in this build, keys as {@link Dictionary#numbered} gives them. */
            void found(Document d, long[] keys, double[] weights) {
                DocumentWords w = read.get(d);
                if (w != null) {
                    w.best = new Best(build, keys, weights);
                }
            }

            DocumentWords of(Document d) {
                DocumentWords w = read.get(d);
                if (w == null) {
                    w = last.get(d);
                    if (w == null) {
                        w = DocumentWords.of(d, Memory.this::number);
                    }
                    read.put(d, w);
                }
                return w;
            }
        }
    }

    /**
     * What {@link Tokens#read} counts in one document, independent of any dictionary: its words
     * worth comparing, folded, in the order first met (title first), how often each stands (title
     * words thrice), and the pairs of such words that stand side by side, as indexes into the words
     * with their counts. Replayed into a dictionary in that order, they number new words exactly as
     * reading the text does.
     */
    static final class DocumentWords {
        /** The words, as their numbers in the {@link Memory}. */
        private final int[] words;
        private final int[] counts;
        /** (first, second, count) triples. */
        private final int[] pairs;
        /** The best words found for the document in the last build that read it (see {@link Memory.Reading#best}). */
        private volatile Best best;

        private DocumentWords(int[] words, int[] counts, int[] pairs) {
            this.words = words;
            this.counts = counts;
            this.pairs = pairs;
        }

        static DocumentWords of(Document d, java.util.function.ToIntFunction<String> numbers) {
            Builder b = new Builder();
            readWords(d, b);
            int[] flat = new int[b.pairs.size() * 3];
            int k = 0;
            for (Map.Entry<Long, int[]> e : b.pairs.entrySet()) {
                flat[k++] = (int) (e.getKey() >>> 32);
                flat[k++] = (int) (long) e.getKey();
                flat[k++] = e.getValue()[0];
            }
            return new DocumentWords(b.words.stream().mapToInt(numbers).toArray(),
                    Arrays.copyOf(b.counts, b.words.size()), flat);
        }

        /** Adds {@code change} to the count of each of its words and pairs (see {@link #pairNumber}). */
        void count(int change, Map<Integer, Integer> wordChange, Map<Long, Integer> pairChange) {
            for (int word : words) {
                wordChange.merge(word, change, Integer::sum);
            }
            for (int k = 0; k < pairs.length; k += 3) {
                pairChange.merge(pairNumber(words[pairs[k]], words[pairs[k + 1]]), change, Integer::sum);
            }
        }

        /** Whether it has any of {@code changedWords} or {@code changedPairs} (whose first words are {@code firsts}). */
        boolean touches(java.util.BitSet changedWords, java.util.BitSet firsts, Set<Long> changedPairs) {
            if (!changedWords.isEmpty()) {
                for (int word : words) {
                    if (changedWords.get(word)) {
                        return true;
                    }
                }
            }
            if (!changedPairs.isEmpty()) {
                for (int k = 0; k < pairs.length; k += 3) {
                    int first = words[pairs[k]];
                    if (firsts.get(first) && changedPairs.contains(pairNumber(first, words[pairs[k + 1]]))) {
                        return true;
                    }
                }
            }
            return false;
        }
    }

    /**
     * A document's best words and pairs as one build found them, before persons join them and
     * before scaling: keys by the numbers of the {@link Memory} (see {@link Dictionary#numbered}),
     * best first, with their weights.
     */
    record Best(long build, long[] keys, double[] weights) {
    }

    /** A pair of words by their numbers in the {@link Memory}, two 31-bit numbers under the pair flag. */
    private static long pairNumber(int first, int second) {
        return PAIR | (long) first << 31 | second;
    }

    /** What a reading of a document's words is told (see {@link #readWords}). */
    private interface WordSink {
        /** The id of the word {@code text[start, end)}, four letters or more, or -1 to leave it out. */
        int id(char[] text, int start, int end);

        /** The word {@code id} stands {@code times} times more. */
        void word(int id, int times);

        /** The words {@code first} and {@code second} stand side by side {@code times} times more. */
        void pair(int first, int second, int times);
    }

    /**
     * Reads the words of {@code d} worth comparing (four letters or more, those {@code sink} gives an
     * id) and the pairs of them that stand side by side, the title as if it stood
     * {@value #TITLE_WEIGHT} times.
     */
    private static void readWords(Document d, WordSink sink) {
        readWords(d.title(), TITLE_WEIGHT, sink);
        for (Paragraph p : d.paragraphs()) {
            readWords(p.text(), 1, sink);
        }
    }

    /** Reads the words of {@code string} as if it stood {@code times} times over. */
    private static void readWords(String string, int times, WordSink sink) {
        // read from an array: a text with any character beyond Latin-1 is slow to read char by char
        char[] text = string.toCharArray();
        int i = 0;
        int len = text.length;
        int previous = -1;
        int previousEnd = -1;
        while (i < len) {
            if (!Character.isLetter(text[i])) {
                i++;
                continue;
            }
            int start = i;
            while (i < len && Character.isLetter(text[i])) {
                i++;
            }
            int id = i - start < 4 ? -1 : sink.id(text, start, i);
            if (id < 0) {
                // a short or common word, or (never, for the documents of the first pass) one not seen
                previous = -1;
                continue;
            }
            sink.word(id, times);
            if (previous >= 0 && adjacent(text, previousEnd, start)) {
                sink.pair(previous, id, times);
            }
            previous = id;
            previousEnd = i;
        }
    }

    /** Collects a {@link DocumentWords}: words numbered in the order first met, by folded spelling. */
    private static final class Builder implements WordSink {
        private final Map<String, Integer> index = new HashMap<>();
        private final Map<String, Integer> bySpelling = new HashMap<>();
        private final List<String> words = new ArrayList<>();
        private int[] counts = new int[64];
        private final Map<Long, int[]> pairs = new java.util.LinkedHashMap<>();

        @Override
        public int id(char[] text, int start, int end) {
            String spelling = new String(text, start, end - start);
            Integer known = bySpelling.get(spelling);
            if (known == null) {
                String w = spelling.toLowerCase(Locale.ROOT);
                known = STOP.contains(w) ? -1 : index.computeIfAbsent(fold(w), x -> {
                    words.add(x);
                    return words.size() - 1;
                });
                bySpelling.put(spelling, known);
            }
            return known;
        }

        @Override
        public void word(int id, int times) {
            if (id >= counts.length) {
                counts = Arrays.copyOf(counts, Math.max(id + 1, counts.length * 2));
            }
            counts[id] += times;
        }

        @Override
        public void pair(int first, int second, int times) {
            pairs.computeIfAbsent((long) first << 32 | second, k -> new int[1])[0] += times;
        }
    }

    /** Persons and most distinctive words of each document, weighted and scaled to length one. */
    private static Features features(List<Document> documents, Vocabulary vocabulary,
                                     Map<DocumentId, List<Mention>> mentions) {
        int n = documents.size();
        Dictionary dictionary = vocabulary.dictionary;
        Map<String, Integer> personIds = new HashMap<>();
        List<Integer> personFrequency = new ArrayList<>();
        for (Document d : documents) {
            for (Mention m : mentions.getOrDefault(d.id(), List.of())) {
                int p = personIds.computeIfAbsent(m.personId(), k -> personIds.size());
                if (p == personFrequency.size()) {
                    personFrequency.add(0);
                }
                personFrequency.set(p, personFrequency.get(p) + 1);
            }
        }

        // second pass: each document's most distinctive features, read again rather than kept
        long[][] keys = new long[n][];
        double[][] weights = new double[n][];
        ThreadLocal<Tokens> local = ThreadLocal.withInitial(Tokens::new);
        Memory.Reading remembered = vocabulary.remembered;
        IntStream.range(0, n).parallel().forEach(i -> {
            Document d = documents.get(i);
            List<Mention> named = mentions.getOrDefault(d.id(), List.of());
            Best best = remembered == null ? null : remembered.best(d);
            long[] kept;
            double[] w;
            int size;
            if (best != null) {
                size = best.keys().length;
                kept = new long[size + named.size()];
                w = new double[kept.length];
                for (int k = 0; k < size; k++) {
                    kept[k] = dictionary.keyOf(best.keys()[k]);
                    w[k] = best.weights()[k];
                }
            } else {
                Tokens t = local.get();
                t.read(d, dictionary, false, remembered);
                kept = new long[Math.min(WORDS, t.size) + named.size()];
                w = new double[kept.length];
                size = t.top(vocabulary.wordFrequency, vocabulary.pairFrequency, vocabulary.rank, n, kept, w);
                if (remembered != null) {
                    long[] numbered = new long[size];
                    for (int k = 0; k < size; k++) {
                        numbered[k] = dictionary.numbered(kept[k]);
                    }
                    remembered.found(d, numbered, Arrays.copyOf(w, size));
                }
            }
            for (Mention m : named) {
                int p = personIds.get(m.personId());
                if (personFrequency.get(p) < 2) {
                    continue; // as with words: a person no other document names relates nothing, only dilutes
                }
                kept[size] = PERSON | p;
                w[size++] = PERSON_WEIGHT * Math.log(1 + (double) n / personFrequency.get(p));
            }
            double norm = 0;
            for (int k = 0; k < size; k++) {
                norm += w[k] * w[k];
            }
            norm = Math.sqrt(norm);
            // sorted by key, weights alongside
            long[] order = new long[size];
            for (int k = 0; k < size; k++) {
                order[k] = kept[k];
            }
            Arrays.sort(order);
            double[] scaled = new double[size];
            for (int k = 0; k < size; k++) {
                int from = indexOf(kept, size, order[k]);
                scaled[k] = norm > 0 ? w[from] / norm : w[from];
            }
            keys[i] = order;
            weights[i] = scaled;
        });

        // features kept anywhere, numbered in key order, so each document's ids stay ascending
        int total = 0;
        for (long[] k : keys) {
            total += k.length;
        }
        long[] all = new long[total];
        int at = 0;
        for (long[] k : keys) {
            System.arraycopy(k, 0, all, at, k.length);
            at += k.length;
        }
        Arrays.sort(all);
        int count = 0;
        for (int k = 0; k < all.length; k++) {
            if (k == 0 || all[k] != all[k - 1]) {
                all[count++] = all[k];
            }
        }
        int[][] ids = new int[n][];
        int distinct = count;
        IntStream.range(0, n).parallel().forEach(i -> {
            ids[i] = new int[keys[i].length];
            for (int k = 0; k < keys[i].length; k++) {
                ids[i][k] = Arrays.binarySearch(all, 0, distinct, keys[i][k]);
            }
            keys[i] = null;
        });
        return new Features(ids, weights, count);
    }

    private static int indexOf(long[] keys, int size, long key) {
        for (int k = 0; k < size; k++) {
            if (keys[k] == key) {
                return k;
            }
        }
        throw new IllegalStateException("feature lost");
    }

    /**
     * The words of one document worth comparing (four letters or more, no common words, plurals
     * folded) and the pairs of such words that stand side by side ("cultural exchange"), which say
     * more about a subject than either word alone, as keys: a word's id, or two ids in a pair key.
     */
    private static final class Tokens implements WordSink {
        /** The distinct keys read, in the order first read (what is made of them does not depend on it). */
        long[] keys = new long[1024];
        /** How often each of {@link #keys} stands. */
        int[] counts = new int[1024];
        int size;
        /**
         * Where each key is, so a key read again is counted in place rather than kept twice and
         * sorted out later: open-addressed, position in {@link #keys} plus one, 0 for a free slot.
         */
        private int[] slots = new int[4096];
        /** The slot of each of {@link #keys}, to free exactly the slots used before the next document. */
        private int[] slotOf = new int[1024];
        /** The dictionary id of each word of the document being replayed. */
        private int[] ids = new int[256];
        /** The dictionary the document being read is looked up in, and whether new words join it. */
        private Dictionary dictionary;
        private boolean learn;

        /**
         * Reads {@code d}, from its text or, when {@code remembered} is not null, from its
         * remembered words; with {@code learn}, new words join the dictionary, otherwise they are
         * left out.
         */
        void read(Document d, Dictionary dictionary, boolean learn, Memory.Reading remembered) {
            for (int k = 0; k < size; k++) {
                slots[slotOf[k]] = 0;
            }
            size = 0;
            if (remembered != null) {
                replay(remembered.of(d), dictionary, learn, remembered.memory());
                return;
            }
            this.dictionary = dictionary;
            this.learn = learn;
            readWords(d, this);
        }

        @Override
        public int id(char[] text, int start, int end) {
            return dictionary.id(text, start, end, learn);
        }

        @Override
        public void word(int id, int times) {
            add(id, times);
        }

        @Override
        public void pair(int first, int second, int times) {
            if (first < (1L << ID_BITS) && second < (1L << ID_BITS)) {
                add(PAIR | ((long) first << ID_BITS) | second, times);
            }
        }

        /** Counts {@code w} as reading its document counts it: the same keys and counts. */
        private void replay(DocumentWords w, Dictionary dictionary, boolean learn, Memory memory) {
            if (ids.length < w.words.length) {
                ids = new int[Math.max(w.words.length, ids.length * 2)];
            }
            for (int k = 0; k < w.words.length; k++) {
                ids[k] = dictionary.idOfNumber(w.words[k], memory::word, learn);
                if (ids[k] >= 0) {
                    add(ids[k], w.counts[k]);
                }
            }
            for (int k = 0; k < w.pairs.length; k += 3) {
                long first = ids[w.pairs[k]];
                long second = ids[w.pairs[k + 1]];
                if (first >= 0 && second >= 0 && first < (1L << ID_BITS) && second < (1L << ID_BITS)) {
                    add(PAIR | (first << ID_BITS) | second, w.pairs[k + 2]);
                }
            }
        }

        private void add(long key, int times) {
            int mask = slots.length - 1;
            int at = slot(key, mask);
            while (slots[at] != 0) {
                int k = slots[at] - 1;
                if (keys[k] == key) {
                    counts[k] += times;
                    return;
                }
                at = (at + 1) & mask;
            }
            if (size == keys.length) {
                keys = Arrays.copyOf(keys, size * 2);
                counts = Arrays.copyOf(counts, size * 2);
                slotOf = Arrays.copyOf(slotOf, size * 2);
            }
            keys[size] = key;
            counts[size] = times;
            slotOf[size] = at;
            slots[at] = ++size;
            if (size * 2 > slots.length) {
                grow();
            }
        }

        private void grow() {
            slots = new int[slots.length * 2];
            int mask = slots.length - 1;
            for (int k = 0; k < size; k++) {
                int at = slot(keys[k], mask);
                while (slots[at] != 0) {
                    at = (at + 1) & mask;
                }
                slots[at] = k + 1;
                slotOf[k] = at;
            }
        }

        private static int slot(long key, int mask) {
            long h = key * 0x9E3779B97F4A7C15L;
            return (int) (h ^ (h >>> 32)) & mask;
        }

        /**
         * Puts the {@link #WORDS} keys of highest weight (ties by key) into {@code kept} and their
         * weights into {@code w}; returns how many. A key of one document alone relates it to nothing.
         */
        int top(int[] wordFrequency, LongCounts pairFrequency, int[] rank, int n, long[] kept, double[] w) {
            Ranking best = new Ranking(Math.min(WORDS, size));
            for (int k = 0; k < size; k++) {
                long key = keys[k];
                int df = (key & PAIR) != 0 ? pairFrequency.get(key) : wordFrequency[(int) key];
                if (df > 1) {
                    double v = (1 + Math.log(counts[k])) * Math.log((double) n / df);
                    if (v > 0) {
                        best.offer(key, v, alphabetical(key, rank));
                    }
                }
            }
            return best.drainBestFirst(kept, w);
        }
    }

    /**
     * The highest-weighted of the keys offered, ties by alphabetical order, kept in a heap whose
     * root is the worst of them: choosing a document's {@link #WORDS} best of a few thousand keys
     * costs no full sort and no boxed index per key.
     */
    private static final class Ranking {
        private final long[] keys;
        private final double[] weights;
        private final long[] alphabetical;
        private int size;

        Ranking(int capacity) {
            keys = new long[capacity];
            weights = new double[capacity];
            alphabetical = new long[capacity];
        }

        void offer(long key, double weight, long order) {
            if (size < keys.length) {
                set(size, key, weight, order);
                siftUp(size++);
            } else if (size > 0 && better(weight, order, 0)) {
                set(0, key, weight, order);
                siftDown(0);
            }
        }

        /** Puts the keys kept, best first, into {@code kept} and their weights into {@code w}; returns how many. */
        int drainBestFirst(long[] kept, double[] w) {
            int count = size;
            // taking the worst off the root each time fills the lists from their end
            while (size > 0) {
                int last = --size;
                kept[last] = keys[0];
                w[last] = weights[0];
                swap(0, last);
                siftDown(0);
            }
            return count;
        }

        /** Whether a key of {@code weight} and {@code order} ranks above the one at {@code at}. */
        private boolean better(double weight, long order, int at) {
            return weight != weights[at] ? weight > weights[at] : order < alphabetical[at];
        }

        private void siftUp(int at) {
            while (at > 0) {
                int parent = (at - 1) / 2;
                if (!better(weights[parent], alphabetical[parent], at)) {
                    return;
                }
                swap(at, parent);
                at = parent;
            }
        }

        private void siftDown(int at) {
            while (true) {
                int worst = at;
                for (int child = 2 * at + 1; child <= 2 * at + 2 && child < size; child++) {
                    if (better(weights[worst], alphabetical[worst], child)) {
                        worst = child;
                    }
                }
                if (worst == at) {
                    return;
                }
                swap(at, worst);
                at = worst;
            }
        }

        private void set(int at, long key, double weight, long order) {
            keys[at] = key;
            weights[at] = weight;
            alphabetical[at] = order;
        }

        private void swap(int a, int b) {
            long key = keys[a];
            double weight = weights[a];
            long order = alphabetical[a];
            set(a, keys[b], weights[b], alphabetical[b]);
            set(b, key, weight, order);
        }
    }

    /**
     * One id per folded word. Each word as printed is looked up in place, without cutting it out of
     * the text, lower-casing and folding it: that is done once per spelling, when it is first seen.
     * Only the first pass adds spellings; the second only reads, from several threads.
     */
    private static final class Dictionary {
        private final Map<String, Integer> folded = new HashMap<>();
        private char[][] printed = new char[1 << 16][];
        private int[] hashes = new int[1 << 16];
        private int[] ids = new int[1 << 16];
        private int size;

        /** The id of the word {@code text[start, end)}: -1 for a common word or, without {@code learn}, an unseen one. */
        int id(char[] text, int start, int end, boolean learn) {
            int h = 0;
            for (int k = start; k < end; k++) {
                h = 31 * h + text[k];
            }
            int mask = printed.length - 1;
            int at = spread(h) & mask;
            while (printed[at] != null) {
                if (hashes[at] == h && Arrays.equals(printed[at], 0, printed[at].length, text, start, end)) {
                    return ids[at];
                }
                at = (at + 1) & mask;
            }
            if (!learn) {
                return -1;
            }
            char[] spelling = Arrays.copyOfRange(text, start, end);
            String w = new String(spelling).toLowerCase(Locale.ROOT);
            int id = -1;
            if (!STOP.contains(w)) {
                id = folded.computeIfAbsent(fold(w), x -> folded.size());
            }
            printed[at] = spelling;
            hashes[at] = h;
            ids[at] = id;
            if (++size * 2 > printed.length) {
                grow();
            }
            return id;
        }

        /** Each remembered word's id plus one, by its number in the {@link Memory}; 0 for a word not met yet. */
        private int[] byNumber = new int[0];
        /** Each remembered word's number in the {@link Memory}, by id. */
        private int[] numbers = new int[0];

        /** How many folded words it has. */
        int size() {
            return folded.size();
        }

        /** The key {@code key} (a word's id, or a pair of ids) by the words' numbers in the {@link Memory}. */
        long numbered(long key) {
            if ((key & PAIR) == 0) {
                return numbers[(int) key];
            }
            long mask = (1L << ID_BITS) - 1;
            return pairNumber(numbers[(int) ((key >>> ID_BITS) & mask)], numbers[(int) (key & mask)]);
        }

        /** The key of this dictionary for {@code numbered}, a key as {@link #numbered} gives it, of words it has. */
        long keyOf(long numbered) {
            if ((numbered & PAIR) == 0) {
                return idOf((int) numbered);
            }
            long mask = (1L << 31) - 1;
            return PAIR | (long) idOf((int) ((numbered & ~PAIR) >>> 31)) << ID_BITS | idOf((int) (numbered & mask));
        }

        private int idOf(int number) {
            if (number >= byNumber.length || byNumber[number] == 0) {
                throw new IllegalStateException("word number " + number + " is not in this build's dictionary");
            }
            return byNumber[number] - 1;
        }

        /**
         * The id of the folded word numbered {@code number} in the {@link Memory} (see
         * {@link DocumentWords}), {@code word} giving its text: with {@code learn}, a word not met
         * yet joins the dictionary as {@link #id} would add it; otherwise -1 for it.
         */
        int idOfNumber(int number, java.util.function.IntFunction<String> word, boolean learn) {
            if (number < byNumber.length && byNumber[number] > 0) {
                return byNumber[number] - 1;
            }
            if (!learn) {
                return -1;
            }
            if (number >= byNumber.length) {
                byNumber = Arrays.copyOf(byNumber, Math.max(number + 1, byNumber.length * 2));
            }
            // a number stands for one folded word, so a number not met yet is a word not met yet
            int id = folded.size();
            folded.put(word.apply(number), id);
            byNumber[number] = id + 1;
            if (id >= numbers.length) {
                numbers = Arrays.copyOf(numbers, Math.max(id + 1, numbers.length * 2));
            }
            numbers[id] = number;
            return id;
        }

        private static int spread(int h) {
            int m = h * 0x9E3779B9;
            return m ^ (m >>> 16);
        }

        /** Each folded word's place in alphabetical order, by id. */
        int[] ranks() {
            String[] words = new String[folded.size()];
            folded.forEach((w, id) -> words[id] = w);
            Integer[] order = new Integer[words.length];
            Arrays.setAll(order, k -> k);
            Arrays.sort(order, (a, b) -> words[a].compareTo(words[b]));
            int[] rank = new int[words.length];
            for (int k = 0; k < order.length; k++) {
                rank[order[k]] = k;
            }
            return rank;
        }

        private void grow() {
            char[][] oldPrinted = printed;
            int[] oldHashes = hashes;
            int[] oldIds = ids;
            printed = new char[oldPrinted.length * 2][];
            hashes = new int[printed.length];
            ids = new int[printed.length];
            int mask = printed.length - 1;
            for (int k = 0; k < oldPrinted.length; k++) {
                if (oldPrinted[k] != null) {
                    int at = spread(oldHashes[k]) & mask;
                    while (printed[at] != null) {
                        at = (at + 1) & mask;
                    }
                    printed[at] = oldPrinted[k];
                    hashes[at] = oldHashes[k];
                    ids[at] = oldIds[k];
                }
            }
        }
    }

    /**
     * A number that orders keys as their texts ("word" or "word word") order alphabetically: a
     * text is ordered by its first word, then a word alone before the pairs it starts, then by the
     * second word. Words are letters only, so the space of a pair sorts before any letter and a
     * word's rank decides even where one word begins another ("cult exchange" before "culture").
     */
    private static long alphabetical(long key, int[] rank) {
        if ((key & PAIR) == 0) {
            return (long) rank[(int) key] << 32;
        }
        long mask = (1L << ID_BITS) - 1;
        return (long) rank[(int) ((key >>> ID_BITS) & mask)] << 32 | (rank[(int) (key & mask)] + 1L);
    }

    /** Counts by {@code long} key in one open-addressed table: no object per key. */
    private static final class LongCounts {
        private long[] keys = new long[1 << 16];
        private int[] counts = new int[1 << 16];
        private int size;

        void increment(long key) {
            int at = slot(keys, key);
            if (keys[at] == 0) {
                keys[at] = key;
                if (++size * 4 > keys.length * 3) {
                    grow();
                    at = slot(keys, key);
                }
            }
            counts[at]++;
        }

        int get(long key) {
            int at = slot(keys, key);
            return keys[at] == key ? counts[at] : 0;
        }

        /** Where {@code key} is, or the empty slot where it would go (keys are never 0: pairs carry a flag bit). */
        private static int slot(long[] table, long key) {
            int mask = table.length - 1;
            long h = key * 0x9E3779B97F4A7C15L;
            int at = (int) (h ^ (h >>> 32)) & mask;
            while (table[at] != 0 && table[at] != key) {
                at = (at + 1) & mask;
            }
            return at;
        }

        private void grow() {
            long[] oldKeys = keys;
            int[] oldCounts = counts;
            keys = new long[oldKeys.length * 2];
            counts = new int[oldKeys.length * 2];
            for (int k = 0; k < oldKeys.length; k++) {
                if (oldKeys[k] != 0) {
                    int at = slot(keys, oldKeys[k]);
                    keys[at] = oldKeys[k];
                    counts[at] = oldCounts[k];
                }
            }
        }
    }

    private static boolean adjacent(char[] text, int from, int to) {
        for (int k = from; k < to; k++) {
            char c = text[k];
            if (!(c == ' ' || c == '-' || c == '\u00A0')) {
                return false;
            }
        }
        return to - from <= 2;
    }

    /** A crude stem: enough to make "cultures", "cultural" and "culture" one word. */
    private static String fold(String w) {
        for (String end : ENDINGS) {
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
