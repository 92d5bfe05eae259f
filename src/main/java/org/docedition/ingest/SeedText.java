package org.docedition.ingest;

import java.util.List;

/**
 * A decoded seed file: its name as the editor knows it and its lines, numbered from 1.
 *
 * <p>Non-breaking spaces are kept in the text but count as spaces wherever structure is read
 * (blank lines, prefixes, dates), because the web pages the seeds were copied from use them as
 * ordinary separators.
 */
final class SeedText {

    private final String file;
    private final List<String> lines;
    /** Each line as {@link #plain(int)} gives it: the readers ask for most lines several times. */
    private final List<String> plain;
    /** {@code next[i]}: the first non-blank line number after line {@code i}, or {@code size() + 1}. */
    private final int[] next;
    private final boolean[] blank;

    SeedText(String file, List<String> lines) {
        this.file = file;
        this.lines = List.copyOf(lines);
        int n = this.lines.size();
        this.blank = new boolean[n + 2];
        this.next = new int[n + 2];
        String[] plainLines = new String[n];
        for (int i = 1; i <= n; i++) {
            blank[i] = isBlank(this.lines.get(i - 1));
            plainLines[i - 1] = plain(this.lines.get(i - 1));
        }
        this.plain = List.of(plainLines);
        // computed backwards so finding the next text line is O(1), whatever the run of blanks
        next[n + 1] = n + 1;
        next[n] = n + 1;
        for (int i = n - 1; i >= 0; i--) {
            next[i] = blank[i + 1] ? next[i + 1] : i + 1;
        }
    }

    /** The file as the editor knows it, e.g. {@code seeds/003_x.txt}. */
    String file() {
        return file;
    }

    /** Number of lines. */
    int size() {
        return lines.size();
    }

    /** Line {@code n} (1-based) exactly as decoded. */
    String line(int n) {
        return lines.get(n - 1);
    }

    /** Line {@code n} with surrounding spaces (non-breaking ones too) removed; inner text untouched. */
    String text(int n) {
        return trim(line(n));
    }

    /** Line {@code n} with non-breaking spaces turned into spaces and trimmed, for reading structure. */
    String plain(int n) {
        return plain.get(n - 1);
    }

    /** Whether line {@code n} holds nothing but spaces of any kind. */
    boolean isBlank(int n) {
        return blank[n];
    }

    /** The first non-blank line after line {@code n} (0 for the first of the file), or {@code size() + 1}. */
    int nextNonBlank(int n) {
        return n >= lines.size() ? lines.size() + 1 : next[n];
    }

    /** The last non-blank line, or 0 when every line is blank. */
    int lastNonBlank() {
        for (int i = lines.size(); i >= 1; i--) {
            if (!blank[i]) {
                return i;
            }
        }
        return 0;
    }

    /** Whether {@code c} separates words: whitespace, or a non-breaking space. */
    static boolean isSpace(char c) {
        if (c > ' ' && c < '\u007F' || c > '\u3000' && c < '\uFEFF') {
            // printable ASCII and the CJK blocks, nearly all of every seed: no space of any kind there
            return false;
        }
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
    }

    static boolean isBlank(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!isSpace(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** {@code s} without leading and trailing spaces of any kind. */
    static String trim(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isSpace(s.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    /** {@code s} with every kind of space turned into a plain space (same length), not trimmed. */
    static String spaced(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != ' ' && isSpace(c)) {
                if (b == null) {
                    b = new StringBuilder(s);
                }
                b.setCharAt(i, ' ');
            }
        }
        return b == null ? s : b.toString();
    }

    /** {@code s} with every kind of space turned into a plain space, and trimmed. */
    static String plain(String s) {
        return trim(spaced(s));
    }

    /** The first {@code max} characters of {@code s}, marked when cut, for messages. */
    static String excerpt(String s, int max) {
        String t = trim(s);
        return t.length() <= max ? t : t.substring(0, max) + "...";
    }
}
