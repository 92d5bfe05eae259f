package org.docedition.apparatus.related;

/**
 * Features as {@code long} keys: a word's id, two word ids in a pair key, or a person's number.
 * Keys are primitive so that counting millions of them makes no object per key.
 *
 * <p>Two numberings exist. A build's {@link Dictionary} numbers words by id (pairs take
 * {@link #ID_BITS} bits per word). The {@link WordMemo} numbers words for the life of a process
 * (pairs take 31 bits per word); those keys are "numbered".
 */
final class Keys {

    /** Bits of a word id inside a pair key; words with a larger id are counted alone, never in pairs. */
    static final int ID_BITS = 26;
    static final long PAIR = 1L << 62;
    static final long PERSON = 1L << 61;
    private static final long ID_MASK = (1L << ID_BITS) - 1;
    private static final long NUMBER_MASK = (1L << 31) - 1;

    private Keys() {
    }

    static boolean isPair(long key) {
        return (key & PAIR) != 0;
    }

    static boolean isPerson(long key) {
        return (key & PERSON) != 0;
    }

    /** Whether a word of this id can stand in a pair key. */
    static boolean pairable(long id) {
        return id < (1L << ID_BITS);
    }

    /** The pair key of two word ids, both {@link #pairable}. */
    static long pair(long first, long second) {
        return PAIR | (first << ID_BITS) | second;
    }

    static int first(long pair) {
        return (int) ((pair >>> ID_BITS) & ID_MASK);
    }

    static int second(long pair) {
        return (int) (pair & ID_MASK);
    }

    /** The key of the person numbered {@code p}. */
    static long person(int p) {
        return PERSON | p;
    }

    static int personNumber(long key) {
        return (int) (key & ~PERSON);
    }

    /** A pair of words by their numbers in the {@link WordMemo}: two 31-bit numbers under the pair flag. */
    static long pairNumber(int first, int second) {
        return PAIR | (long) first << 31 | second;
    }

    static int firstNumber(long pairNumber) {
        return (int) ((pairNumber & ~PAIR) >>> 31);
    }

    static int secondNumber(long pairNumber) {
        return (int) (pairNumber & NUMBER_MASK);
    }

    /**
     * A number that orders keys as their texts ("word" or "word word") order alphabetically. A
     * text is ordered by its first word, then a word alone before the pairs it starts, then by the
     * second word. Words are letters only, so the space of a pair sorts before any letter, and a
     * word's rank decides even where one word begins another ("cult exchange" before "culture").
     */
    static long alphabetical(long key, int[] rank) {
        if (!isPair(key)) {
            return (long) rank[(int) key] << 32;
        }
        return (long) rank[first(key)] << 32 | (rank[second(key)] + 1L);
    }
}
