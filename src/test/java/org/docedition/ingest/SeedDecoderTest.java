package org.docedition.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.docedition.model.Problem;
import org.junit.jupiter.api.Test;

class SeedDecoderTest {

    private final SeedDecoder decoder = new SeedDecoder();

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private SeedText ok(byte[] bytes) {
        SeedDecoder.Decoded d = decoder.decode("seeds/x.txt", bytes);
        assertEquals(List.of(), d.problems());
        return d.text().orElseThrow();
    }

    private Problem failed(byte[] bytes) {
        SeedDecoder.Decoded d = decoder.decode("seeds/x.txt", bytes);
        assertTrue(d.text().isEmpty(), "expected no text");
        assertEquals(1, d.problems().size());
        Problem p = d.problems().get(0);
        assertTrue(p.isError());
        assertEquals("seeds/x.txt", p.file());
        return p;
    }

    @Test
    void decode_crlfAndCrLineEnds_splitLikeLf() {
        SeedText t = ok(utf8("a\r\nb\rc\nd\r\n"));
        assertEquals(4, t.size());
        assertEquals(List.of("a", "b", "c", "d"), List.of(t.line(1), t.line(2), t.line(3), t.line(4)));
    }

    @Test
    void decode_byteOrderMark_isDropped() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = utf8("Title: x\n");
        byte[] all = Arrays.copyOf(bom, 3 + text.length);
        System.arraycopy(text, 0, all, 3, text.length);
        assertEquals("Title: x", ok(all).line(1));
    }

    @Test
    void decode_controlCharacter_errorNamesLineAndCharacter() {
        Problem p = failed(utf8("one\r\ntwo\nab\u0001c\n"));
        assertEquals(3, p.line());
        assertTrue(p.message().contains("U+0001 at character 3"), p.message());
    }

    @Test
    void decode_c1Control_errorSuggestsWrongDecoding() {
        Problem p = failed(utf8("It\u0092s\n"));
        assertEquals(1, p.line());
        assertTrue(p.message().contains("U+0092") && p.message().contains("Windows-1252"), p.message());
    }

    @Test
    void decode_tab_isText() {
        assertEquals("a\tb", ok(utf8("a\tb\n")).line(1));
    }

    @Test
    void decode_malformedUtf8_errorNamesLine() {
        byte[] latin1 = "one\ntwo\nFran\u00e7ais\n".getBytes(StandardCharsets.ISO_8859_1);
        Problem p = failed(latin1);
        assertEquals(3, p.line());
        assertTrue(p.message().contains("not valid UTF-8"), p.message());
        assertTrue(p.message().contains("0xE7"), p.message());
    }

    @Test
    void decode_nulByte_reportedAsBinaryWithLine() {
        Problem p = failed(utf8("one\r\ntwo\r\nthr\u0000ee\n"));
        assertEquals(3, p.line());
        assertTrue(p.message().contains("binary"), p.message());
    }

    @Test
    void decode_emptyFile_isAnError() {
        Problem p = failed(new byte[0]);
        assertTrue(p.message().startsWith("empty file"), p.message());
        assertEquals(0, p.line());
    }

    @Test
    void decode_onlyBlankAndNbspLines_isAnError() {
        Problem p = failed(utf8("\n   \n\u00A0\n"));
        assertTrue(p.message().contains("only blank lines"), p.message());
    }

    @Test
    void decode_utf16ByteOrderMark_saysSaveAsUtf8() {
        Problem p = failed("\uFEFFTitle".getBytes(StandardCharsets.UTF_16BE));
        assertTrue(p.message().contains("UTF-16"), p.message());
    }

    @Test
    void decode_tenMegabyteLine_keptWhole() {
        String big = "x".repeat(10 * 1024 * 1024);
        SeedText t = ok(utf8("head\n" + big + "\ntail"));
        assertEquals(3, t.size());
        assertEquals(big.length(), t.line(2).length());
        assertEquals("tail", t.line(3));
    }

    @Test
    void decode_hundredThousandLines_allThere() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 100_000; i++) {
            b.append("line ").append(i).append(i % 2 == 0 ? "\r\n" : "\n");
        }
        SeedText t = ok(utf8(b.toString()));
        assertEquals(100_000, t.size());
        assertEquals("line 99999", t.line(100_000));
    }

    @Test
    void nextNonBlank_skipsNbspOnlyLines() {
        SeedText t = Seeds.seed("a\n\n\u00A0\n \u00A0 \nb");
        assertEquals(5, t.nextNonBlank(1));
        assertEquals(6, t.nextNonBlank(5));
        assertTrue(t.isBlank(3));
    }
}
