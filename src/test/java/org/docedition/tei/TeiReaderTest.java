package org.docedition.tei;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.docedition.model.Document;
import org.docedition.model.HistoricalDate;
import org.docedition.model.Kind;
import org.docedition.model.Paragraph;
import org.docedition.model.Problem;
import org.junit.jupiter.api.Test;

/** The TEI reader on documents encoded the FRUS way, on markup it does not know, and on broken XML. */
class TeiReaderTest {

    private static String resource(String name) throws IOException {
        try (InputStream in = TeiReaderTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static TeiReading frus() throws IOException {
        return new TeiReader().read("seeds/frus-style.xml", resource("frus-style.xml"));
    }

    @Test
    void read_frusDocuments_becomeNumberedDocumentsOfTheVolume() throws IOException {
        TeiReading r = frus();
        assertEquals(2, r.entries().size());
        Document d11 = r.entries().get(0).document();
        assertEquals(Optional.of("11"), d11.number());
        assertEquals("Memorandum of a Conversation", d11.title(), "the printed number is taken off the title");
        assertEquals("A Sample Volume of Diplomatic Papers, 1954", d11.source().title());
        assertEquals("a-sample-volume-of-diplomatic-papers-doc-11", d11.id().value());
        assertEquals(Kind.COLLECTION, d11.kind());
        assertEquals(Optional.of(HistoricalDate.ofDay(1954, 3, 1)), d11.date());
    }

    @Test
    void read_frusNotes_standAtTheirMarkersInTheCollectionsForm() throws IOException {
        Document d11 = frus().entries().get(0).document();
        assertEquals(List.of("Source: a sample archive, file 1.", "The minutes are not printed."),
                d11.footnotes().stream().map(f -> f.text()).toList());
        assertEquals(List.of("*", "**"), d11.footnotes().stream().map(f -> f.marker()).toList());
        assertEquals(List.of(1, 2), d11.footnotes().stream().map(f -> f.ordinal()).toList());
        assertEquals("Mr. Smith opened the meeting.** He referred to Document 12 and to the earlier note; see doc. 12.",
                d11.paragraphs().get(1).text(), "persName and ref keep their text; the note its marker");
    }

    @Test
    void read_datelineWithAPlace_keepsItAsTheFirstParagraph() throws IOException {
        List<Paragraph> p = frus().entries().get(0).document().paragraphs();
        assertEquals("Washington, March 1, 1954.", p.get(0).text());
        assertEquals("A. Smith", p.get(p.size() - 1).text(), "the closer is text too");
    }

    @Test
    void read_notBeforeNotAfterOfAMonth_isThatMonth() throws IOException {
        Document d12 = frus().entries().get(1).document();
        assertEquals(Optional.of(HistoricalDate.ofMonth(1954, 3)), d12.date());
        assertEquals("Telegram From the Embassy", d12.title());
    }

    @Test
    void read_unknownElement_keepsItsTextAndGetsOneWarningWithItsLine() throws IOException {
        TeiReading r = frus();
        List<Problem> warnings = r.problems().stream().filter(p -> !p.isError()).toList();
        assertEquals(1, warnings.size(), warnings::toString);
        assertEquals("seeds/frus-style.xml", warnings.get(0).file());
        assertEquals(38, warnings.get(0).line());
        assertTrue(warnings.get(0).message().contains("<table>"), warnings.get(0).message());
        assertEquals("The meeting closed with a vote of thanks.", r.entries().get(0).document().paragraphs().get(2).text());
        assertTrue(r.entries().get(0).kept().get(38).contains("vote"), "the fidelity check looks for the kept text");
    }

    @Test
    void read_notWellFormed_isAnErrorWithLineAndColumn() {
        TeiReading r = new TeiReader().read("seeds/broken.xml", """
                <TEI xmlns="http://www.tei-c.org/ns/1.0">
                  <text><body><div type="document" n="1">
                    <head>A title</head>
                    <p>An unclosed <hi>phrase</p>
                  </div></body></text>
                </TEI>
                """);
        assertEquals(List.of(), r.entries());
        assertEquals(1, r.problems().size());
        Problem p = r.problems().get(0);
        assertTrue(p.isError());
        assertEquals(4, p.line());
        assertTrue(p.message().startsWith("not well-formed XML (line 4, column "), p.message());
        assertTrue(p.toString().startsWith("seeds/broken.xml:4: error:"), p.toString());
    }

    @Test
    void read_rootThatIsNotTei_isAnError() {
        TeiReading r = new TeiReader().read("seeds/x.xml", "<html><body><p>x</p></body></html>");
        assertEquals(1, r.problems().size());
        assertTrue(r.problems().get(0).message().contains("<TEI> or <teiCorpus>"), r.problems().toString());
    }

    @Test
    void read_impossibleDate_isAnErrorAtItsLine() {
        TeiReading r = new TeiReader().read("seeds/x.xml", """
                <TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body>
                <div type="document" n="3"><head>Title</head>
                <opener><dateline><date when="1954-02-30">February 30</date></dateline></opener>
                <p>Text.</p></div></body></text></TEI>
                """);
        assertTrue(r.problems().stream().anyMatch(p -> p.isError() && p.line() == 3), r.problems().toString());
    }

    @Test
    void recognises_onlyFilesInTheTeiNamespace() {
        assertTrue(TeiReader.recognises("<?xml version=\"1.0\"?>\n<TEI xmlns=\"http://www.tei-c.org/ns/1.0\">"));
        assertTrue(!TeiReader.recognises("Title: <TEI> in a newspaper article"));
        assertTrue(!TeiReader.recognises("<TEI xmlns=\"http://example.org/other\">"));
    }
}
