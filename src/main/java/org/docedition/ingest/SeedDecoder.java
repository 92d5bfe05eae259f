package org.docedition.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.docedition.model.Problem;

/**
 * Turns a seed file's bytes into lines: strict UTF-8, byte-order mark dropped, LF, CRLF or CR
 * line ends; empty, binary (NUL or other control characters) and non-UTF-8 files are reported,
 * naming the line.
 *
 * <p>Every step is one pass over the bytes, so a 10 MB line or a 100,000-line file costs no more
 * than its size.
 */
final class SeedDecoder {

    /**
     * The outcome: the text when it could be decoded, and what was wrong otherwise.
     *
     * @param text     the decoded seed, empty when the file cannot be read as text
     * @param problems errors found (the decoder reports the first bad place of each kind)
     */
    record Decoded(Optional<SeedText> text, List<Problem> problems) {
        Decoded {
            problems = List.copyOf(problems);
        }
    }

    Decoded decode(String file, byte[] bytes) {
        if (bytes.length == 0) {
            return failed(Problem.error(file, 0, "empty file: a seed must hold at least one document"));
        }
        int start = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            start = 3; // a UTF-8 byte-order mark says nothing about the text
        } else if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF
                || (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE)) {
            return failed(Problem.error(file, 1, "file is UTF-16 (it starts with a UTF-16 byte-order mark);"
                    + " save it as UTF-8"));
        }
        for (int i = start; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return failed(Problem.error(file, lineOf(bytes, start, i),
                        "binary data (a NUL byte) in a seed file: seeds must be UTF-8 text"));
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length - start + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int at = in.position();
            int line = lineOf(bytes, start, at);
            return failed(Problem.error(file, line, String.format(Locale.ROOT,
                    "not valid UTF-8 (byte 0x%02X, byte %d of the line); save the file as UTF-8",
                    bytes[at] & 0xFF, columnOf(bytes, start, at))));
        }
        // the decoded characters are read straight from the buffer's array: one copy fewer, no bounds check per character
        char[] chars = out.array();
        int length = out.position();
        Optional<Problem> control = controlCharacter(file, chars, length);
        if (control.isPresent()) {
            return failed(control.get());
        }
        List<String> lines = split(chars, length);
        if (lines.stream().allMatch(SeedText::isBlank)) {
            return failed(Problem.error(file, 0, "file holds only blank lines: a seed must hold at least one document"));
        }
        return new Decoded(Optional.of(new SeedText(file, lines)), List.of());
    }

    /** Splits on LF, CRLF or CR; a final line end does not start another line. */
    static List<String> split(CharSequence text) {
        char[] chars = text.toString().toCharArray();
        return split(chars, chars.length);
    }

    /** Splits the first {@code n} characters of {@code text} as {@link #split(CharSequence)} does. */
    static List<String> split(char[] text, int n) {
        List<String> lines = new ArrayList<>();
        int begin = 0;
        for (int i = 0; i < n; i++) {
            char c = text[i];
            if (c == '\n' || c == '\r') {
                lines.add(new String(text, begin, i - begin));
                if (c == '\r' && i + 1 < n && text[i + 1] == '\n') {
                    i++;
                }
                begin = i + 1;
            }
        }
        if (begin < n) {
            lines.add(new String(text, begin, n - begin));
        }
        return lines;
    }

    /**
     * The first control character other than tab and the line ends, as an error on its line.
     *
     * <p>Such characters are not text: HTML forbids them and XML cannot carry them, so a page or the
     * feed would silently lose or garble them. C1 controls (U+0080 to U+009F) in UTF-8 usually mean
     * Windows-1252 text was once decoded as Latin-1, so the message says so.
     */
    private static Optional<Problem> controlCharacter(String file, char[] text, int length) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < length; i++) {
            char c = text[i];
            if (c >= 0x20 && c < 0x7F) {
                // printable ASCII, most of every seed
                column++;
                continue;
            }
            if (c == '\n' || c == '\r') {
                if (!(c == '\r' && i + 1 < length && text[i + 1] == '\n')) {
                    line++;
                    column = 0;
                }
            } else if (c < 0x20 && c != '\t' || c >= 0x7F && c <= 0x9F) {
                String hint = c >= 0x80 ? " (text once decoded as Latin-1 instead of Windows-1252?)" : "";
                return Optional.of(Problem.error(file, line, String.format(Locale.ROOT,
                        "control character U+%04X at character %d of the line%s: seeds must be plain text;"
                                + " remove it", (int) c, column, hint)));
            }
            column++;
        }
        return Optional.empty();
    }

    private static Decoded failed(Problem problem) {
        return new Decoded(Optional.empty(), List.of(problem));
    }

    /** The 1-based line holding byte {@code at}, counting LF, CRLF and CR as line ends. */
    private static int lineOf(byte[] bytes, int from, int at) {
        int line = 1;
        for (int i = from; i < at && i < bytes.length; i++) {
            if (bytes[i] == '\n' || bytes[i] == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n')) {
                line++;
            }
        }
        return line;
    }

    private static int columnOf(byte[] bytes, int from, int at) {
        int col = 1;
        for (int i = at - 1; i >= from && bytes[i] != '\n' && bytes[i] != '\r'; i--) {
            col++;
        }
        return col;
    }
}
