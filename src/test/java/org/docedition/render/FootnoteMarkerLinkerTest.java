package org.docedition.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.docedition.model.Footnote;
import org.junit.jupiter.api.Test;

class FootnoteMarkerLinkerTest {

    private static Footnote note(int ordinal, String marker) {
        return new Footnote(ordinal, marker, "Note " + ordinal, 100 + ordinal);
    }

    private static String html(FootnoteMarkerLinker linker, String text) {
        return InlineMarkup.toHtml(text, linker.spans(text));
    }

    @Test
    void spans_asteriskAfterWordAndBeforePunctuation_linksNoteOfThatCount() {
        FootnoteMarkerLinker l = new FootnoteMarkerLinker(List.of(note(1, "*"), note(2, "**")));
        assertEquals("Fulaerdi<sup class=\"fnref\" data-pagefind-ignore><a id=\"fnref-1\" href=\"#fn-1\" aria-label=\"Note 1\">*</a></sup>."
                + " provided<sup class=\"fnref\" data-pagefind-ignore><a id=\"fnref-2\" href=\"#fn-2\" aria-label=\"Note 2\">**</a></sup>.",
                html(l, "Fulaerdi*. provided**."));
    }

    @Test
    void spans_numberBeforeOneAsterisk_isThatNoteOnlyWhenItExists() {
        FootnoteMarkerLinker l = new FootnoteMarkerLinker(List.of(note(1, "*"), note(6, "6 *")));
        String h = html(l, "the railway 6 *. Letter No. 0/847 * has; dated March 27, 1950 * here");
        assertTrue(h.contains("railway <sup class=\"fnref\" data-pagefind-ignore><a id=\"fnref-6\" href=\"#fn-6\" aria-label=\"Note 6\">6 *</a>"), h);
        assertTrue(h.contains("0/847 <sup class=\"fnref\" data-pagefind-ignore><a id=\"fnref-1\" href=\"#fn-1\""), h);
        assertTrue(h.contains("1950 <sup class=\"fnref\" data-pagefind-ignore><a id=\"fnref-1-2\" href=\"#fn-1\""), h);
    }

    @Test
    void spans_runOfAsterisksGluedToNextWord_isOneMarker() {
        FootnoteMarkerLinker l = new FootnoteMarkerLinker(List.of(note(3, "***")));
        assertEquals("V.P.<sup class=\"fnref\" data-pagefind-ignore><a id=\"fnref-3\" href=\"#fn-3\" aria-label=\"Note 3\">***</a></sup>Denisova",
                html(l, "V.P.***Denisova"));
    }

    @Test
    void spans_markerWithoutNote_staysPlainText() {
        FootnoteMarkerLinker l = new FootnoteMarkerLinker(List.of(note(1, "*")));
        assertEquals("Mrs. Pandit** said", html(l, "Mrs. Pandit** said"));
        assertEquals("no notes*", html(new FootnoteMarkerLinker(List.of()), "no notes*"));
    }

    @Test
    void backReference_noteWithoutMarker_isEmptyAndNoteWithMarkerPointsToFirst() {
        Footnote first = note(1, "*");
        Footnote orphan = note(2, "**");
        FootnoteMarkerLinker l = new FootnoteMarkerLinker(List.of(first, orphan));
        l.spans("one* and again*");
        assertEquals(Optional.of("fnref-1"), l.backReference(first));
        assertEquals(Optional.empty(), l.backReference(orphan));
    }

    @Test
    void backReferences_noteCitedTwice_leadBackToEachMarkerInTextOrder() {
        Footnote note = note(1, "*");
        FootnoteMarkerLinker l = new FootnoteMarkerLinker(List.of(note));
        l.spans("first* here");
        l.spans("and again* there");
        assertEquals(List.of("fnref-1", "fnref-1-2"), l.backReferences(note));
        assertEquals(Optional.of("fnref-1"), l.backReference(note));
    }

    @Test
    void noteId_repeatedOrdinal_getsUniqueIdAndNoBackReference() {
        Footnote a = note(2, "**");
        Footnote b = new Footnote(2, "* *", "Not published.", 130);
        Footnote same = new Footnote(2, "* *", "Not published.", 130);
        FootnoteMarkerLinker l = new FootnoteMarkerLinker(List.of(a, b, same));
        l.spans("text**");
        assertEquals("fn-2", l.noteId(a));
        assertEquals("fn-2-2", l.noteId(b));
        assertEquals("fn-2-3", l.noteId(same), "an identical note is still a separate list item");
        assertEquals(Optional.of("fnref-2"), l.backReference(a));
        assertEquals(Optional.empty(), l.backReference(b));
    }
}
