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
    /** ordinal -> ids of the markers linking to it, in text order, for the note's back-links */
    private final Map<Integer, List<String>> markerIds = new HashMap<>();
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
                markerIds.computeIfAbsent(ordinal, k -> new ArrayList<>()).add(markerId);
                // not indexed: a search excerpt would show the bare asterisks
                spans.add(InlineSpan.wrap(m.start(), m.end(), "<sup class=\"fnref\" data-pagefind-ignore><a id=\""
                        + markerId + "\" href=\"#" + noteId + "\" aria-label=\"Note " + ordinal + "\">", "</a></sup>"));
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
        return backReferences(note).stream().findFirst();
    }

    /**
     * The ids of every marker of {@code note} in the text, in text order: a note cited twice gets
     * a way back to each place, since a page without script cannot know which one the reader came
     * from. Empty for a note without a marker and for a repeated ordinal (see {@link #backReference}).
     */
    List<String> backReferences(Footnote note) {
        if (!noteId(note).equals(noteIdByOrdinal.get(note.ordinal()))) {
            return List.of();
        }
        return List.copyOf(markerIds.getOrDefault(note.ordinal(), List.of()));
    }
}
