package org.docedition.ingest;

import static org.docedition.ingest.Seeds.assertAllLinesAccounted;
import static org.docedition.ingest.Seeds.assertProblem;
import static org.docedition.ingest.Seeds.documents;
import static org.docedition.ingest.Seeds.seed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.docedition.model.Document;
import org.docedition.model.Kind;
import org.docedition.model.Paragraph;
import org.docedition.model.Severity;
import org.junit.jupiter.api.Test;

class CatalogueReaderTest {

    private static final String LISTING = """
            Skip to content

            Results:

            711 - 720 of 1250

            Documents

            November 12, 1963

            Memorandum of Conversation, Chinese Officials and the Hungarian Ambassador to China

            Martin, the Hungarian ambassador, holds several conversations.

            February\u00A01,\u00A01963

            Memorandum of Conversation between the Delegates

            A Soviet delegation visiting China meets local representatives.
            The two groups have a tense conversation.

            Pagination
            """;

    private final CatalogueReader reader = new CatalogueReader();

    @Test
    void read_listing_recordsWithDateTitleSummary() {
        SeedText s = seed(LISTING);
        assertTrue(reader.recognises(s));
        SeedReading r = reader.read(s);
        List<Document> docs = documents(r);
        assertEquals(2, docs.size());
        Document first = docs.get(0);
        assertEquals("wilson-center-digital-archive-1963-11-12-memorandum-of-conversation-chinese-officials-and",
                first.id().value());
        assertEquals(Kind.CATALOGUE, first.kind());
        assertEquals("Wilson Center Digital Archive", first.source().title());
        assertEquals("Memorandum of Conversation, Chinese Officials and the Hungarian Ambassador to China", first.title());
        assertEquals("1963-11-12", first.date().orElseThrow().iso());
        assertEquals(List.of("Martin, the Hungarian ambassador, holds several conversations."),
                first.paragraphs().stream().map(Paragraph::text).toList());
        assertTrue(first.textInSource());
        Document second = docs.get(1);
        assertEquals("1963-02-01", second.date().orElseThrow().iso());
        assertEquals(2, second.paragraphs().size());
        assertEquals(List.of(), r.problems());
        assertEquals(java.util.Set.of(1, 3, 5, 7, 22), r.chromeLines());
        assertAllLinesAccounted(r);
    }

    @Test
    void read_noChromeAtAll_stillRead() {
        SeedText s = seed("November 12, 1963\nA title\nA summary.\n1963\nAnother title\nIts summary.");
        assertTrue(reader.recognises(s));
        List<Document> docs = documents(reader.read(s));
        assertEquals(2, docs.size());
        assertEquals("1963", docs.get(1).date().orElseThrow().iso());
    }

    @Test
    void read_listingBeginsMidRecord_keptAsUndatedRecordWithWarning() {
        SeedReading r = reader.read(seed("Skip to content\n\nA title whose date was cut\n\nIts summary.\n\n"
                + "November 12, 1963\n\nMemorandum\n\nSummary."));
        List<Document> docs = documents(r);
        assertEquals(2, docs.size());
        assertEquals("A title whose date was cut", docs.get(0).title());
        assertTrue(docs.get(0).date().isEmpty());
        assertEquals("wilson-center-digital-archive-undated-a-title-whose-date-was-cut", docs.get(0).id().value());
        assertProblem(r.problems(), Severity.WARNING, 3, "listing begins mid-record");
        assertAllLinesAccounted(r);
    }

    @Test
    void read_listingStopsEarly_recordWithoutSummaryWarned() {
        SeedReading r = reader.read(seed("Skip to content\n\nNovember 12, 1963\n\nMemorandum\n\nSummary.\n\nMay 4, 1959\n\nCut title"));
        Document last = documents(r).get(1);
        assertTrue(last.paragraphs().isEmpty());
        assertFalse(last.textInSource());
        assertProblem(r.problems(), Severity.WARNING, 11, "no summary");
    }

    @Test
    void read_dateThatDoesNotExist_isErrorOnDateLine() {
        SeedReading r = reader.read(seed("Skip to content\n\nFebruary 30, 1954\n\nA title\n\nA summary."));
        assertProblem(r.problems(), Severity.ERROR, 3, "date does not exist");
        assertEquals("wilson-center-digital-archive-undated-a-title", documents(r).get(0).id().value());
        assertEquals("A title (February 30, 1954)", documents(r).get(0).title());
    }

    @Test
    void read_resultsOnOneLine_isChrome() {
        SeedReading r = reader.read(seed("Results: 711 - 720 of 1,250\nNovember 12, 1963\nA title\nA summary."));
        assertEquals(java.util.Set.of(1), r.chromeLines());
    }

    @Test
    void read_longTitle_idBoundedAndValid() {
        String title = "Memorandum ".repeat(1000) + "../../etc";
        Document d = documents(reader.read(seed("November 12, 1963\n" + title + "\nSummary."))).get(0);
        assertTrue(d.id().value().length() <= org.docedition.model.DocumentId.MAX_LENGTH);
        assertEquals("wilson-center-digital-archive-1963-11-12-memorandum-memorandum-memorandum-memorandum-memorandum-memorandum",
                d.id().value());
    }
}
