package org.docedition.apparatus;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.docedition.apparatus.text.LetterRuns;

/**
 * A text cut into words for name matching: runs of letters, lower-cased, with their offsets, so
 * {@code Suslov M.A.}, {@code Suslov M. A.} and {@code M.A. Suslov} are the same three words in
 * two orders, and {@code ZhuDe} is one word.
 */
final class NameTokens {

    /**
     * One word.
     *
     * @param text    the text it stands in
     * @param start   offset of its first letter
     * @param end     offset after its last letter
     * @param capital whether it starts with an upper-case letter
     * @param initial whether it is an initial: one or two letters, capital first, then a full stop
     */
    record Token(String text, int start, int end, boolean capital, boolean initial) {

        /** The word in lower case, made when asked: most words of a text are never looked up. */
        String key() {
            return text.substring(start, end).toLowerCase(Locale.ROOT);
        }
    }

    private NameTokens() {
    }

    /** The words of {@code text} in reading order. */
    static List<Token> of(String text) {
        List<Token> tokens = new ArrayList<>();
        int n = text.length();
        LetterRuns runs = new LetterRuns(text);
        while (runs.next()) {
            // a run holding Chinese characters is cut at them: they are found by ChineseNames
            int i = runs.start();
            while (i < runs.end()) {
                while (i < runs.end() && isHan(text.charAt(i))) {
                    i++;
                }
                int start = i;
                while (i < runs.end() && !isHan(text.charAt(i))) {
                    i++;
                }
                if (i > start) {
                    int end = i;
                    boolean capital = Character.isUpperCase(text.charAt(start));
                    boolean initial = capital && end - start <= 2 && end < n && text.charAt(end) == '.';
                    tokens.add(new Token(text, start, end, capital, initial));
                }
            }
        }
        return tokens;
    }

    /**
     * Whether {@code c} is a Chinese character. They are letters to Java, but a Chinese text has no
     * spaces between words: its names are found by {@link ChineseNames}.
     */
    static boolean isHan(char c) {
        // no Han character lies below the CJK radicals (U+2E80): most of every text is decided at once,
        // without the script table's binary search (the apparatus stage's hottest frame at 10,000 documents)
        return c >= '\u2E80' && Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    /** Whether {@code s} holds a Chinese character. */
    static boolean hasHan(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (isHan(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the text between two words is part of one name: spaces, full stops, hyphens, at most three. */
    static boolean joined(String text, Token before, Token after) {
        if (after.start() - before.end() > 3) {
            return false;
        }
        for (int i = before.end(); i < after.start(); i++) {
            char c = text.charAt(i);
            if (!(c == '.' || c == '-' || c == '\'' || c == '\u2019' || Character.isWhitespace(c)
                    || Character.isSpaceChar(c))) {
                return false;
            }
        }
        return true;
    }

    /** The keys of the words of {@code name}. */
    static List<String> keys(String name) {
        List<String> keys = new ArrayList<>();
        for (Token t : of(name)) {
            keys.add(t.key());
        }
        return keys;
    }
}
