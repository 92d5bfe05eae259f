package org.docedition.apparatus.related;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WordReaderTest {

    /** Records what a reading tells, words numbered as first met by folded spelling. */
    private static final class Recorder implements WordReader.Sink {
        final List<String> words = new ArrayList<>();
        final Map<String, Integer> counts = new LinkedHashMap<>();
        final Map<String, Integer> pairs = new LinkedHashMap<>();

        @Override
        public int id(char[] text, int start, int end) {
            String folded = WordReader.foldedOrNull(new String(text, start, end - start));
            if (folded == null) {
                return -1;
            }
            if (!words.contains(folded)) {
                words.add(folded);
            }
            return words.indexOf(folded);
        }

        @Override
        public void word(int id, int times) {
            counts.merge(words.get(id), times, Integer::sum);
        }

        @Override
        public void pair(int first, int second, int times) {
            pairs.merge(words.get(first) + " " + words.get(second), times, Integer::sum);
        }
    }

    private static Recorder read(String text) {
        Recorder r = new Recorder();
        WordReader.read(text, 1, r);
        return r;
    }

    @Test
    void read_shortAndCommonWords_leftOut() {
        Recorder r = read("The treaty was signed between them at Moscow.");
        assertEquals(List.of("treaty", "signed", "moscow"), r.words);
    }

    @Test
    void read_wordsSideBySide_makePairs_punctuationOrCommonWordBreaksThem() {
        Recorder r = read("Cultural exchange, treaty signed; cultural-exchange treaty with Moscow");
        assertEquals(Map.of("cultur exchang", 2, "treaty signed", 1, "exchang treaty", 1), r.pairs);
    }

    @Test
    void read_document_countsTitleWordsThrice() {
        Recorder r = new Recorder();
        WordReader.read(RelatedFixtures.doc("a", "a-1", null, "Railway agreement", "The railway opened."), r);
        assertEquals(WordReader.TITLE_WEIGHT + 1, r.counts.get("railway"));
        assertEquals(WordReader.TITLE_WEIGHT, r.counts.get("agreement"));
        assertEquals(WordReader.TITLE_WEIGHT, r.pairs.get("railway agreement"));
    }

    @Test
    void fold_pluralsAndAdjectives_becomeOneWord_shortStemsKept() {
        assertEquals("cultur", WordReader.fold("cultures"));
        assertEquals("cultur", WordReader.fold("cultural"));
        assertEquals("cultur", WordReader.fold("culture"));
        assertEquals("cooper", WordReader.fold("cooperation"));
        assertEquals("axes", WordReader.fold("axes"), "a stem under four letters is not taken");
    }

    @Test
    void foldedOrNull_commonWord_isNull_anyCase() {
        assertEquals(null, WordReader.foldedOrNull("Soviet"));
        assertEquals("treaty", WordReader.foldedOrNull("TREATY"));
    }
}
