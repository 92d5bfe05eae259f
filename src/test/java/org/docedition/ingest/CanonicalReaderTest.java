package org.docedition.ingest;

import static org.docedition.ingest.Seeds.assertAllLinesAccounted;
import static org.docedition.ingest.Seeds.assertProblem;
import static org.docedition.ingest.Seeds.documents;
import static org.docedition.ingest.Seeds.problems;
import static org.docedition.ingest.Seeds.seed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.docedition.model.Document;
import org.docedition.model.Footnote;
import org.docedition.model.Kind;
import org.docedition.model.Paragraph;
import org.docedition.model.Problem;
import org.docedition.model.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CanonicalReaderTest {

    static final Path EXAMPLES = Path.of("src/test/resources/org/docedition/ingest/canonical");

    private final CanonicalReader reader = new CanonicalReader();

    private static SeedText example(String name) throws IOException {
        return new SeedText("seeds/" + name, SeedDecoder.split(Files.readString(EXAMPLES.resolve(name))));
    }

    @Test
    void collectionExample_readsEveryFieldAndSection() throws IOException {
        SeedText s = example("sscr-doc-68-example.md");
        assertTrue(reader.recognises(s));
        SeedReading r = reader.read(s);
        assertEquals(List.of(), r.problems());
        Document d = documents(r).get(0);
        assertEquals("sscr-1952-1955-doc-68", d.id().value());
        assertEquals(Kind.COLLECTION, d.kind());
        assertEquals(CollectionReader.SOURCE, d.source());
        assertEquals("Example document standing in for doc. 68 of the collection", d.title());
        assertEquals("1954-01-20", d.date().orElseThrow().iso());
        assertEquals("68", d.number().orElseThrow());
        assertEquals("Soviet-Chinese relations. 1952-1955: Collection of documents. 2015. p. 150",
                d.printed().orElseThrow().citation());
        assertEquals("Example archive citation. F. 0. Op. 0. D. 0. L. 1-2.", d.archive().orElseThrow().text());
        assertEquals(2, d.paragraphs().size(), d.paragraphs().toString());
        assertTrue(d.paragraphs().get(0).text().startsWith("This file is a test fixture of the canonical seed format. "
                + "Document 71 of the collection"), "lines of one paragraph are joined with a space");
        assertEquals(11, d.paragraphs().get(0).line());
        assertTrue(d.paragraphs().get(1).text().contains("<b>not bold</b> & \"quoted\""));
        assertEquals(List.of(new Footnote(1, "*", "The footnote: an example of an editorial note in the canonical format.", 20),
                new Footnote(2, "**", "A second note, continued on a second line.", 21)), d.footnotes());
        assertEquals("ru", d.original().orElseThrow().language());
        assertEquals("Пример документа", d.original().orElseThrow().title());
        assertEquals(List.of(new Paragraph("Текст оригинала: пример абзаца на русском языке.", 28)),
                d.original().orElseThrow().paragraphs());
        assertTrue(d.textInSource());
        assertEquals("seeds/sscr-doc-68-example.md", d.location().file());
        assertEquals(1, d.location().firstLine());
        assertEquals(28, d.location().lastLine());
        assertAllLinesAccounted(r);
        assertEquals(java.util.Set.of(1, 10, 18, 24), r.chromeLines(), "fences and section headings are chrome");
    }

    @Test
    void editorialExample_takesTheEditorialSourceAndATitleId() throws IOException {
        SeedText s = example("editorial-note-1954-10-12.md");
        SeedReading r = reader.read(s);
        assertEquals(List.of(), r.problems());
        Document d = documents(r).get(0);
        assertEquals(Kind.EDITORIAL, d.kind());
        assertEquals("editorial-notes", d.source().id());
        assertEquals("editorial-notes-1954-10-12-editorial-note-on-the-documents-of", d.id().value());
        assertEquals("The editors", d.author());
        assertTrue(d.original().isEmpty());
        assertEquals(2, d.paragraphs().size());
        assertEquals(1, d.footnotes().size());
        assertAllLinesAccounted(r);
    }

    @Test
    void id_dependsOnTheHeaderNotTheFileNameOrLayout() {
        String a = "---\ntitle: A letter\ndate: 1955-02-01\nkind: catalogue\nsource: Wilson Center Digital Archive\n---\nText.\n";
        String b = "\n\n---\nsource: wilson-center-digital-archive\nkind: Catalogue\n\ndate: February 1, 1955\ntitle: A letter\n---\n\n"
                + "Other text.\n\nMore.\n";
        Document da = documents(reader.read(new SeedText("seeds/one.md", SeedDecoder.split(a)))).get(0);
        Document db = documents(reader.read(new SeedText("seeds/zz-other-name.txt", SeedDecoder.split(b)))).get(0);
        assertEquals("wilson-center-digital-archive-1955-02-01-a-letter", da.id().value());
        assertEquals(da.id(), db.id());
        assertEquals(CatalogueReader.SOURCE, db.source());
    }

    @Test
    void newSource_getsAnIdFromItsTitle() {
        SeedReading r = reader.read(seed("---\ntitle: Report\ndate: 1956\nkind: collection\nnumber: 12\n"
                + "source: Documents on Soviet-Chinese Trade, 1956\n---\nText.\n"));
        assertEquals(List.of(), r.problems());
        Document d = documents(r).get(0);
        assertEquals("documents-on-soviet-chinese-trade-1956", d.source().id());
        assertEquals("documents-on-soviet-chinese-trade-1956-doc-12", d.id().value());
        assertEquals("1956", d.date().orElseThrow().iso());
    }

    @Test
    void missingTitle_isAnErrorAtTheHeader() {
        SeedReading r = reader.read(seed("---\ndate: 1954-01-05\nkind: editorial\n---\nText.\n"));
        assertProblem(r.problems(), Severity.ERROR, 1, "missing 'title:'");
        assertEquals(1, problems(r, Severity.ERROR).size(), r.problems().toString());
    }

    @Test
    void badDate_isAnErrorOnItsLine() {
        SeedReading r = reader.read(seed("---\ntitle: T\ndate: 1954-02-30\nkind: editorial\n---\nText.\n"));
        assertProblem(r.problems(), Severity.ERROR, 3, "date does not exist");
        SeedReading words = reader.read(seed("---\ntitle: T\nkind: editorial\ndate: soon\n---\nText.\n"));
        assertProblem(words.problems(), Severity.ERROR, 4, "'date:' is not a date: 'soon'");
        assertTrue(documents(words).get(0).date().isEmpty());
    }

    @Test
    void unknownKind_isAnErrorListingTheKinds() {
        SeedReading r = reader.read(seed("---\ntitle: T\ndate: 1954\nkind: memo\n---\nText.\n"));
        assertProblem(r.problems(), Severity.ERROR, 4, "unknown kind 'memo'; one of newspaper, collection, catalogue, editorial");
    }

    @Test
    void unknownRepeatedAndMalformedFields_areErrors() {
        SeedReading r = reader.read(seed("---\ntitle: T\nkind: editorial\nautor: X\ntitle: U\njust words\n---\nText.\n"));
        assertProblem(r.problems(), Severity.ERROR, 4, "unknown header field 'autor:'");
        assertProblem(r.problems(), Severity.ERROR, 5, "repeated 'title:' (first on line 2)");
        assertProblem(r.problems(), Severity.ERROR, 6, "not a header field");
        assertEquals("T", documents(r).get(0).title());
    }

    @Test
    void sourceOfAnotherKind_isAnError() {
        SeedReading r = reader.read(seed("---\ntitle: T\nkind: newspaper\nsource: sscr-1952-1955\n---\nText.\n"));
        assertProblem(r.problems(), Severity.ERROR, 4, "holds collection documents, but 'kind:' says newspaper");
    }

    @Test
    void missingSource_isAnErrorExceptForEditorialDocuments() {
        SeedReading r = reader.read(seed("---\ntitle: T\nkind: collection\nnumber: 5\n---\nText.\n"));
        assertProblem(r.problems(), Severity.ERROR, 1, "missing 'source:'");
    }

    @Test
    void originalWithoutLanguage_isAnError() {
        SeedReading r = reader.read(seed("---\ntitle: T\nkind: editorial\n---\nText.\n\n## Original\n\nТекст.\n"));
        assertProblem(r.problems(), Severity.ERROR, 7, "language");
    }

    @Test
    void unclosedHeader_isAnErrorAndTheBodyIsStillRead() {
        SeedText s = seed("---\ntitle: T\nkind: editorial\nBody right after the fields.\n");
        SeedReading r = reader.read(s);
        assertProblem(r.problems(), Severity.ERROR, 1, "not closed");
        assertEquals("Body right after the fields.", documents(r).get(0).paragraphs().get(0).text());
        assertAllLinesAccounted(r);
    }

    @Test
    void unclosedHeaderBeforeARuleInTheText_errsOnceAndKeepsTheText() {
        SeedText s = seed("---\ntitle: T\nkind: editorial\nOne.\n\nTwo.\n\nThree.\n\nFour.\n\n---\n\nFive.\n");
        SeedReading r = reader.read(s);
        assertEquals(1, problems(r, Severity.ERROR).size(), r.problems().toString());
        assertProblem(r.problems(), Severity.ERROR, 1, "not closed");
        assertEquals(List.of("One.", "Two.", "Three.", "Four.", "Five."),
                documents(r).get(0).paragraphs().stream().map(Paragraph::text).toList());
        assertAllLinesAccounted(r);
    }

    @Test
    void unknownHeading_isKeptAsAParagraphWithAWarning() {
        SeedText s = seed("---\ntitle: T\nkind: editorial\ndate: undated\n---\n# Introduction\nText.\n");
        SeedReading r = reader.read(s);
        assertTrue(problems(r, Severity.ERROR).isEmpty(), r.problems().toString());
        assertProblem(r.problems(), Severity.WARNING, 6, "'## Notes', '## Original'");
        assertEquals(List.of("Introduction", "Text."),
                documents(r).get(0).paragraphs().stream().map(Paragraph::text).toList());
        assertTrue(documents(r).get(0).date().isEmpty());
        assertAllLinesAccounted(r);
    }

    @Test
    void noText_isListedAsNotInSourceWithAWarning() {
        SeedReading r = reader.read(seed("---\ntitle: T\nkind: editorial\ndate: 1954\n---\n"));
        assertFalse(documents(r).get(0).textInSource());
        assertProblem(r.problems(), Severity.WARNING, 5, "no text");
    }

    @Test
    void recognises_frontMatterOrMarkdownFileOnly() {
        assertTrue(reader.recognises(seed("\n---\ntitle: T\n---\n")));
        assertTrue(reader.recognises(new SeedText("seeds/x.md", List.of("no header"))));
        assertFalse(reader.recognises(seed("Title: T\nDate: 1957-11-23\nPage: 6\nText\n<hr />\nOriginal:\n")));
        assertFalse(reader.recognises(seed("---\n\nsome text\n")));
    }

    @Test
    void ingester_readsCanonicalSeedsBesideLegacyOnes(@TempDir Path dir) throws IOException {
        Path seeds = Files.createDirectories(dir.resolve("seeds"));
        Files.copy(EXAMPLES.resolve("editorial-note-1954-10-12.md"), seeds.resolve("900_note.md"));
        Files.writeString(seeds.resolve("901_bad.md"), "---\ntitle: T\nkind: memo\ndate: 1954-13-01\n---\nText.\n");
        IngestResult result = new SeedIngester().ingest(seeds);
        List<String> errors = result.problems().stream().filter(Problem::isError).map(Problem::toString).toList();
        assertEquals(2, errors.size(), errors.toString());
        assertTrue(errors.get(0).startsWith("seeds/901_bad.md:3:"), errors.toString());
        assertTrue(errors.get(1).startsWith("seeds/901_bad.md:4:"), errors.toString());
        assertEquals(2, result.documents().size());
        assertEquals(0, result.ledger().unaccountedLines());
    }
}
