package org.docedition.apparatus;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds the footnote markers printed in a text ({@code Fulaerdi*.}, {@code **}, {@code rubles 7 *}).
 *
 * <p>The printed collection counts notes by asterisks ({@code ***} is the third) and, past a few,
 * writes the number before one asterisk ({@code 7 *} is the seventh). A number before an asterisk
 * counts as a note number only when the document has a note of that number, so "No. 0/847 *" and
 * "March 27, 1950 *" stay a first note. The renderer links what this finds and {@code check}
 * reports what it cannot match, so both read markers the same way.
 */
public final class FootnoteMarkers {

    /**
     * A marker as printed.
     *
     * @param start   offset of its first character (the number of a {@code 7 *} marker)
     * @param end     offset after its last asterisk
     * @param ordinal the note it points to
     */
    public record Marker(int start, int end, int ordinal) {
    }

    private FootnoteMarkers() {
    }

    /** The markers in {@code text}, in reading order; {@code ordinals} are the document's note numbers. */
    public static List<Marker> find(String text, Set<Integer> ordinals) {
        int at = text.indexOf('*');
        if (at < 0) {
            return List.of();
        }
        List<Marker> markers = new ArrayList<>();
        // a plain scan, not a regular expression: it runs on every paragraph of every document
        while (at >= 0) {
            int end = at;
            while (end < text.length() && text.charAt(end) == '*') {
                end++;
            }
            int start = at;
            int ordinal = end - at;
            int digits = ordinal == 1 ? numberBefore(text, at) : -1;
            if (digits >= 0) {
                int number = Integer.parseInt(text.substring(digits, at - 1));
                if (ordinals.contains(number)) {
                    ordinal = number;
                    start = digits;
                }
            }
            markers.add(new Marker(start, end, ordinal));
            at = text.indexOf('*', end);
        }
        return markers;
    }

    /**
     * Where the number of a marker printed "N *" starts: one or two digits standing alone (at the
     * start or after white space), then a space, then the asterisk at {@code star}; otherwise -1.
     */
    private static int numberBefore(String text, int star) {
        int space = star - 1;
        if (space < 1 || text.charAt(space) != ' ') {
            return -1;
        }
        int first = space;
        while (first > 0 && space - first < 2 && Character.isDigit(text.charAt(first - 1))) {
            first--;
        }
        boolean alone = first == 0 || Character.isWhitespace(text.charAt(first - 1));
        return first < space && alone ? first : -1;
    }
}
