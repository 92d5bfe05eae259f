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
import org.docedition.model.GlossaryEntry;
import org.docedition.model.Kind;
import org.docedition.model.OriginalText;
import org.docedition.model.Paragraph;
import org.docedition.model.Severity;
import org.docedition.model.SourceLocation;
import org.junit.jupiter.api.Test;

class NewspaperReaderTest {

    private static final String ARTICLE = """
            Title: Friendship Society Opens Reading Room in Harbin
            Author:\s
            Date: 1955-03-08
            Page: 4

            Xinhua News Agency, Harbin, 7th: The Association opened a reading room today.

            More than two hundred workers attended the opening.


            <hr />\s

            Original:\s


            ### 中苏友好协会哈尔滨阅览室开幕

            1955-03-08
            第4版()
            专栏：

                中苏友好协会哈尔滨阅览室开幕
                新华社哈尔滨7日电　中苏友好协会今天开设了俄文期刊阅览室。
                二百多名工人参加了开幕式。
            """;

    private final NewspaperReader reader = new NewspaperReader();

    private Document only(SeedReading r) {
        List<Document> docs = documents(r);
        assertEquals(1, docs.size());
        return docs.get(0);
    }

    @Test
    void read_article_headerTextAndOriginalKeptApart() {
        SeedText s = seed(ARTICLE);
        assertTrue(reader.recognises(s));
        SeedReading r = reader.read(s);
        Document d = only(r);
        assertEquals("peoples-daily-1955-03-08-p4", d.id().value());
        assertEquals(Kind.NEWSPAPER, d.kind());
        assertEquals("peoples-daily", d.source().id());
        assertEquals("Friendship Society Opens Reading Room in Harbin", d.title());
        assertEquals("1955-03-08", d.date().orElseThrow().iso());
        assertEquals("4", d.page());
        assertEquals("", d.author());
        assertEquals(List.of("Xinhua News Agency, Harbin, 7th: The Association opened a reading room today.",
                "More than two hundred workers attended the opening."),
                d.paragraphs().stream().map(Paragraph::text).toList());
        OriginalText o = d.original().orElseThrow();
        assertEquals("zh-Hans", o.language());
        assertEquals("中苏友好协会哈尔滨阅览室开幕", o.title());
        assertEquals("1955-03-08", o.dateline());
        assertEquals("第4版", o.page());
        assertEquals("专栏：", o.column());
        assertEquals(3, o.paragraphs().size());
        assertEquals("新华社哈尔滨7日电　中苏友好协会今天开设了俄文期刊阅览室。", o.paragraphs().get(1).text());
        assertEquals(23, o.paragraphs().get(1).line());
        assertTrue(d.textInSource());
        assertEquals(List.of(), r.problems());
        assertEquals(java.util.Set.of(11, 13), r.chromeLines());
        assertAllLinesAccounted(r);
    }

    @Test
    void read_nbspAfterPrefixesAndNoBlankLines_stillRead() {
        String text = "Title:\u00A0Talks\u00A0Conclude  \nDate:\u00A01957-11-23\nPage: 6\nFirst paragraph.\n<hr/>\nOriginal:\n"
                + "### 会谈结束\n1957-11-23\n第6版()\n专栏：\n    会谈结束。";
        SeedReading r = reader.read(seed(text));
        Document d = only(r);
        assertEquals("Talks\u00A0Conclude", d.title());
        assertEquals("peoples-daily-1957-11-23-p6", d.id().value());
        assertEquals(1, d.paragraphs().size());
        assertEquals(List.of("会谈结束。"), d.original().orElseThrow().paragraphs().stream().map(Paragraph::text).toList());
    }

    @Test
    void read_headerLinesMissing_fallsBackToOriginalWithWarnings() {
        String text = """
                English text only.

                <hr />
                Original:
                ### 会谈结束
                1957年11月23日
                第6版(国际)
                    会谈结束。
                """;
        SeedText s = seed(text);
        assertTrue(reader.recognises(s));
        SeedReading r = reader.read(s);
        Document d = only(r);
        assertEquals("会谈结束", d.title());
        assertEquals("1957-11-23", d.date().orElseThrow().iso());
        assertEquals("6", d.page());
        assertEquals("第6版(国际)", d.original().orElseThrow().page());
        assertEquals("peoples-daily-1957-11-23-p6", d.id().value());
        assertProblem(r.problems(), Severity.WARNING, 1, "original title is used");
        assertAllLinesAccounted(r);
    }

    @Test
    void read_dateThatDoesNotExist_isErrorOnItsLine() {
        SeedReading r = reader.read(seed("Title: T\nAuthor:\nDate: 1954-02-30\nPage: 1\n\nText.\n"));
        assertProblem(r.problems(), Severity.ERROR, 3, "date does not exist");
        assertFalse(only(r).date().isPresent());
        assertEquals("T (1954-02-30)", only(r).title());
    }

    @Test
    void read_repeatedHeaderLine_firstCountsRepeatKeptAsText() {
        SeedReading r = reader.read(seed("Title: T\nDate: 1954-02-03\nDate: 1954-02-04\nPage: 1\n\nText.\n"));
        Document d = only(r);
        assertEquals("1954-02-03", d.date().orElseThrow().iso());
        assertEquals("1", d.page());
        assertEquals(List.of("Date: 1954-02-04", "Text."), d.paragraphs().stream().map(Paragraph::text).toList());
        assertProblem(r.problems(), Severity.WARNING, 3, "repeated 'Date:' header line");
    }

