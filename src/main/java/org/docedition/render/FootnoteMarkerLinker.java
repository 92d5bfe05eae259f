package org.docedition.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.docedition.apparatus.FootnoteMarkers;
import org.docedition.model.Footnote;

/**
 * Links the footnote markers printed in a document's text ({@code Fulaerdi*.}, {@code **},
 * {@code rubles 7 *}) to its notes, and gives every note an id and a way back.
 *
 * <p>Markers are read by {@link FootnoteMarkers}, the same reading {@code check} reports from. A marker without a note stays plain text; a note without
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
        for (FootnoteMarkers.Marker m : FootnoteMarkers.find(text, noteIdByOrdinal.keySet())) {
            int ordinal = m.ordinal();
            String noteId = noteIdByOrdinal.get(ordinal);
            if (noteId != null) {
                int n = markerCount.merge(ordinal, 1, Integer::sum);
                String markerId = n == 1 ? "fnref-" + ordinal : "fnref-" + ordinal + "-" + n;
                firstMarkerId.putIfAbsent(ordinal, markerId);
                spans.add(InlineSpan.wrap(m.start(), m.end(), "<sup class=\"fnref\"><a id=\"" + markerId + "\" href=\"#"
                        + noteId + "\" aria-label=\"Note " + ordinal + "\">", "</a></sup>"));
            }
        }
        return spans;
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
