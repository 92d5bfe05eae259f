package org.docedition.apparatus.related;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * One id per folded word of a build. A word as printed is looked up in place, without cutting it
 * out of the text: lower-casing and folding happen once per spelling, when it is first seen.
 * Only the first pass adds spellings; the second only reads, from several threads.
 */
final class Dictionary {

    private final Map<String, Integer> folded = new HashMap<>();
    private char[][] printed = new char[1 << 16][];
    private int[] hashes = new int[1 << 16];
    private int[] ids = new int[1 << 16];
    private int size;
    /** Each remembered word's id plus one, by its number in the {@link WordMemo}; 0 for a word not met yet. */
    private int[] byNumber = new int[0];
    /** Each remembered word's number in the {@link WordMemo}, by id. */
    private int[] numbers = new int[0];

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
        String w = WordReader.foldedOrNull(new String(spelling));
        int id = w == null ? -1 : folded.computeIfAbsent(w, x -> folded.size());
        printed[at] = spelling;
        hashes[at] = h;
        ids[at] = id;
        if (++size * 2 > printed.length) {
            grow();
        }
        return id;
    }

    /** How many folded words it has. */
    int size() {
        return folded.size();
    }

    /** The key {@code key} (a word's id, or a pair of ids) by the words' numbers in the {@link WordMemo}. */
    long numbered(long key) {
        if (!Keys.isPair(key)) {
            return numbers[(int) key];
        }
        return Keys.pairNumber(numbers[Keys.first(key)], numbers[Keys.second(key)]);
    }

    /** The key of this dictionary for {@code numbered}, a key as {@link #numbered} gives it, of words it has. */
    long keyOf(long numbered) {
        if (!Keys.isPair(numbered)) {
            return idOf((int) numbered);
        }
        return Keys.pair(idOf(Keys.firstNumber(numbered)), idOf(Keys.secondNumber(numbered)));
    }

    private int idOf(int number) {
        if (number >= byNumber.length || byNumber[number] == 0) {
            throw new IllegalStateException("word number " + number + " is not in this build's dictionary");
        }
        return byNumber[number] - 1;
    }

    /**
     * The id of the folded word numbered {@code number} in the {@link WordMemo} (see
     * {@link DocumentWords}), {@code word} giving its text. With {@code learn}, a word not met
     * yet joins the dictionary as {@link #id} would add it; otherwise it is -1.
     */
    int idOfNumber(int number, IntFunction<String> word, boolean learn) {
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

    /** Each folded word, by id. */
    String[] words() {
        String[] words = new String[folded.size()];
        folded.forEach((w, id) -> words[id] = w);
        return words;
    }

    /** Each of {@code words}' place in alphabetical order, by id. */
    static int[] ranks(String[] words) {
        Integer[] order = new Integer[words.length];
        Arrays.setAll(order, k -> k);
        Arrays.sort(order, (a, b) -> words[a].compareTo(words[b]));
        int[] rank = new int[words.length];
        for (int k = 0; k < order.length; k++) {
            rank[order[k]] = k;
        }
        return rank;
    }

    private static int spread(int h) {
        int m = h * 0x9E3779B9;
        return m ^ (m >>> 16);
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
