package org.docedition.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PageTextTest {

    @Test
    void ofHtml_dropsTagsSpaceAndScripts_decodesReferences() {
        assertEquals("Zhou&Mao\u2014\u5468",
                PageText.ofHtml("<p class=\"x\">Zhou\u00A0&amp;\n Mao</p><script>no</script>&mdash;<b>\u5468</b>"));
    }

    @Test
    void ofHtml_leavesOutEditorialElements_inAnyCaseOfTheirMark() {
        assertEquals("Seedoc.68.", PageText.ofHtml(
                "See doc. 68<span class=\"not-in-edition\">(not in this edition)</span>."));
        assertEquals("ab", PageText.ofHtml("a<DIV DATA-EDITORIAL><div>reading</div></DIV>b"));
        assertEquals("ab", PageText.ofHtml("a<span Class='note Not-In-Edition'>gap</span>b"));
    }

    @Test
    void ofHtml_keepsElementsThatOnlyMentionTheMarks() {
        // the mark as text, or in another attribute, does not make an element editorial
        assertEquals("data-editorialnot-in-edition", PageText.ofHtml(
                "<p title=\"not-in-edition\">data-editorial</p><p lang=\"en\" id=\"data-editorial\">not-in-edition</p>"));
    }

    @Test
    void ofText_dropsEveryKindOfSpace_keepsControlAndPrintableCharacters() {
        assertEquals("a\u0001b~\u007Fc", PageText.ofText(" a\t\u0001b\u2003~\u007F\uFEFF\u3000c\r\n"));
    }
}
