package org.docedition.ingest;

import static org.docedition.ingest.Seeds.NBSP;
import static org.docedition.ingest.Seeds.assertAllLinesAccounted;
import static org.docedition.ingest.Seeds.assertProblem;
import static org.docedition.ingest.Seeds.documents;
import static org.docedition.ingest.Seeds.problems;
import static org.docedition.ingest.Seeds.seed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.docedition.model.Document;
import org.docedition.model.Footnote;
import org.docedition.model.HistoricalDate;
import org.docedition.model.Kind;
import org.docedition.model.Paragraph;
import org.docedition.model.Severity;
import org.junit.jupiter.api.Test;

class CollectionReaderTest {

    /** A page with every irregularity of the real one; line numbers matter to the assertions. */
    private static final String PAGE = String.join("\n",
            "Soviet China relationship",                                                         // 1
            "",
            "Marx-Engels |" + NBSP + " Lenin " + NBSP + "| Stalin |" + NBSP + " Home Page",      // 3
            "",
            NBSP + " " + NBSP + " Soviet-Chinese relations. 1952-1955",                          // 5
            "",
            NBSP + " 1954",                                                                      // 7
            "",
            "Letter from the Society to the Kirov Plant." + NBSP + "January 5, 1954",            // 9
            "",
            "A source: Soviet-Chinese relations. 1952-1955: Collection of documents. 2015. pp. 162-166", // 11
            "Archive: Archive of Tianjin. X52 - Y - 31.",                                        // 12
            "70.",                                                                               // 13
            "",
            "Dear comrades!",                                                                    // 15
            "",
            "January 1954",                                                                      // 17
            "",
            "* See doc. 68.",                                                                    // 19
            "",
            NBSP,                                                                                // 21
            "",
            "Press release on the conference in Geneva." + NBSP + "March" + NBSP + "4," + NBSP + "1954", // 23
            "",
            "AVPRF. F. 0100. Op. 47.",                                                           // 25
            "73.*",                                                                              // 26
            "",
            "At the Berlin Conference the ministers met*.",                                      // 28
            "",
            "* One.",                                                                            // 30
            "",
            "* * Two.",                                                                          // 32
            "",
            "***Three glued.",                                                                   // 34
            "",
            "4 * Four numbered.",                                                                // 36
            "",
            "Speech by N.S." + NBSP + "Khrushchev in Beijing." + NBSP + "September 30, 1954 (Long Speech- Link)", // 38
            "",
            "Soviet-Chinese Communique on the railway." + NBSP + "October 12, 1954",             // 40
            "",
            "ews. 1954. 12 Oct.",                                                                // 42
            "97.",                                                                               // 43
            "",
            "In order to strengthen ties.",                                                      // 45
            "",
            "Decree of the month." + NBSP + "January 1954",                                      // 47
            "",
            "Archive: Truth. 1954.",                                                             // 49
            "74.",                                                                               // 50
            "",
            "Text seventy-four.",                                                                // 52
            "",
            "Statement of the year. 1954",                                                       // 54
            "Archive: News.",                                                                    // 55
            "75.",                                                                               // 56
            "Text seventy-five.",                                                                // 57
            "",
            "Protocol of the first session of the Commission." + NBSP + "December 28, 195");     // 59

    private final CollectionReader reader = new CollectionReader();

    private static Document byNumber(List<Document> docs, String number) {
        return docs.stream().filter(d -> d.number().equals(Optional.of(number))).findFirst().orElseThrow();
    }

    @Test
    void read_page_findsDocumentsAndEntriesInOrder() {
        SeedText s = seed(PAGE);
        assertTrue(reader.recognises(s));
        SeedReading r = reader.read(s);
        List<Document> docs = documents(r);
        assertEquals(List.of("sscr-1952-1955-doc-70", "sscr-1952-1955-doc-73",
                "sscr-1952-1955-1954-09-30-speech-by-n-s-khrushchev-in", "sscr-1952-1955-doc-97",
                "sscr-1952-1955-doc-74", "sscr-1952-1955-doc-75", "sscr-1952-1955-undated-protocol-of-the-first-session"),
                docs.stream().map(d -> d.id().value()).toList());
        assertTrue(docs.stream().allMatch(d -> d.kind() == Kind.COLLECTION && d.source().id().equals("sscr-1952-1955")));
        assertAllLinesAccounted(r);
    }

