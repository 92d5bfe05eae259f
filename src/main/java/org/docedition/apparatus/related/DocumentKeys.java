package org.docedition.apparatus.related;

import java.util.Arrays;
import org.docedition.model.Document;

/**
 * The words and pairs of one document as keys of one {@link Dictionary}, with how often each
 * stands. One instance is reused document after document by one thread.
 */
final class DocumentKeys implements WordReader.Sink {

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
     * remembered words. With {@code learn}, new words join the dictionary; otherwise they are
     * left out.
     */
    void read(Document d, Dictionary dictionary, boolean learn, WordMemo.Reading remembered) {
        for (int k = 0; k < size; k++) {
            slots[slotOf[k]] = 0;
        }
        size = 0;
        if (remembered != null) {
            replay(remembered.of(d), dictionary, learn, remembered.memo());
            return;
        }
        this.dictionary = dictionary;
        this.learn = learn;
        WordReader.read(d, this);
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
        if (Keys.pairable(first) && Keys.pairable(second)) {
            add(Keys.pair(first, second), times);
        }
    }

    /**
     * Puts the {@code capacity} keys of highest weight (ties alphabetical) into {@code kept} and
     * their weights into {@code w}, best first; returns how many. A key of one document alone
     * relates it to nothing, so it is never kept.
     */
    int top(Vocabulary vocabulary, int n, int capacity, long[] kept, double[] w) {
        Ranking best = new Ranking(Math.min(capacity, size));
        for (int k = 0; k < size; k++) {
            long key = keys[k];
            int df = vocabulary.frequency(key);
            if (df > 1) {
                double v = (1 + Math.log(counts[k])) * Math.log((double) n / df);
                if (v > 0) {
                    best.offer(key, v, Keys.alphabetical(key, vocabulary.rank));
                }
            }
        }
        return best.drainBestFirst(kept, w);
    }

    /** Counts {@code w} as reading its document counts it: the same keys and counts. */
    private void replay(DocumentWords w, Dictionary dictionary, boolean learn, WordMemo memo) {
        if (ids.length < w.words.length) {
            ids = new int[Math.max(w.words.length, ids.length * 2)];
        }
        for (int k = 0; k < w.words.length; k++) {
            ids[k] = dictionary.idOfNumber(w.words[k], memo::word, learn);
            if (ids[k] >= 0) {
                add(ids[k], w.counts[k]);
            }
        }
        for (int k = 0; k < w.pairs.length; k += 3) {
            long first = ids[w.pairs[k]];
            long second = ids[w.pairs[k + 1]];
            if (first >= 0 && second >= 0 && Keys.pairable(first) && Keys.pairable(second)) {
                add(Keys.pair(first, second), w.pairs[k + 2]);
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
}
