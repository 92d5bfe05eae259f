package org.docedition.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.InputSource;

class FeedWriterTest {

    @TempDir
    Path site;

    private Document feed(SiteInfo info) throws IOException {
        new FeedWriter(info).write(PublishFixtures.edition(), site);
        return Jsoup.parse(Files.readString(site.resolve("feed.xml")), "", Parser.xmlParser());
    }

    @Test
    void summaryText_isTheFirstWordsWithWhitespaceRunsAsOneSpace_asTheRegexRuleHad() {
        java.util.Random random = new java.util.Random(7);
        String pieces = "ab \t\n\u000B\f\r\u00A0\u2003\u4E2D\uD83D\uDE00.";
        for (int n = 0; n < 2000; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(n % 10 == 0 ? 2000 : 400);
            for (int k = 0; k < length; k++) {
                text.append(pieces.charAt(random.nextInt(pieces.length())));
            }
            String t = text.toString();
            assertEquals(shortenedByRegex(t), FeedWriter.shorten(t), "for " + t);
        }
        assertEquals("", FeedWriter.shorten(" \n "));
    }

    /** The rule as first written: collapse all whitespace with a regex, then cut. */
    private static String shortenedByRegex(String text) {
        String t = text.strip().replaceAll("\\s+", " ");
        if (t.length() <= 300) {
            return t;
        }
        int cut = t.lastIndexOf(' ', 300);
        int end = cut > 150 ? cut : 300;
        if (Character.isHighSurrogate(t.charAt(end - 1))) {
            end--;
        }
        return t.substring(0, end) + "\u2026";
    }

    @Test
    void write_withoutEpoch_updatedIsTheNewestDocumentDate() throws IOException {
        Document atom = feed(SiteInfo.of("Edition", Optional.empty(), Optional.empty()));
        assertEquals("1954-02-01T00:00:00Z", atom.selectFirst("feed > updated").text());
    }

    @Test
    void write_withEpoch_updatedIsTheEpoch() throws IOException {
        Document atom = feed(SiteInfo.of("Edition", Optional.empty(), Optional.of(Instant.ofEpochSecond(1767225600))));
        assertEquals("2026-01-01T00:00:00Z", atom.selectFirst("feed > updated").text());
    }

    @Test
    void write_entries_newestFirstWithDocumentDatesAndRelativeLinks() throws IOException {
        Document atom = feed(SiteInfo.of("Edition", Optional.empty(), Optional.empty()));
        assertEquals(List.of("Letter on the talks", PublishFixtures.AWKWARD_TITLE, "Friendship of the peoples",
                "Speech printed elsewhere"), atom.select("entry > title").eachText().stream()
                .map(t -> t.replace(" Molotov", "\nMolotov")).toList());
        assertEquals(List.of("1954-02-01T00:00:00Z", "1954-01-05T00:00:00Z", "1954-01-01T00:00:00Z",
                "1954-02-01T00:00:00Z"), atom.select("entry > updated").eachText());
        assertEquals("documents/sscr-1952-1955-doc-90.html",
                atom.selectFirst("entry > link[rel=alternate]").attr("href"));
        assertTrue(atom.selectFirst("entry > id").text().startsWith("urn:uuid:"));
    }

    @Test
    void write_withBaseUrl_linksAreAbsoluteAndIdsDoNotDependOnIt() throws IOException {
        Document relative = feed(SiteInfo.of("Edition", Optional.empty(), Optional.empty()));
        String entryId = relative.selectFirst("entry > id").text();
        Document atom = feed(SiteInfo.of("Edition", Optional.of("https://example.org/e/"), Optional.empty()));
        assertEquals("https://example.org/e/documents/sscr-1952-1955-doc-90.html",
                atom.selectFirst("entry > link").attr("href"));
        assertEquals("https://example.org/e/feed.xml", atom.selectFirst("feed > link[rel=self]").attr("href"));
        assertEquals(entryId, atom.selectFirst("entry > id").text());
    }

    @Test
    void write_hostileAndControlCharacters_stayWellFormedXml() throws Exception {
        String xml = new FeedWriter(SiteInfo.of("A <b> & \u0001 edition", Optional.empty(), Optional.empty()))
                .feed(PublishFixtures.edition());
        // a strict XML parser, not a lenient HTML one, must accept it
        var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
        assertEquals("A <b> &  edition", doc.getElementsByTagName("title").item(0).getTextContent());
        assertFalse(xml.contains("\u0001"));
    }

    @Test
    void write_twice_givesIdenticalBytes() throws IOException {
        SiteInfo info = SiteInfo.of("Edition", Optional.empty(), Optional.empty());
        new FeedWriter(info).write(PublishFixtures.edition(), site);
        String first = Files.readString(site.resolve("feed.xml"));
        new FeedWriter(info).write(PublishFixtures.edition(), site);
        assertEquals(first, Files.readString(site.resolve("feed.xml")));
    }
}