    @Test
    void read_chromeAtTop_isChromeNotText() {
        SeedReading r = reader.read(seed(PAGE));
        assertEquals(java.util.Set.of(1, 3, 5, 7), r.chromeLines());
    }

    @Test
    void read_fullDocument_citationsNumberTextFootnote() {
        Document d = byNumber(documents(reader.read(seed(PAGE))), "70");
        assertEquals("Letter from the Society to the Kirov Plant", d.title());
        assertEquals(HistoricalDate.ofDay(1954, 1, 5), d.date().orElseThrow());
        assertEquals("Soviet-Chinese relations. 1952-1955: Collection of documents. 2015", d.printed().orElseThrow().title());
        assertEquals("pp. 162-166", d.printed().orElseThrow().pages());
        assertEquals("Archive of Tianjin. X52 - Y - 31.", d.archive().orElseThrow().text());
        assertEquals(12, d.archive().orElseThrow().line());
        // "January 1954" inside a letter is text, not a heading
        assertEquals(List.of("Dear comrades!", "January 1954"), d.paragraphs().stream().map(Paragraph::text).toList());
        assertEquals(List.of(new Footnote(1, "*", "See doc. 68.", 19)), d.footnotes());
        assertEquals(9, d.location().firstLine());
        assertEquals(19, d.location().lastLine());
        assertTrue(d.textInSource());
    }

    @Test
    void read_nbspDateAndMarkedNumberAndMissingArchivePrefix() {
        Document d = byNumber(documents(reader.read(seed(PAGE))), "73");
        assertEquals("*", d.numberMark());
        assertEquals("1954-03-04", d.date().orElseThrow().iso());
        assertEquals("AVPRF. F. 0100. Op. 47.", d.archive().orElseThrow().text());
        assertTrue(d.printed().isEmpty());
    }

    @Test
    void read_spacedGluedNumberedMarkers_ordinalsInOrder() {
        Document d = byNumber(documents(reader.read(seed(PAGE))), "73");
        assertEquals(List.of(1, 2, 3, 4), d.footnotes().stream().map(Footnote::ordinal).toList());
        assertEquals(List.of("*", "* *", "***", "4 *"), d.footnotes().stream().map(Footnote::marker).toList());
        assertEquals("Three glued.", d.footnotes().get(2).text());
        assertEquals(List.of("At the Berlin Conference the ministers met*."),
                d.paragraphs().stream().map(Paragraph::text).toList());
    }

    @Test
    void read_headingFollowedByHeading_isEntryWithoutText() {
        Document d = documents(reader.read(seed(PAGE))).get(2);
        assertFalse(d.textInSource());
        assertTrue(d.number().isEmpty());
        assertTrue(d.paragraphs().isEmpty());
        assertEquals("Speech by N.S." + NBSP + "Khrushchev in Beijing", d.title());
        assertEquals("1954-09-30", d.date().orElseThrow().iso());
    }

    @Test
    void read_archiveTypoWithoutPrefix_keptByPosition() {
        Document d = byNumber(documents(reader.read(seed(PAGE))), "97");
        assertEquals("ews. 1954. 12 Oct.", d.archive().orElseThrow().text());
        assertEquals(List.of("In order to strengthen ties."), d.paragraphs().stream().map(Paragraph::text).toList());
    }

    @Test
    void read_monthAndYearDates_keepTheirPrecision() {
        List<Document> docs = documents(reader.read(seed(PAGE)));
        assertEquals("1954-01", byNumber(docs, "74").date().orElseThrow().iso());
        assertEquals("1954", byNumber(docs, "75").date().orElseThrow().iso());
    }

