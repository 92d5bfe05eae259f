package org.docedition.apparatus.related;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DictionaryTest {

    private static int id(Dictionary d, String word, boolean learn) {
        char[] text = (" " + word + " ").toCharArray();
        return d.id(text, 1, 1 + word.length(), learn);
    }

    @Test
    void id_spellingsOfOneFoldedWord_shareAnId() {
        Dictionary d = new Dictionary();
        int cultures = id(d, "Cultures", true);
        assertEquals(cultures, id(d, "cultural", true));
        assertEquals(cultures, id(d, "culture", true));
        assertEquals(1, d.size());
    }

    @Test
    void id_commonWord_isMinusOne() {
        assertEquals(-1, id(new Dictionary(), "Government", true));
    }

    @Test
    void id_unseenWordWithoutLearning_isMinusOne_andNotAdded() {
        Dictionary d = new Dictionary();
        id(d, "railway", true);
        assertEquals(-1, id(d, "bridge", false));
        assertEquals(0, id(d, "railway", false));
        assertEquals(1, d.size());
    }

    @Test
    void id_manySpellings_surviveTheTableGrowing() {
        Dictionary d = new Dictionary();
        for (int k = 0; k < 70_000; k++) {
            assertEquals(k, id(d, "word" + letters(k), true));
        }
        assertEquals(12_345, id(d, "word" + letters(12_345), false));
    }

    private static String letters(int k) {
        StringBuilder s = new StringBuilder();
        do {
            s.append((char) ('a' + k % 26));
            k /= 26;
        } while (k > 0);
        return s.append('q').toString();
    }

    @Test
    void ranks_orderWordsAlphabetically() {
        assertArrayEquals(new int[] {2, 0, 1}, Dictionary.ranks(new String[] {"zebra", "apple", "mango"}));
    }

    @Test
    void alphabetical_wordBeforeThePairsItStarts_pairsByTheirSecondWord() {
        int[] rank = Dictionary.ranks(new String[] {"cult", "culture", "exchang"});
        long cult = Keys.alphabetical(0, rank);
        long cultExchange = Keys.alphabetical(Keys.pair(0, 2), rank);
        long culture = Keys.alphabetical(1, rank);
        assertEquals(true, cult < cultExchange && cultExchange < culture);
    }
}
