package org.docedition.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.docedition.ingest.IngestResult;
import org.docedition.ingest.SeedIngester;
import org.docedition.model.Document;
import org.docedition.model.Kind;
import org.docedition.model.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The synthetic corpus is only worth benchmarking if the real readers read it as intended. */
class SyntheticCorpusIngestTest {

    @TempDir
    Path dir;

    @Test
    void ingest_200DocumentsWithCatalogueShare_noProblemsAndEveryDocumentFound() throws IOException {
        // a catalogue share, so all three readers are exercised
        CorpusSummary s = new SyntheticCorpus(SyntheticCorpus.DEFAULT_SEED, 20).write(200, dir);
        assertEquals(40, s.catalogue());
        IngestResult r = new SeedIngester().ingest(dir);
        assertEquals(List.of(), r.problems().stream().map(Problem::toString).toList());
        assertEquals(s.documents(), r.documents().size());
        Map<Kind, Long> perKind = r.documents().stream()
                .collect(Collectors.groupingBy(Document::kind, Collectors.counting()));
        assertEquals(s.newspaper(), perKind.get(Kind.NEWSPAPER));
        assertEquals(s.collection(), perKind.get(Kind.COLLECTION));
        assertEquals(s.catalogue(), perKind.get(Kind.CATALOGUE));
    }

    @Test
    void ingest_2000Documents_uniqueIdsFootnotesOriginalsAndStubs() throws IOException {
        CorpusSummary s = new SyntheticCorpus(11).write(2000, dir);
        IngestResult r = new SeedIngester().ingest(dir);
        assertEquals(List.of(), r.problems().stream().filter(Problem::isError).map(Problem::toString).toList());
        assertEquals(s.documents(), r.documents().size());
        assertEquals(r.documents().size(), new HashSet<>(r.documents().stream().map(Document::id).toList()).size());
        List<Document> collection = r.documents().stream().filter(d -> d.kind() == Kind.COLLECTION).toList();
        long withNotes = collection.stream().filter(d -> !d.footnotes().isEmpty()).count();
        assertTrue(withNotes > collection.size() / 2, withNotes + " of " + collection.size() + " have footnotes");
        long stubs = collection.stream().filter(d -> !d.textInSource()).count();
        assertTrue(stubs > 5 && stubs < collection.size() / 10, stubs + " entries without text");
        assertTrue(r.documents().stream().filter(d -> d.kind() == Kind.NEWSPAPER)
                .allMatch(d -> d.original().isPresent() && !d.original().get().paragraphs().isEmpty()));
        Map<String, Document> byNumber = collection.stream().filter(d -> d.number().isPresent())
                .collect(Collectors.toMap(d -> d.number().get(), Function.identity()));
        assertEquals(collection.size() - stubs, byNumber.size());
    }
}
