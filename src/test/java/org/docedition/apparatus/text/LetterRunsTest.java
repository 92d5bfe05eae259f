package org.docedition.apparatus.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LetterRunsTest {

    private static List<String> runs(String text) {
        List<String> out = new ArrayList<>();
        LetterRuns runs = new LetterRuns(text);
        while (runs.next()) {
            out.add(text.substring(runs.start(), runs.end()));
        }
        return out;
    }

    @Test
    void next_punctuationDigitsAndSpaces_separateWords() {
        assertEquals(List.of("Suslov", "M", "A", "on", "March", "rd"), runs("  Suslov M.A. on 3 March 1953-rd."));
    }

    @Test
    void next_cyrillicAndChineseLetters_areLetters() {
        assertEquals(List.of("Хрущев", "Н", "С", "毛泽东"), runs("Хрущев Н.С., 毛泽东!"));
    }

    @Test
    void next_textWithoutLetters_findsNone() {
        assertEquals(List.of(), runs(""));
        assertEquals(List.of(), runs("12, 13 -- 14."));
        LetterRuns empty = new LetterRuns("...");
        assertFalse(empty.next());
        assertFalse(empty.next(), "stays at the end");
    }

    @Test
    void next_wordAtTheVeryEnd_endsAtTheTextsLength() {
        LetterRuns runs = new LetterRuns("a ZhuDe");
        runs.next();
        runs.next();
        assertEquals(2, runs.start());
        assertEquals(7, runs.end());
    }
}