    @Test
    void read_lastHeadingCutOff_entryWithWarnings() {
        SeedReading r = reader.read(seed(PAGE));
        List<Document> docs = documents(r);
        Document last = docs.get(docs.size() - 1);
        assertFalse(last.textInSource());
        assertTrue(last.date().isEmpty());
        // an unreadable date stays in the title, so nothing printed is lost
        assertEquals("Protocol of the first session of the Commission." + NBSP + "December 28, 195", last.title());
        assertProblem(r.problems(), Severity.WARNING, 59, "heading cut off at end of file");
        assertProblem(r.problems(), Severity.WARNING, 59, "date cut off");
        assertEquals(List.of(), problems(r, Severity.ERROR));
        assertEquals(2, r.problems().size());
    }

    @Test
    void read_dateThatDoesNotExist_isErrorOnHeadingLine() {
        SeedReading r = reader.read(seed("Note of the Embassy." + NBSP + "February 30, 1954\nArchive: X.\n71.\n\nText."));
        assertProblem(r.problems(), Severity.ERROR, 1, "date does not exist: 'February 30, 1954'");
        Document d = documents(r).get(0);
        assertTrue(d.date().isEmpty());
        assertEquals("71", d.number().orElseThrow());
    }

    @Test
    void read_pageBeginsMidDocument_fragmentKeptWithWarning() {
        String text = "Soviet China relationship\n\nthe end of a letter from the previous page.\n\n* A note.\n\n"
                + "Note of the Embassy." + NBSP + "January 30, 1954\n\nArchive: X.\n71.\n\nText.";
        SeedReading r = reader.read(seed(text));
        List<Document> docs = documents(r);
        assertEquals(2, docs.size());
        Document fragment = docs.get(0);
        assertEquals("sscr-1952-1955-fragment-the-end-of-a-letter-from", fragment.id().value());
        assertEquals(List.of("the end of a letter from the previous page."),
                fragment.paragraphs().stream().map(Paragraph::text).toList());
        assertEquals(1, fragment.footnotes().size());
        assertTrue(fragment.textInSource());
        assertProblem(r.problems(), Severity.WARNING, 3, "page begins in the middle of a document");
        assertAllLinesAccounted(r);
    }

    @Test
    void read_citationAndNumberWithoutHeading_startsNumberedDocument() {
        String text = "Note of the Embassy." + NBSP + "January 30, 1954\nArchive: X.\n71.\n\nText of 71.\n\n"
                + "Archive: AVPRF. F. 1.\n72.\n\nText of 72.";
        SeedReading r = reader.read(seed(text));
        List<Document> docs = documents(r);
        assertEquals(List.of("71", "72"), docs.stream().map(d -> d.number().orElseThrow()).toList());
        assertEquals(List.of("Text of 71."), docs.get(0).paragraphs().stream().map(Paragraph::text).toList());
        assertEquals("AVPRF. F. 1.", docs.get(1).archive().orElseThrow().text());
        assertProblem(r.problems(), Severity.WARNING, 7, "document 72 has no heading");
    }

    @Test
    void read_repeatedMarker_readAsNextNoteWithWarning() {
        String text = "Note." + NBSP + "September 11, 1954\nArchive: X.\n83.\n\nText**.\n\n* One.\n\n* * Two.\n\n* * Three.";
        SeedReading r = reader.read(seed(text));
        assertEquals(List.of(1, 2, 3), documents(r).get(0).footnotes().stream().map(Footnote::ordinal).toList());
        assertProblem(r.problems(), Severity.WARNING, 11, "repeats note 2");
    }

    @Test
    void read_firstMarkerIsDoubleStar_warnsNoteMissing() {
        SeedReading r = reader.read(seed("Speech." + NBSP + "September 21, 1954\nArchive: X.\n86.\n\nMrs. Pandit*.\n\n** Pandit V.L."));
        assertEquals(2, documents(r).get(0).footnotes().get(0).ordinal());
        assertProblem(r.problems(), Severity.WARNING, 7, "note 1 is missing");
    }

