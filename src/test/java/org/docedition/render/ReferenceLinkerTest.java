package org.docedition.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.docedition.model.DocumentId;
import org.docedition.model.Reference;
import org.junit.jupiter.api.Test;

class ReferenceLinkerTest {

    private static final DocumentId D89 = new DocumentId("sscr-1952-1955-doc-89");

    private static String html(ReferenceLinker l, String text, int line) {
        return InlineMarkup.toHtml(text, l.spans(text, line));
    }

    @Test
    void spans_resolvedPhrase_becomesRelativeLink() {
        ReferenceLinker l = new ReferenceLinker(List.of(new Reference("89", "See doc. 89", Optional.of(D89), 5)), "../");
        assertEquals("* <a class=\"docref\" href=\"../documents/sscr-1952-1955-doc-89.html\">See doc. 89</a>.",
                html(l, "* See doc. 89.", 5));
    }

    @Test
    void spans_unresolvedPhrase_isMarkedNotInThisEdition() {
        ReferenceLinker l = new ReferenceLinker(List.of(new Reference("68", "Cm. doc. 68", Optional.empty(), 5)), "../");
        assertEquals("<span class=\"docref docref-missing\" title=\"Doc. 68 is not in this edition\">Cm. doc. 68 "
                + "<span class=\"not-in-edition\">(not in this edition)</span></span>.", html(l, "Cm. doc. 68.", 5));
    }

    @Test
    void spans_samePhraseTwiceOnOneLine_marksBothInOrder() {
        ReferenceLinker l = new ReferenceLinker(List.of(
                new Reference("89", "See doc. 89", Optional.of(D89), 7),
                new Reference("89", "See doc. 89", Optional.of(D89), 7)), "");
        String h = html(l, "See doc. 89 and again See doc. 89", 7);
        assertEquals(2, h.split("<a class=\"docref\"", -1).length - 1, h);
    }

    @Test
    void spans_bareNumberOfAList_isNotFoundInsideALongerNumber() {
        ReferenceLinker l = new ReferenceLinker(List.of(
                new Reference("89", "See docs. 89", Optional.of(D89), 3),
                new Reference("9", "9", Optional.empty(), 3)), "");
        String h = html(l, "See docs. 89, 19 and 9.", 3);
        assertEquals("<a class=\"docref\" href=\"documents/sscr-1952-1955-doc-89.html\">See docs. 89</a>, 19 and "
                + "<span class=\"docref docref-missing\" title=\"Doc. 9 is not in this edition\">9 "
                + "<span class=\"not-in-edition\">(not in this edition)</span></span>.", h);
    }

    @Test
    void spans_referenceOfAnotherLine_isLeftAlone() {
        ReferenceLinker l = new ReferenceLinker(List.of(new Reference("89", "See doc. 89", Optional.of(D89), 9)), "");
        assertEquals("See doc. 89", html(l, "See doc. 89", 8));
    }

    @Test
    void spans_phraseWithMarkupCharacters_isEscapedInsideTheLink() {
        ReferenceLinker l = new ReferenceLinker(List.of(new Reference("89", "See <doc.> 89", Optional.of(D89), 1)), "");
        assertEquals("x&lt;y <a class=\"docref\" href=\"documents/sscr-1952-1955-doc-89.html\">See &lt;doc.&gt; 89</a>",
                html(l, "x<y See <doc.> 89", 1));
    }
}
