package org.docedition.ingest;

import static org.docedition.ingest.Seeds.NBSP;
import static org.docedition.ingest.Seeds.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.docedition.model.Document;
import org.docedition.model.DocumentId;
import org.docedition.model.Problem;
import org.docedition.model.Severity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SeedIngesterTest {

    private static final String ARTICLE = "Title: %s\nAuthor:\nDate: %s\nPage: %s\n\nText of %s.\n\n<hr />\n\nOriginal:\n\n"
            + "### 标题\n\n%s\n第%s版()\n专栏：\n\n    中文。\n";
    private static final String LISTING = "Skip to content\n\nResults:\n\n1 - 2 of 2\n\nDocuments\n\n"
            + "May 4, 1959\n\nMemorandum of Conversation on Theatre Exchange\n\nA Soviet diplomat discusses the exchange.\n\n"
            + "Pagination\n";
    private static final String COLLECTION = "Soviet China relationship\n\n"
            + "Letter from the Ministry of Culture." + NBSP + "January 10, 1955\n\nArchive: AVPRF. F. 1.\n201.\n\nText.\n\n"
            + NBSP + "\n\nReply of the Ministry." + NBSP + "February 2, 1955\n\nArchive: AVPRF. F. 2.\n%s.\n\nMore text.\n";

    @TempDir
    Path tmp;
    private Path seeds;

    @BeforeEach
    void folder() throws IOException {
        seeds = Files.createDirectory(tmp.resolve("seeds"));
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(seeds.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static String article(String title, String date, String page) {
        return String.format(ARTICLE, title, date, page, title, date, page);
    }

    private IngestResult ingest() {
        return new SeedIngester().ingest(seeds);
    }

    private static List<String> ids(IngestResult r) {
        return r.documents().stream().map(d -> d.id().value()).toList();
    }

    @Test
    void ingest_folder_readsInNameOrderSkippingHiddenAndReadme() throws IOException {
        write("b_listing.txt", LISTING);
        write("a_article.txt", article("Talks Conclude", "1957-11-23", "6"));
        write(".hidden.txt", "garbage");
        write("README.md", "# about the seeds");
        IngestResult r = ingest();
        assertEquals(List.of("peoples-daily-1957-11-23-p6", "wilson-center-digital-archive-1959-05-04-memorandum-of-conversation-on-theatre-exchange"),
                ids(r));
        assertEquals(List.of(), r.problems());
        assertEquals(List.of("seeds/a_article.txt", "seeds/b_listing.txt"),
                r.ledger().files().stream().map(LineLedger.FileLedger::file).toList());
        assertEquals("seeds/a_article.txt", r.documents().get(0).location().file());
        assertEquals(0, r.ledger().unaccountedLines());
        assertEquals(r.ledger().nonBlankLines(), r.ledger().chromeLines() + r.ledger().ownedLines());
    }

    @Test
    void ingest_folderInsideTheSeeds_isNotReadAndSaysSo() throws IOException {
        write("a_article.txt", article("Talks Conclude", "1957-11-23", "6"));
        Files.createDirectories(seeds.resolve("1958"));
        Files.writeString(seeds.resolve("1958/b_listing.txt"), LISTING, StandardCharsets.UTF_8);
        Files.createDirectories(seeds.resolve(".git"));

        IngestResult r = ingest();

        assertEquals(List.of("peoples-daily-1957-11-23-p6"), ids(r));
        assertEquals(1, r.problems().size(), r.problems()::toString);
        Problem p = r.problems().get(0);
        assertEquals(Severity.WARNING, p.severity());
        assertTrue(p.toString().startsWith("seeds/1958/: warning") && p.toString().contains("not read"), p::toString);
    }

    @Test
    void ingest_badFiles_everyProblemReportedWithFileAndLine() throws IOException {
        write("1_empty.txt", "");
        Files.write(seeds.resolve("2_binary.txt"), new byte[] {'a', '\n', 'b', 0, 'c'});
        Files.write(seeds.resolve("3_latin1.txt"), "Title: Fran\u00e7ais\n".getBytes(StandardCharsets.ISO_8859_1));
        write("4_unknown.txt", "\n\nJust some prose.\nNothing else.\n");
        write("5_feb30.txt", LISTING.replace("May 4, 1959", "February 30, 1954"));
        write("6_good.txt", article("Talks Conclude", "1957-11-23", "6"));
        IngestResult r = ingest();
        assertTrue(r.hasErrors());
        List<Problem> errors = r.problems().stream().filter(Problem::isError).toList();
        assertEquals(5, errors.size(), errors::toString);
        assertProblem(errors, Severity.ERROR, 0, "empty file");
        assertEquals("seeds/1_empty.txt", errors.get(0).file());
        assertProblem(errors, Severity.ERROR, 2, "binary");
        assertProblem(errors, Severity.ERROR, 1, "not valid UTF-8");
        assertProblem(errors, Severity.ERROR, 3, "unknown seed format");
        assertProblem(errors, Severity.ERROR, 9, "date does not exist");
        assertEquals("seeds/5_feb30.txt:9: error: date does not exist: 'February 30, 1954'", errors.get(4).toString());
        // the good file and the record with the bad date are still read
        assertEquals(2, r.documents().size());
    }

    @Test
    void ingest_unknownFormat_hintNamesTheThreeFormats() throws IOException {
        write("x.txt", "Just some prose.\n");
        Problem p = ingest().problems().get(0);
        assertTrue(p.message().contains("newspaper article") && p.message().contains("collection page")
                && p.message().contains("catalogue listing"), p.message());
    }

    @Test
    void ingest_sameNumberTwiceInOneFile_errorNamesBothLines() throws IOException {
        write("c.txt", String.format(COLLECTION, "201"));
        IngestResult r = ingest();
        List<Problem> errors = r.problems().stream().filter(Problem::isError).toList();
        assertEquals(1, errors.size(), errors::toString);
        assertEquals(15, errors.get(0).line());
        assertTrue(errors.get(0).message().contains("document number 201 appears twice"), errors.get(0).message());
        assertTrue(errors.get(0).message().contains("seeds/c.txt:6"), errors.get(0).message());
        assertEquals(2, r.documents().stream().map(Document::id).distinct().count());
    }

    @Test
    void ingest_sameNumberInTwoFiles_errorNamesTheOtherFile() throws IOException {
        write("c1.txt", String.format(COLLECTION, "202"));
        write("c2.txt", String.format(COLLECTION, "203"));
        Problem p = ingest().problems().stream().filter(Problem::isError).findFirst().orElseThrow();
        assertEquals("seeds/c2.txt", p.file());
        assertTrue(p.message().contains("seeds/c1.txt:6"), p.message());
    }

    @Test
    void ingest_twoArticlesSameDateAndPage_titleSuffixOnlyForThem() throws IOException {
        write("a.txt", article("Talks Conclude in Moscow Today", "1957-11-23", "6"));
        write("b.txt", article("Exhibition Opens in Beijing", "1957-11-23", "6"));
        write("c.txt", article("Another Day", "1957-11-24", "6"));
        IngestResult r = ingest();
        assertEquals(List.of("peoples-daily-1957-11-23-p6-talks-conclude-in-moscow-today",
                "peoples-daily-1957-11-23-p6-exhibition-opens-in-beijing", "peoples-daily-1957-11-24-p6"), ids(r));
        assertEquals(List.of(), r.problems());
        // the ledger follows the final ids
        assertEquals(new DocumentId("peoples-daily-1957-11-23-p6-exhibition-opens-in-beijing"),
                r.ledger().files().get(1).owners().get(1));
    }

    @Test
    void ingest_sameRecordInTwoListings_listedOnceWithWarning() throws IOException {
        write("l1.txt", LISTING);
        write("l2.txt", LISTING);
        IngestResult r = ingest();
        assertEquals(1, r.documents().size());
        assertFalse(r.hasErrors());
        assertProblem(r.problems(), Severity.WARNING, 9, "duplicate of the record");
        assertEquals(r.documents().get(0).id(), r.ledger().files().get(1).owners().get(11));
    }

    @Test
    void ingest_bomAndCrlf_readLikePlainFile() throws IOException {
        byte[] text = ("\uFEFF" + article("Talks", "1957-11-23", "6").replace("\n", "\r\n")).getBytes(StandardCharsets.UTF_8);
        Files.write(seeds.resolve("a.txt"), text);
        IngestResult r = ingest();
        assertEquals(List.of(), r.problems());
        assertEquals("Talks", r.documents().get(0).title());
    }

    @Test
    void ingest_tenMegabyteLine_keptWhole() throws IOException {
        String big = "summary ".repeat(1_310_720).strip();
        write("l.txt", LISTING.replace("A Soviet diplomat discusses the exchange.", big));
        IngestResult r = ingest();
        assertEquals(List.of(), r.problems());
        assertEquals(big.length(), r.documents().get(0).paragraphs().get(0).text().length());
    }

    @Test
    void ingest_hundredThousandLineFile_everyRecordRead() throws IOException {
        StringBuilder b = new StringBuilder("Skip to content\n");
        int records = 33_333;
        for (int i = 0; i < records; i++) {
            b.append("May ").append(1 + i % 28).append(", ").append(1900 + i % 100).append('\n')
                    .append("Record number ").append(i).append('\n')
                    .append("Summary of record ").append(i).append(".\n");
        }
        write("big.txt", b.toString());
        IngestResult r = ingest();
        assertEquals(List.of(), r.problems());
        assertEquals(records, r.documents().size());
        assertEquals(records, r.documents().stream().map(Document::id).distinct().count());
        assertEquals(0, r.ledger().unaccountedLines());
    }

    @Test
    void ingest_listingWithOnlyChrome_isAnError() throws IOException {
        write("l.txt", "Skip to content\n\nResults:\n\n0 - 0 of 0\n\nPagination\n");
        IngestResult r = ingest();
        assertProblem(r.problems(), Severity.ERROR, 0, "no documents found in this catalogue listing");
        assertEquals(0, r.ledger().unaccountedLines());
    }

    @Test
    void ingest_missingFolder_problemNotException() {
        IngestResult r = new SeedIngester().ingest(tmp.resolve("nope"));
        assertTrue(r.hasErrors());
        assertTrue(r.problems().get(0).message().contains("cannot list the seeds folder"));
    }

    @Test
    void ingest_emptyFolder_isAnError() {
        IngestResult r = ingest();
        assertTrue(r.problems().get(0).message().contains("no seed files"), r.problems().toString());
    }
}
