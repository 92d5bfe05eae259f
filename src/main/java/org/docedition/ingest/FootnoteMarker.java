package org.docedition.ingest;

import java.util.Optional;

/**
 * The marker at the start of a footnote line, as the collection prints it: {@code *}, {@code **},
 * spaced {@code * *}, glued {@code ****Dong Biu}, or numbered {@code 6 *} for the sixth note.
 *
 * @param ordinal the note's number: the count of asterisks, or the leading number
 * @param marker  the marker as printed
 * @param text    the note's text after the marker (may be empty)
 */
record FootnoteMarker(int ordinal, String marker, String text) {

    private static final int MOST_ASTERISKS = 30;

    /** The marker that starts {@code line} (already trimmed), if any. */
    static Optional<FootnoteMarker> parse(String line) {
        int n = line.length();
        if (n == 0) {
            return Optional.empty();
        }
        if (line.charAt(0) == '*') {
            int count = 0;
            int i = 0;
            int end = 0;
            while (i < n) {
                char c = line.charAt(i);
                if (c == '*') {
                    count++;
                    i++;
                    end = i;
                } else if (SeedText.isSpace(c) && i + 1 < n && line.charAt(i + 1) == '*') {
                    i++; // "* *": one space between asterisks still belongs to the marker
                } else {
                    break;
                }
            }
            if (count > MOST_ASTERISKS) {
                return Optional.empty();
            }
            return Optional.of(new FootnoteMarker(count, line.substring(0, end), SeedText.trim(line.substring(end))));
        }
        int digits = 0;
        while (digits < n && digits < 3 && Character.isDigit(line.charAt(digits)) && line.charAt(digits) < 128) {
            digits++;
        }
        if (digits == 0 || digits > 2) {
            return Optional.empty();
        }
        int i = digits;
        while (i < n && SeedText.isSpace(line.charAt(i))) {
            i++;
        }
        if (i >= n || line.charAt(i) != '*') {
            return Optional.empty();
        }
        while (i < n && line.charAt(i) == '*') {
            i++;
        }
        int ordinal = Integer.parseInt(line.substring(0, digits));
        if (ordinal < 1) {
            return Optional.empty();
        }
        return Optional.of(new FootnoteMarker(ordinal, line.substring(0, i), SeedText.trim(line.substring(i))));
    }
}
