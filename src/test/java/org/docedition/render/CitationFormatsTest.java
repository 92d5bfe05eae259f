package org.docedition.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.docedition.model.Document;
import org.junit.jupiter.api.Test;

/** The Chicago note, BibTeX, RIS, CSL-JSON and head metadata of the fixture's documents. */
class CitationFormatsTest {

    static final String EDITION = "A Documentary Edition";
    static final String BASE = "https://example.org/edition/";

    static DocumentCitation cite(String id, String base) {
        Document d = FixtureEdition.documents().stream().filter(x -> x.id().value().equals(id)).findFirst().orElseThrow();
        return DocumentCitation.of(d, EDITION, base);
    }

    @Test
    void chicago_collectionDocument_namesNumberBookYearPagesArchiveAndAddress() {
        assertEquals("\u201cLetter from Mao Zedong,\u201d October 12, 1954, doc. 90, in <i>Soviet-Chinese relations. "
                + "1952-1955: Collection of documents</i> (2015), 167\u2013171, AVPRF. F. 0100. Op. 47. P. 384. D. 52. "
                + "L. 12-20; English text in <i>A Documentary Edition</i>, "
                + "https://example.org/edition/documents/sscr-1952-1955-doc-90.html.",
                ChicagoNote.html(cite("sscr-1952-1955-doc-90", BASE)));
    }

    @Test
    void chicago_newspaperWithoutSiteUrl_namesPaperDatePageAndNoAddress() {
        assertEquals("Xinhua, \u201cSino-Soviet Cultural Cooperation Talks Conclude,\u201d People's Daily (人民日报), "
                + "November 23, 1957, p. 6; English translation in A Documentary Edition.",
                ChicagoNote.text(cite("peoples-daily-1957-11-23-p6", "")));
    }

    @Test
    void chicago_undatedCatalogueRecord_saysNoDate() {
        assertTrue(ChicagoNote.text(cite("wilson-center-undated-record", BASE))
                .startsWith("\u201cMemorandum of Conversation,\u201d n.d., catalogue record, Wilson Center Digital Archive;"));
    }

    @Test
    void chicago_hostileTitle_isEscaped() {
        String html = ChicagoNote.html(cite("sscr-1952-1955-doc-71", BASE));
        assertFalse(html.contains("<script"), html);
        assertTrue(html.contains("&lt;script&gt;"), html);
    }

    @Test
    void bibtex_collectionDocument_isIncollectionWithEscapedSpecials() {
        String bib = CitationFormats.bibtex(cite("sscr-1952-1955-doc-71", BASE));
        assertTrue(bib.startsWith("@incollection{sscr-1952-1955-doc-71,\n"), bib);
        assertTrue(bib.contains("  pages = {167--171},\n"), bib);
        // the book's year is the entry's date, the document's own date its origdate
        assertTrue(bib.contains("  date = {2015},\n"), bib);
        assertTrue(bib.contains("  origdate = {1954-01-30},\n"), bib);
        assertTrue(bib.contains("\\$\\{x\\}") && bib.contains("\\& "), bib);
        assertTrue(bib.contains("  url = {https://example.org/edition/documents/sscr-1952-1955-doc-71.html},\n"), bib);
        assertEquals(bib.chars().filter(c -> c == '{').count() - count(bib, "\\{"),
                bib.chars().filter(c -> c == '}').count() - count(bib, "\\}"), "unescaped braces balance");
    }

    @Test
    void ris_newspaperArticle_isNewsWithCrLfLinesAndEndTag() {
        String ris = CitationFormats.ris(cite("peoples-daily-1957-11-23-p6", BASE));
        assertTrue(ris.startsWith("TY  - NEWS\r\n"), ris);
        assertTrue(ris.contains("\r\nDA  - 1957/11/23/\r\n"), ris);
        assertTrue(ris.contains("\r\nSP  - 6\r\n"), ris);
        assertTrue(ris.endsWith("ER  - \r\n"), ris);
        assertFalse(ris.replace("\r\n", "").contains("\n"), "no bare line feeds");
    }

    @Test
    void cslJson_monthOnlyDate_hasTwoDateParts() throws Exception {
        JsonNode item = new ObjectMapper().readTree(CitationFormats.cslJson(cite("sscr-1952-1955-doc-69", BASE))).get(0);
        assertEquals("chapter", item.get("type").asText());
        assertEquals("[[2015]]", item.get("issued").get("date-parts").toString());
        assertEquals("[[1954,1]]", item.get("original-date").get("date-parts").toString());
        assertEquals("167\u2013171", item.get("page").asText());
        assertEquals(BASE + "documents/sscr-1952-1955-doc-69.html", item.get("URL").asText());
    }

    @Test
    void pageModel_withoutSiteUrl_hasRelativeIdentifier() {
        var m = CitationPageModel.of(cite("sscr-1952-1955-doc-90", ""));
        assertTrue(m.get("dublinCore").toString().contains("content=documents/sscr-1952-1955-doc-90.html"),
                m.get("dublinCore").toString());
        assertEquals("data/cite/sscr-1952-1955-doc-90.bib", m.get("bib"));
    }

    @Test
    void jsonLd_hostileTitle_cannotCloseTheScriptElement() throws Exception {
        String json = (String) CitationPageModel.of(cite("sscr-1952-1955-doc-71", BASE)).get("jsonLd");
        assertFalse(json.contains("<"), json);
        JsonNode o = new ObjectMapper().readTree(json);
        assertTrue(o.get("name").asText().contains("<script>"), "same text once parsed");
        assertEquals("Book", o.get("isPartOf").get("@type").asText());
    }

    private static long count(String s, String part) {
        return (s.length() - s.replace(part, "").length()) / part.length();
    }
}
