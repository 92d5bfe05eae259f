package org.docedition.bench;

import java.util.BitSet;
import java.util.SplittableRandom;

/**
 * English-like words drawn with Zipf frequencies: real function and subject words for the most
 * frequent ranks, then pseudo-words built from syllables, so the vocabulary keeps growing with the
 * corpus instead of repeating a fixed word list.
 */
final class Vocabulary {

    /** Frequent real words first; "see" and "doc" are left out so prose never reads as a cross reference. */
    private static final String[] COMMON = ("the of and to in a that on for with as was by is be it from at "
            + "this which were an are have has had not their its also or all two been they would will our "
            + "government soviet chinese china union people republic party committee ministry central state "
            + "foreign affairs delegation cooperation agreement economic cultural technical development "
            + "socialist friendship countries comrade embassy question work plan year years production "
            + "assistance construction industry national international relations side both between further "
            + "conference meeting talks exchange trade treaty peace workers organizations specialists first "
            + "new great important time more other these such only into under over "
            + "after during about within upon must shall should may can could them his her he we us "
            + "one three four five proposal request reply letter note telegram report decision council "
            + "assembly session commission equipment enterprises plant factory design materials supply "
            + "questions matters issue issues position policy struggle progress successes results support "
            + "representatives leadership leaders ambassador minister chairman secretary deputy premier "
            + "military security region territory border railway science education students culture "
            + "newspaper press radio film exhibition delegations visit visited arrived signed concluded "
            + "discussed agreed expressed considered proposed received informed decided noted stated").split(" ");

    /** How many of the first {@link #COMMON} words are function words. */
    private static final int FUNCTION_WORDS = 38;

    private static final String[] ONSETS = {"b", "d", "f", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v",
            "z", "sh", "ch", "kr", "tr", "pl", "gr", "br", "dr", "vl", "zh"};
    private static final String[] NUCLEI = {"a", "e", "i", "o", "u", "ai", "ou", "ia", "ei"};
    private static final String[] CODAS = {"", "", "", "n", "r", "l", "s", "m", "v", "k"};
    private static final int SYLLABLES = ONSETS.length * NUCLEI.length * CODAS.length;

    /** The share of running text made of the common words above, as in English prose. */
    private static final double COMMON_SHARE = 0.45;

    private final ZipfSampler common = new ZipfSampler(COMMON.length, 1.0, 1.5);
    private final ZipfSampler content;
    private final String[] cache = new String[1 << 17];
    private final BitSet used = new BitSet();

    /**
     * @param size     how many distinct content words can ever appear
     * @param exponent the content words' Zipf exponent; larger means a smaller effective vocabulary
     */
    Vocabulary(int size, double exponent) {
        content = new ZipfSampler(size, exponent, 10);
    }

    /** A word drawn by frequency. */
    String next(SplittableRandom random) {
        return word(random.nextDouble() < COMMON_SHARE ? common.next(random) : COMMON.length + content.next(random));
    }

    /** A word drawn by frequency that is not a function word ("the", "of"), for titles. */
    String nextContentWord(SplittableRandom random) {
        if (random.nextInt(5) == 0) {
            return word(FUNCTION_WORDS + random.nextInt(COMMON.length - FUNCTION_WORDS));
        }
        return word(COMMON.length + content.next(random));
    }

    /** A rarer word, for a document's own topic: ranks from the middle of the distribution. */
    int topicRank(SplittableRandom random) {
        int range = random.nextInt(8) == 0 ? 200_000 : 20_000;
        return COMMON.length + 50 + random.nextInt(Math.min(range, content.size() - 50));
    }

    /** The word of {@code rank}; distinct ranks give (almost always) distinct words. */
    String word(int rank) {
        used.set(rank);
        if (rank < cache.length && cache[rank] != null) {
            return cache[rank];
        }
        String w = rank < COMMON.length ? COMMON[rank] : pseudoWord(rank - COMMON.length);
        if (rank < cache.length) {
            cache[rank] = w;
        }
        return w;
    }

    /** How many distinct words have been produced so far. */
    int distinctWords() {
        return used.cardinality();
    }

    /** A capitalised pseudo-word, for names of people and places. */
    String name(int index) {
        String w = pseudoWord(index + 7);
        return Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }

    private static String pseudoWord(int index) {
        StringBuilder sb = new StringBuilder();
        // a bijection on [0, S^2) scatters neighbouring ranks over all syllables, so frequent words
        // do not all share one ending; larger indexes keep their extra syllables
        long square = (long) SYLLABLES * SYLLABLES;
        long n = index < square ? (index * 7919L + 104_729L) % square : index;
        // at least two syllables, so pseudo-words rarely collide with the real words above
        int min = 2;
        int count = 0;
        do {
            syllable((int) (n % SYLLABLES), sb);
            n /= SYLLABLES;
            count++;
        } while (n > 0 || count < min);
        return sb.toString();
    }

    private static void syllable(int s, StringBuilder sb) {
        sb.append(ONSETS[s % ONSETS.length]);
        s /= ONSETS.length;
        sb.append(NUCLEI[s % NUCLEI.length]);
        s /= NUCLEI.length;
        sb.append(CODAS[s % CODAS.length]);
    }
}
