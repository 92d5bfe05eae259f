package org.docedition.apparatus.related;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;
import org.docedition.model.Document;

/**
 * What {@link WordReader} reads in one document, independent of any build's dictionary: its
 * words worth comparing, folded, in the order first met (title first), how often each stands
 * (title words thrice), and the pairs of words side by side with their counts. Replayed into a
 * dictionary in that order, they number new words exactly as reading the text does.
 */
final class DocumentWords implements java.io.Serializable {

    /** The words, as their numbers in the {@link WordMemo}. */
    final int[] words;
    final int[] counts;
    /** (first, second, count) triples; first and second index {@link #words}. */
    final int[] pairs;
    /** The best words found for the document by the last build that read it (see {@link WordMemo.Reading#best}). */
    volatile WordMemo.Best best;

    private DocumentWords(int[] words, int[] counts, int[] pairs) {
        this.words = words;
        this.counts = counts;
        this.pairs = pairs;
    }

    /** The words of {@code d}, each folded word numbered by {@code numbers}. */
    static DocumentWords of(Document d, ToIntFunction<String> numbers) {
        Collector c = new Collector();
        WordReader.read(d, c);
        int[] flat = new int[c.pairs.size() * 3];
        int k = 0;
        for (Map.Entry<Long, int[]> e : c.pairs.entrySet()) {
            flat[k++] = (int) (e.getKey() >>> 32);
            flat[k++] = (int) (long) e.getKey();
            flat[k++] = e.getValue()[0];
        }
        return new DocumentWords(c.words.stream().mapToInt(numbers).toArray(),
                Arrays.copyOf(c.counts, c.words.size()), flat);
    }

    /** Adds {@code change} to the count of each of its words and pairs (see {@link Keys#pairNumber}). */
    void count(int change, Map<Integer, Integer> wordChange, Map<Long, Integer> pairChange) {
        for (int word : words) {
            wordChange.merge(word, change, Integer::sum);
        }
        for (int k = 0; k < pairs.length; k += 3) {
            pairChange.merge(Keys.pairNumber(words[pairs[k]], words[pairs[k + 1]]), change, Integer::sum);
        }
    }

    /** Whether it has any of {@code changedWords} or {@code changedPairs} (whose first words are {@code firsts}). */
    boolean touches(BitSet changedWords, BitSet firsts, Set<Long> changedPairs) {
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
                if (firsts.get(first) && changedPairs.contains(Keys.pairNumber(first, words[pairs[k + 1]]))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Numbers words in the order first met, by folded spelling. */
    private static final class Collector implements WordReader.Sink {
        private final Map<String, Integer> index = new HashMap<>();
        private final Map<String, Integer> bySpelling = new HashMap<>();
        private final List<String> words = new ArrayList<>();
        private int[] counts = new int[64];
        private final Map<Long, int[]> pairs = new LinkedHashMap<>();

        @Override
        public int id(char[] text, int start, int end) {
            String spelling = new String(text, start, end - start);
            Integer known = bySpelling.get(spelling);
            if (known == null) {
                String folded = WordReader.foldedOrNull(spelling);
                known = folded == null ? -1 : index.computeIfAbsent(folded, x -> {
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
}
