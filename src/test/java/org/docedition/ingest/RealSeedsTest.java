package org.docedition.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.docedition.model.Document;
import org.docedition.model.Footnote;
import org.docedition.model.Kind;
import org.docedition.model.Problem;
import org.docedition.model.Severity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Reads the project's real seeds/ and checks what an editor would check by eye. */
class RealSeedsTest {

    private static IngestResult result;

    @BeforeAll
    static void ingest() {
        result = new SeedIngester().ingest(Path.of("seeds"));
    }

    private static Document doc(String id) {
        return result.documents().stream().filter(d -> d.id().value().equals(id)).findFirst().orElseThrow(
                () -> new AssertionError("no document " + id));
    }

    @Test
    void seeds_countsPerKind() {
        Map<Kind, Long> perKind = result.documents().stream()
                .collect(Collectors.groupingBy(Document::kind, Collectors.counting()));
        assertEquals(Map.of(Kind.NEWSPAPER, 3L, Kind.COLLECTION, 36L, Kind.CATALOGUE, 10L), perKind);
    }

    @Test
    void seeds_collectionNumbers_70To105Without87_88_100() {
        List<String> expected = IntStream.rangeClosed(70, 105).filter(n -> n != 87 && n != 88 && n != 100)
                .mapToObj(Integer::toString).toList();
        List<String> numbers = result.documents().stream().filter(d -> d.kind() == Kind.COLLECTION)
                .flatMap(d -> d.number().stream()).toList();
        assertEquals(expected, numbers);
    }

    @Test
    void seeds_entriesWithoutText_areTheTwoLinkedSpeechesAndTheCutOffProtocol() {
        List<Document> entries = result.documents().stream().filter(d -> !d.textInSource()).toList();
        assertEquals(List.of("sscr-1952-1955-1954-09-30-speech-by-the-first-secretary",
                "sscr-1952-1955-1954-10-12-speech-by-premier-of-the",
                "sscr-1952-1955-1954-12-28-protocol-of-the-first-session"),
                entries.stream().map(d -> d.id().value()).toList());
        assertEquals(List.of(617, 862, 1035), entries.stream().map(d -> d.location().firstLine()).toList());
        assertTrue(entries.stream().allMatch(d -> d.paragraphs().isEmpty() && d.number().isEmpty()));
    }

    @Test
    void seeds_problems_onlyTheExpectedWarnings() {
        List<String> problems = result.problems().stream().map(Problem::toString).toList();
        assertEquals(3, problems.size(), problems::toString);
        assertTrue(result.problems().stream().allMatch(p -> p.severity() == Severity.WARNING), problems::toString);
        assertTrue(problems.get(0).startsWith("seeds/003_ecd8dfa2c3ac5ef4.txt:526: warning: footnote marker '* *'"));
        assertTrue(problems.get(1).startsWith("seeds/003_ecd8dfa2c3ac5ef4.txt:615: warning: footnote marker '**'"));
        assertTrue(problems.get(2).startsWith("seeds/003_ecd8dfa2c3ac5ef4.txt:1035: warning: heading cut off at end of file"));
    }

    @Test
    void seeds_newspaperArticles_titlesDatesPagesOriginals() {
        Document a = doc("peoples-daily-1957-11-23-p6");
        assertTrue(a.title().startsWith("Sino-Soviet Cultural Cooperation Talks Conclude"));
        assertEquals("中苏文化合作会谈结束  制订了1958年文化合作执行计划", a.original().orElseThrow().title());
        assertEquals(7, a.paragraphs().size());
        assertEquals(9, a.original().orElseThrow().paragraphs().size());
        assertEquals("People's Daily (人民日报)", a.source().title());
        assertEquals("5", doc("peoples-daily-1960-02-26-p5").page());
        assertEquals("1958-01-24", doc("peoples-daily-1958-01-24-p6").date().orElseThrow().iso());
    }

    @Test
    void seeds_collectionSpotChecks() {
        Document d70 = doc("sscr-1952-1955-doc-70");
        assertEquals("Exchange of letters between the Society of Sino-Soviet Friendship in Tianjin and the Kirov Plant",
                d70.title());
        assertEquals("1954-01-05", d70.date().orElseThrow().iso());
        assertEquals("pp. 162-166", d70.printed().orElseThrow().pages());
        assertEquals("*", doc("sscr-1952-1955-doc-73").numberMark());
        assertEquals("ews. 1954. 12 Oct.", doc("sscr-1952-1955-doc-97").archive().orElseThrow().text());
        assertEquals("AVPRF. F. 22. Op. 7. P. 102. D. 30. L. 5.", doc("sscr-1952-1955-doc-80").archive().orElseThrow().text());
        assertEquals("Letter from the director of the Beijing State Library Feng Zhongyun to the director of the State"
                + " Library of the USSR.\u00A0IN AND.\u00A0Lenina P.M.\u00A0Bogachev", doc("sscr-1952-1955-doc-76").title());
        assertEquals(List.of("See doc. 68."), doc("sscr-1952-1955-doc-71").footnotes().stream().map(Footnote::text).toList());
    }

    @Test
    void seeds_doc98_eightFootnotesInOrder() {
        List<Footnote> notes = doc("sscr-1952-1955-doc-98").footnotes();
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8), notes.stream().map(Footnote::ordinal).toList());
        assertEquals("Cm. doc. 96.", notes.get(4).text());
        assertEquals("6 *", notes.get(5).marker());
    }

    @Test
    void seeds_doc99_gluedAndNumberedMarkers() {
        List<Footnote> notes = doc("sscr-1952-1955-doc-99").footnotes();
        assertEquals(IntStream.rangeClosed(1, 10).boxed().toList(), notes.stream().map(Footnote::ordinal).toList());
        assertTrue(notes.get(3).text().startsWith("Dong Biu"));
    }

    @Test
    void seeds_catalogue_tenRecordsWithSummaries() {
        List<Document> records = result.documents().stream().filter(d -> d.kind() == Kind.CATALOGUE).toList();
        assertEquals(10, records.size());
        assertTrue(records.stream().allMatch(d -> d.textInSource() && d.paragraphs().size() == 1 && d.date().isPresent()));
        assertEquals("1963-11-12", records.get(0).date().orElseThrow().iso());
        assertEquals("Diary of Soviet Official K. A. Krutikov, Record of Conversation with Hungarian Envoy Ezhef Sall",
                records.get(9).title());
    }

    @Test
    void seeds_ledger_everyLineChromeOrOwned() {
        LineLedger ledger = result.ledger();
        assertEquals(5, ledger.files().size());
        assertEquals(0, ledger.unaccountedLines());
        assertEquals(List.of(1, 3, 5, 7), List.copyOf(ledger.files().get(3).chrome()));
        assertEquals(List.of(1, 3, 5, 7, 69), List.copyOf(ledger.files().get(4).chrome()));
        assertFalse(ledger.files().get(3).owners().containsKey(115)); // the nbsp separator is blank
        assertEquals(Optional.of("sscr-1952-1955-doc-103"),
                Optional.ofNullable(ledger.files().get(3).owners().get(975)).map(Object::toString));
    }
}
