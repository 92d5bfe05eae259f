package org.docedition.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.junit.jupiter.api.Test;

class KeyDigestTest {

    private static byte[] sha256(String text) throws Exception {
        return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void digest_isThatOfTheTextAsUtf8() throws Exception {
        String chinese = "\u5468\u6069\u6765 \uD83D\uDCDC";
        String unpaired = "a\uD800b\uDC00";
        assertArrayEquals(sha256("S6:" + chinese + "N" + unpaired + "-7:0123456789"),
                new KeyDigest().mark('S').number(chinese.length()).mark(':').text(chinese).mark('N')
                        .text(new StringBuilder(unpaired)).number(-7).mark(':').number(0).number(123456789)
                        .digest());
    }

    @Test
    void digest_ofTextLongerThanTheBuffer_isThatOfTheWholeText() throws Exception {
        String longText = "\u00E9x".repeat(10_000);
        assertArrayEquals(sha256("[" + longText + "]" + Integer.MAX_VALUE),
                new KeyDigest().mark('[').text(longText).mark(']').number(Integer.MAX_VALUE).digest());
    }

    @Test
    void digest_ofSurrogatesAtEdges_isThatOfGetBytes() throws Exception {
        // a high surrogate last, two highs before a low, a low first: each lone one becomes '?'
        String odd = "\uDCDCx\uD83D\uD83D\uDCDC\u0800\u07FF\u007F\uD83D";
        assertArrayEquals(sha256(odd), new KeyDigest().text(odd).digest());
    }

    @Test
    void digest_ofManyCharactersStraddlingTheBuffer_isThatOfGetBytes() throws Exception {
        // three- and four-byte characters land on every offset of the 8 KB buffer's end
        String text = "a\u5468\uD83D\uDCDC".repeat(3_000);
        assertArrayEquals(sha256(text + text), new KeyDigest().text(text).text(text).digest());
    }
}
