package org.docedition.apparatus.related;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.docedition.model.Document;
import org.docedition.model.DocumentId;
import org.docedition.model.Mention;

/**
 * Each document described by its persons and its most distinctive words, weighted and scaled to
 * length one: the second pass over the documents.
 *
 * <p>Memory is bounded by the vocabulary and the features kept, never by all the words of all
 * documents at once. The first pass ({@link Vocabulary}) only counts; this one reads each document
 * again and keeps its {@value #WORDS} most distinctive features as a small sorted array of ids.
 *
 * @param ids      per document, its feature ids, ascending
 * @param weights  per document, the weight of each of its features
 * @param keys     each feature's key (see {@link Keys}), by id
 * @param persons  each person feature's person id, by person number
 * @param vocabulary the words the keys are made of
 */
record Features(int[][] ids, double[][] weights, long[] keys, List<String> persons, Vocabulary vocabulary) {

    /** Words kept per document: its most distinctive. */
    static final int WORDS = 64;
    static final double PERSON_WEIGHT = 2.0;

    /** How many distinct features there are. */
    int count() {
        return keys.length;
    }

    /** What feature {@code id} is. */
    Feature describe(int id) {
        long key = keys[id];
        if (Keys.isPerson(key)) {
            return new Feature(Feature.Kind.PERSON, persons.get(Keys.personNumber(key)));
        }
        return new Feature(Keys.isPair(key) ? Feature.Kind.PHRASE : Feature.Kind.WORD, vocabulary.text(key));
    }

    /** The features of {@code documents} (in date order), given their {@code vocabulary} and who each names. */
    static Features of(List<Document> documents, Vocabulary vocabulary, Map<DocumentId, List<Mention>> mentions) {
        int n = documents.size();
        Dictionary dictionary = vocabulary.dictionary;
        Map<String, Integer> personIds = new HashMap<>();
        List<String> persons = new ArrayList<>();
        List<Integer> personFrequency = new ArrayList<>();
        for (Document d : documents) {
            for (Mention m : mentions.getOrDefault(d.id(), List.of())) {
                int p = personIds.computeIfAbsent(m.personId(), k -> personIds.size());
                if (p == personFrequency.size()) {
                    personFrequency.add(0);
                    persons.add(m.personId());
                }
                personFrequency.set(p, personFrequency.get(p) + 1);
            }
        }

        // each document's most distinctive features, read again rather than kept from the first pass
        long[][] keys = new long[n][];
        double[][] weights = new double[n][];
        ThreadLocal<DocumentKeys> local = ThreadLocal.withInitial(DocumentKeys::new);
        WordMemo.Reading remembered = vocabulary.remembered;
        IntStream.range(0, n).parallel().forEach(i -> {
            Document d = documents.get(i);
            List<Mention> named = mentions.getOrDefault(d.id(), List.of());
            WordMemo.Best best = remembered == null ? null : remembered.best(d);
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
                DocumentKeys t = local.get();
                t.read(d, dictionary, false, remembered);
                kept = new long[Math.min(WORDS, t.size) + named.size()];
                w = new double[kept.length];
                size = t.top(vocabulary, n, WORDS, kept, w);
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
                kept[size] = Keys.person(p);
                w[size++] = PERSON_WEIGHT * Math.log(1 + (double) n / personFrequency.get(p));
            }
            keys[i] = sortedKeys(kept, size);
            weights[i] = scaledInKeyOrder(kept, w, size, keys[i]);
        });
        return numbered(keys, weights, List.copyOf(persons), vocabulary);
    }

    private static long[] sortedKeys(long[] kept, int size) {
        long[] order = Arrays.copyOf(kept, size);
        Arrays.sort(order);
        return order;
    }

    /** The weights of {@code kept}, in the order of {@code order}, scaled to length one. */
    private static double[] scaledInKeyOrder(long[] kept, double[] w, int size, long[] order) {
        double norm = 0;
        for (int k = 0; k < size; k++) {
            norm += w[k] * w[k];
        }
        norm = Math.sqrt(norm);
        double[] scaled = new double[size];
        for (int k = 0; k < size; k++) {
            int from = indexOf(kept, size, order[k]);
            scaled[k] = norm > 0 ? w[from] / norm : w[from];
        }
        return scaled;
    }

    /** The features kept anywhere, numbered in key order, so each document's ids stay ascending. */
    private static Features numbered(long[][] keys, double[][] weights, List<String> persons, Vocabulary vocabulary) {
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
        long[] distinct = Arrays.copyOf(all, count);
        int[][] ids = new int[keys.length][];
        IntStream.range(0, keys.length).parallel().forEach(i -> {
            ids[i] = new int[keys[i].length];
            for (int k = 0; k < keys[i].length; k++) {
                ids[i][k] = Arrays.binarySearch(distinct, keys[i][k]);
            }
            keys[i] = null;
        });
        return new Features(ids, weights, distinct, persons, vocabulary);
    }

    private static int indexOf(long[] keys, int size, long key) {
        for (int k = 0; k < size; k++) {
            if (keys[k] == key) {
                return k;
            }
        }
        throw new IllegalStateException("feature lost");
    }
}