    @Test
    void read_noOriginal_warnsAndKeepsEnglish() {
        SeedReading r = reader.read(seed("Title: T\nDate: 1954-02-03\nPage: 1\n\nText one.\nText two.\n"));
        Document d = only(r);
        assertEquals(2, d.paragraphs().size());
        assertTrue(d.original().isEmpty());
        assertProblem(r.problems(), Severity.WARNING, 6, "no original text");
    }

    @Test
    void read_headerDateAndOriginalDateDisagree_warns() {
        SeedReading r = reader.read(seed("Title: T\nDate: 1954-02-03\nPage: 1\n\nText.\n<hr />\nOriginal:\n"
                + "### 题\n1954-02-04\n第1版()\n    文。\n"));
        assertProblem(r.problems(), Severity.WARNING, 9, "date differs");
    }

    @Test
    void read_tenMegabyteParagraph_keptWhole() {
        String big = "word ".repeat(2 * 1024 * 1024).strip();
        SeedReading r = reader.read(seed("Title: T\nDate: 1954-02-03\nPage: 1\n\n" + big + "\n<hr />\nOriginal:\n### 题\n    文。"));
        assertEquals(big, only(r).paragraphs().get(0).text());
    }

    /** A later issue of the paper: 'Edition:' for the page, and a Named Entities list after the text. */
    private static String laterIssue() {
        try (var in = NewspaperReaderTest.class.getResourceAsStream("newspaper/1964-edition-named-entities.txt")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void read_editionHeader_isThePage() {
        SeedReading r = reader.read(seed(laterIssue()));
        Document d = only(r);
        assertEquals("1", d.page());
        assertEquals("peoples-daily-1964-06-01-p1", d.id().value());
        assertEquals("第1版", d.original().orElseThrow().page());
        assertEquals(List.of(), r.problems(), "'Edition: 1' and '第1版' agree");
    }

    @Test
    void read_namedEntities_becomeTheGlossary_notText() {
        SeedText s = seed(laterIssue());
        assertTrue(reader.recognises(s));
        SeedReading r = reader.read(s);
        Document d = only(r);
        assertEquals(List.of(
                        new GlossaryEntry("周恩来", "Zhou Enlai", new SourceLocation(Seeds.FILE, 12, 12)),
                        new GlossaryEntry("陈毅", "Chen Yi", new SourceLocation(Seeds.FILE, 13, 13)),
                        new GlossaryEntry("阿尔巴尼亚", "Albania", new SourceLocation(Seeds.FILE, 14, 14))),
                d.glossary());
        assertEquals(2, d.paragraphs().size());
        assertTrue(d.paragraphs().stream().noneMatch(p -> p.text().contains("Named") || p.text().contains("周恩来")));
        assertEquals(2, d.original().orElseThrow().paragraphs().size());
        assertTrue(r.chromeLines().contains(10), "the list's heading is a label");
        assertEquals(List.of("周恩来", "Zhou Enlai"), r.entries().get(0).lines().kept().get(12));
        assertAllLinesAccounted(r);
    }

    @Test
    void read_namedEntitiesAtTheEndOfTheOriginal_becomeTheGlossary() {
        SeedReading r = reader.read(seed("Title: T\nDate: 1964-02-03\nEdition: 2\n\nText.\n<hr />\nOriginal:\n"
                + "### 题\n1964-02-03\n第2版()\n    文。\n\n**Named entities:**\n\n毛泽东\t  Mao Zedong\n"));
        Document d = only(r);
        assertEquals(List.of("文。"), d.original().orElseThrow().paragraphs().stream().map(Paragraph::text).toList());
        assertEquals(List.of("毛泽东"), d.glossary().stream().map(GlossaryEntry::original).toList());
        assertEquals("Mao Zedong", d.glossary().get(0).rendering());
        assertAllLinesAccounted(r);
    }

    @Test
    void read_namedEntitiesLineWithoutRendering_warnsAndKeepsTheName() {
        SeedReading r = reader.read(seed("Title: T\nDate: 1964-02-03\nEdition: 2\n\nText.\n\n**Named Entities**\n"
                + "毛泽东\t  Mao Zedong\n朱德\n<hr />\nOriginal:\n### 题\n    文。\n"));
        Document d = only(r);
        assertEquals(List.of("毛泽东", "朱德"), d.glossary().stream().map(GlossaryEntry::original).toList());
        assertEquals("", d.glossary().get(1).rendering());
        assertProblem(r.problems(), Severity.WARNING, 9, "not a name, a tab and its rendering");
        assertEquals(List.of("Text."), d.paragraphs().stream().map(Paragraph::text).toList());
        assertAllLinesAccounted(r);
    }

    @Test
    void read_pageAndEditionBoth_firstCountsRepeatKeptAsText() {
        SeedReading r = reader.read(seed("Title: T\nDate: 1964-02-03\nPage: 2\nEdition: 3\n\nText.\n"));
        Document d = only(r);
        assertEquals("2", d.page());
        assertProblem(r.problems(), Severity.WARNING, 4, "repeated 'Edition:' header line");
        assertEquals(List.of("Edition: 3", "Text."), d.paragraphs().stream().map(Paragraph::text).toList());
    }

    @Test
    void read_withoutNamedEntities_hasNoGlossary() {
        assertEquals(List.of(), only(reader.read(seed(ARTICLE))).glossary());
    }

    @Test
    void recognises_otherFormats_no() {
        assertFalse(reader.recognises(seed("Skip to content\n\nNovember 12, 1963\n\nTitle\n\nSummary.")));
        assertFalse(reader.recognises(seed("Note. January 5, 1954\nArchive: X.\n70.\n\nText.")));
    }
}
