package org.docedition.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.docedition.model.Document;
import org.docedition.model.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A TEI file in the seeds folder is read like any seed: ids settled, problems located, every line accounted for. */
class TeiSeedReaderTest {

    private static Path seedsWithFrusSample(Path dir) throws IOException {
        Path seeds = Files.createDirectories(dir.resolve("seeds"));
        try (InputStream in = TeiSeedReaderTest.class.getResourceAsStream("/org/docedition/tei/frus-style.xml")) {
            Files.copy(in, seeds.resolve("500_frus-style.xml"));
        }
        return seeds;
    }

    @Test
    void ingest_teiFile_givesItsDocumentsWithEveryLineAccountedFor(@TempDir Path dir) throws IOException {
        IngestResult r = new SeedIngester().ingest(seedsWithFrusSample(dir));
        assertEquals(List.of("a-sample-volume-of-diplomatic-papers-doc-11", "a-sample-volume-of-diplomatic-papers-doc-12"),
                r.documents().stream().map(d -> d.id().value()).toList());
        assertEquals(0, r.ledger().unaccountedLines());
        assertTrue(r.ledger().ownedLines() > 5, "the text lines belong to the documents");
        Document d11 = r.documents().get(0);
        assertEquals("seeds/500_frus-style.xml", d11.location().file());
    }

    @Test
    void ingest_unknownElement_isAWarningNamingTheSeedFileAndLine(@TempDir Path dir) throws IOException {
        IngestResult r = new SeedIngester().ingest(seedsWithFrusSample(dir));
        List<String> warnings = r.problems().stream().filter(p -> !p.isError()).map(Problem::toString).toList();
        assertEquals(1, warnings.size(), warnings::toString);
        assertTrue(warnings.get(0).startsWith("seeds/500_frus-style.xml:38: warning: <table>"), warnings.get(0));
    }

    @Test
    void ingest_brokenTei_isAnErrorAndNoDocument(@TempDir Path dir) throws IOException {
        Path seeds = Files.createDirectories(dir.resolve("seeds"));
        Files.writeString(seeds.resolve("x.xml"), "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\">\n<text><body>\n<p>open\n</body></text></TEI>\n");
        IngestResult r = new SeedIngester().ingest(seeds);
        assertTrue(r.hasErrors());
        assertEquals(List.of(), r.documents());
        assertTrue(r.problems().get(0).toString().startsWith("seeds/x.xml:4: error: not well-formed XML (line 4, column"),
                r.problems().toString());
    }
}
