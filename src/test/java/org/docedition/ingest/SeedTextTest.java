package org.docedition.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SeedTextTest {

    @Test
    void isSpace_everyCharacter_whitespaceSpaceCharOrByteOrderMark() {
        // the fast paths for ASCII and CJK must not change which characters count as spaces
        for (int code = Character.MIN_VALUE; code <= Character.MAX_VALUE; code++) {
            char c = (char) code;
            boolean expected = Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
            assertEquals(expected, SeedText.isSpace(c), () -> String.format("U+%04X", (int) c));
        }
    }

    @Test
    void plain_nonBreakingSpacesBecomeSpacesAndEndsAreTrimmed() {
        SeedText text = new SeedText("seeds/x.txt", List.of("\u00A0 Title:\u00A0A\u3000B \t", "", "plain"));

        assertEquals("Title: A B", text.plain(1));
        assertEquals("", text.plain(2));
        assertEquals("plain", text.plain(3));
        assertEquals("Title:\u00A0A\u3000B", text.text(1));
    }
}
