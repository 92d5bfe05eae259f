package org.docedition.apparatus.related;

/** Counts by {@code long} key in one open-addressed table: no object per key. Keys are never 0. */
final class LongCounts {

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

    /** Where {@code key} is, or the empty slot where it would go. */
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