    @Test
    void read_unmarkedLinesAfterFootnote_continueTheNote() {
        String text = "Record." + NBSP + "November 18, 1954\nArchive: X.\n103.\n\nText*.\n\n*Cm. doc. 104.\n\n"
                + "On November 13 notes were sent.\n\nBelow is its text.";
        Document d = documents(reader.read(seed(text))).get(0);
        assertEquals(1, d.footnotes().size());
        assertEquals("Cm. doc. 104.\n\nOn November 13 notes were sent.\n\nBelow is its text.", d.footnotes().get(0).text());
        assertEquals(1, d.paragraphs().size());
    }

    @Test
    void read_headingWithoutNbspOrFollowingStructure_isText() {
        String text = "Note." + NBSP + "January 30, 1954\nArchive: X.\n71.\n\nIt was signed in Moscow. October 12, 1954\n\nMore text.";
        List<Document> docs = documents(reader.read(seed(text)));
        assertEquals(1, docs.size());
        assertEquals(2, docs.get(0).paragraphs().size());
    }

    @Test
    void read_plainSpaceHeadingFollowedByCitation_isHeading() {
        String text = "Letter from the Ministry of Culture of the USSR. January 10, 1955\n\n"
                + "A source: Collection of documents. 2015. p. 301\nArchive: X.\n201.\n\nText.";
        Document d = documents(reader.read(seed(text))).get(0);
        assertEquals("Letter from the Ministry of Culture of the USSR", d.title());
        assertEquals("p. 301", d.printed().orElseThrow().pages());
    }

    @Test
    void read_wrappedHeading_joinedWithWarning() {
        String text = "Note." + NBSP + "January 30, 1954\nArchive: X.\n71.\n\nText.\n\n"
                + "Letter from the Chairman of the Central People's Government Mao Zedong to the First\n"
                + "Secretary N.S." + NBSP + "Khrushchev." + NBSP + "August 27, 1954\nArchive: Y.\n80.\n\nDear comrade!";
        SeedReading r = reader.read(seed(text));
        List<Document> docs = documents(r);
        assertEquals(2, docs.size());
        assertEquals(List.of("Text."), docs.get(0).paragraphs().stream().map(Paragraph::text).toList());
        assertTrue(docs.get(1).title().startsWith("Letter from the Chairman"), docs.get(1).title());
        assertTrue(docs.get(1).title().endsWith("Khrushchev"), docs.get(1).title());
        assertProblem(r.problems(), Severity.WARNING, 7, "heading wraps");
        assertAllLinesAccounted(r);
    }

    @Test
    void read_crlfAndBlankLineVariants_sameDocuments() {
        String compact = PAGE.replaceAll("\n\n", "\n");
        String crlf = PAGE.replace("\n", "\r\n");
        List<String> ids = documents(reader.read(seed(PAGE))).stream().map(d -> d.id().value()).toList();
        assertEquals(ids, documents(reader.read(seed(compact))).stream().map(d -> d.id().value()).toList());
        assertEquals(ids, documents(reader.read(seed(crlf))).stream().map(d -> d.id().value()).toList());
    }

    @Test
    void read_tenMegabyteParagraph_keptWhole() {
        String big = "text ".repeat(2 * 1024 * 1024);
        Document d = documents(reader.read(seed("Note." + NBSP + "January 30, 1954\nArchive: X.\n71.\n\n" + big))).get(0);
        assertEquals(big.strip(), d.paragraphs().get(0).text());
    }

    @Test
    void recognises_otherFormats_no() {
        assertFalse(reader.recognises(seed("Skip to content\n\nNovember 12, 1963\n\nA title\n\nA summary.")));
        assertFalse(reader.recognises(seed("Just some prose.\nAnd more.")));
    }
}
