package org.docedition.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.docedition.model.Footnote;

/**
 * Links the footnote markers printed in a document's text ({@code Fulaerdi*.}, {@code **},
 * {@code rubles 7 *}) to its notes, and gives every note an id and a way back.
 *
 * <p>The printed collection counts notes by asterisks ({@code ***} is the third) and, past a few,
 * writes the number before one asterisk ({@code 7 *} is the seventh). A number before an asterisk
 * counts as a note number only when the document has a note of that number, so "No. 0/847 *" and
 * "March 27, 1950 *" stay a first note. A marker without a note stays plain text; a note without
 * a marker is listed all the same, without a back-link.
 */
final class FootnoteMarkerLinker {

    /** ordinal -> id of the first note with that ordinal */
    private final Map<Integer, String> noteIdByOrdinal = new HashMap<>();
    /** note -> its id; unique even when the source repeats an ordinal or a whole note */
    private final Map<Footnote, String> noteIds = new IdentityHashMap<>();
    /** ordinal -> id of the first marker linking to it, for the note's back-link */
    private final Map<Integer, String> firstMarkerId = new HashMap<>();
    private final Map<Integer, Integer> markerCount = new HashMap<>();

    FootnoteMarkerLinker(List<Footnote> footnotes) {
        Set<String> taken = new HashSet<>();
        for (Footnote f : footnotes) {
            String id = "fn-" + f.ordinal();
            for (int k = 2; !taken.add(id); k++) {
                id = "fn-" + f.ordinal() + "-" + k;
            }
            noteIds.put(f, id);
            noteIdByOrdinal.putIfAbsent(f.ordinal(), id);
        }
    }

    /** Spans linking the markers in {@code text} to their notes. */
    List<InlineSpan> spans(String text) {
        if (noteIdByOrdinal.isEmpty()) {
            return List.of();
        }
        List<InlineSpan> spans = new ArrayList<>();
        // a plain scan, not a regular expression: it runs on every paragraph of every document
        int at = text.indexOf('*');
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
                if (noteIdByOrdinal.containsKey(number)) {
                    ordinal = number;
                    start = digits;
                }
            }
            String noteId = noteIdByOrdinal.get(ordinal);
            if (noteId != null) {
                int n = markerCount.merge(ordinal, 1, Integer::sum);
                String markerId = n == 1 ? "fnref-" + ordinal : "fnref-" + ordinal + "-" + n;
                firstMarkerId.putIfAbsent(ordinal, markerId);
                spans.add(new InlineSpan(start, end, "<sup class=\"fnref\"><a id=\"" + markerId + "\" href=\"#"
                        + noteId + "\" aria-label=\"Note " + ordinal + "\">" + HtmlText.escape(text.substring(start, end))
                        + "</a></sup>"));
            }
            at = text.indexOf('*', end);
        }
        return spans;
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

    /** The id of {@code note}'s list item. */
    String noteId(Footnote note) {
        String id = noteIds.get(note);
        if (id == null) {
            throw new IllegalArgumentException("not a note of this document: " + note);
        }
        return id;
    }

    /**
     * The id of the marker {@code note} returns to, if the text has one. Only the first note of an
     * ordinal gets one: a repeated ordinal is the source's slip, its marker belongs to the first.
     */
    java.util.Optional<String> backReference(Footnote note) {
        if (!noteId(note).equals(noteIdByOrdinal.get(note.ordinal()))) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.ofNullable(firstMarkerId.get(note.ordinal()));
    }
}
