package org.docedition.tei;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.docedition.link.DocumentLinks;
import org.docedition.model.Correction;
import org.docedition.model.Document;
import org.docedition.model.DocumentId;
import org.docedition.model.Footnote;
import org.docedition.model.Kind;
import org.docedition.model.Paragraph;
import org.docedition.model.Source;
import org.docedition.model.SourceLocation;
import org.junit.jupiter.api.Test;

/** The TEI writer on editorial corrections: written as choice/sic/corr where they stand, and read back. */
class TeiDocumentWriterTest {

    private static final Correction NEWS = new Correction(Correction.Field.PARAGRAPH, 10, 14, "News", "Izvestia",
            "Izvestia: the Russian title translated as a word", 10);
    private static final Correction TWICE = new Correction(Correction.Field.PARAGRAPH, 10, 34, " twice", "",
            "", 10);
    private static final Correction SEE = new Correction(Correction.Field.FOOTNOTE, 12, 0, "Cm. doc.", "See doc.",
            "Russian \"См. док.\" read as Latin letters", 12);

    private static Document corrected() {
        return new Document(new DocumentId("test-doc-1"), Kind.COLLECTION,
                new Source("test", "A test collection", Kind.COLLECTION), "A report", Optional.empty(),
                Optional.of("1"), "", "", "", Optional.empty(), Optional.empty(),
                List.of(new Paragraph("The newspaper Izvestia reported it.* & more.", 10)), Optional.empty(),
                List.of(new Footnote(1, "*", "See doc. 3.", 12)), true,
                new SourceLocation("seeds/test.md", 1, 12), List.of(), List.of(NEWS, TWICE, SEE));
    }

    private static String tei(Document d) {
        XmlBlocks x = new XmlBlocks(TeiDocumentWriter.TEI);
        new TeiDocumentWriter(TeiEditions.PUBLICATION).write(x, d,
                new DocumentLinks(List.of(), Optional.empty(), Optional.empty(), List.of()), Optional.empty(),
                Optional.empty(), new TeiDocumentWriter.Targets(id -> id.value() + ".xml", p -> "#" + p, p -> "#" + p),
                true);
        return new String(x.bytes(), StandardCharsets.UTF_8);
    }

    @Test
    void write_correctionsInParagraphAndNote_becomeChoicesWhereTheyStand() {
        String tei = tei(corrected());
        assertTrue(tei.contains("The newspaper <choice><sic>News</sic><corr>Izvestia</corr></choice>"
                + "<note type=\"correction\">Izvestia: the Russian title translated as a word</note> reported it"
                + "<choice><sic> twice</sic><corr/></choice>.<note"), tei);
        assertTrue(tei.contains("<choice><sic>Cm. doc.</sic><corr>See doc.</corr></choice><note type=\"correction\">"
                + "Russian \"См. док.\" read as Latin letters</note> 3.</note>"), tei);
    }

    @Test
    void read_writtenCorrections_giveTheSameTextAndCorrections() {
        Document before = corrected();
        TeiReading read = new TeiReader().read("test.xml", tei(before));
        assertEquals(List.of(), read.problems());
        Document after = read.entries().get(0).document();
        assertEquals(before.paragraphs().stream().map(Paragraph::text).toList(),
                after.paragraphs().stream().map(Paragraph::text).toList());
        assertEquals(List.of("See doc. 3."), after.footnotes().stream().map(Footnote::text).toList(),
                "the correction's note is not a footnote");
        assertEquals(before.corrections().stream().map(TeiDocumentWriterTest::said).toList(),
                after.corrections().stream().map(TeiDocumentWriterTest::said).toList());
        // each correction stands in the field it was read from, so the pages find it there
        assertEquals(2, after.correctionsIn(Correction.Field.PARAGRAPH, after.paragraphs().get(0).line()).size());
        assertEquals(List.of("See doc."), after.correctionsIn(Correction.Field.FOOTNOTE,
                after.footnotes().get(0).line()).stream().map(Correction::corrected).toList());
    }

    private static String said(Correction c) {
        return c.field() + "|" + c.at() + "|" + c.printed() + "|" + c.corrected() + "|" + c.note();
    }
}
