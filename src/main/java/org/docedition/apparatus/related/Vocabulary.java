package org.docedition.apparatus.related;

import java.util.Arrays;
import java.util.List;
import org.docedition.model.Document;

/**
 * What a first pass over all documents learns of their words: one dictionary, each folded word's
 * place in alphabetical order, and in how many documents each word and each pair stands.
 *
 * <p>It does not depend on persons, so it can be counted while they are found.
 */
public final class Vocabulary {

    final Dictionary dictionary;
    final int[] wordFrequency;
    final LongCounts pairFrequency;
    /** Each folded word, by id. */
    final String[] words;
    /** Each folded word's place in alphabetical order, by id. */
    final int[] rank;
    /** Where each document's words came from, or null when read from the text: the second pass reads them alike. */
    final WordMemo.Reading remembered;

    private Vocabulary(Dictionary dictionary, int[] wordFrequency, LongCounts pairFrequency,
                       WordMemo.Reading remembered) {
        this.dictionary = dictionary;
        this.wordFrequency = wordFrequency;
        this.pairFrequency = pairFrequency;
        this.words = dictionary.words();
        this.rank = Dictionary.ranks(words);
        this.remembered = remembered;
    }

    /** The vocabulary of {@code documents}, in date order: words are numbered as first met. */
    public static Vocabulary of(List<Document> documents) {
        return of(documents, null);
    }

    /**
     * The same, with each document's words replayed from {@code remembered} rather than read from
     * its text again, if not null. The result is the same.
     */
    public static Vocabulary of(List<Document> documents, WordMemo.Reading remembered) {
        Dictionary dictionary = new Dictionary();
        int[] wordFrequency = new int[1024];
        LongCounts pairFrequency = new LongCounts();
        DocumentKeys keys = new DocumentKeys();
        for (Document d : documents) {
            keys.read(d, dictionary, true, remembered);
            for (int k = 0; k < keys.size; k++) {
                long key = keys.keys[k];
                if (Keys.isPair(key)) {
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

    /** In how many documents the word or pair {@code key} stands. */
    int frequency(long key) {
        return Keys.isPair(key) ? pairFrequency.get(key) : wordFrequency[(int) key];
    }

    /** The text of the word or pair {@code key}: "culture" or "cultur exchang". */
    String text(long key) {
        if (!Keys.isPair(key)) {
            return words[(int) key];
        }
        return words[Keys.first(key)] + " " + words[Keys.second(key)];
    }
}
