package org.docedition.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SitemapWriterTest {

    @TempDir
    Path site;

    @BeforeEach
    void pages() {
        PublishFixtures.write(site.resolve("index.html"), "<p>home");
        PublishFixtures.write(site.resolve("chronology/index.html"), "<p>chronology");
        PublishFixtures.write(site.resolve("documents/sscr-1952-1955-doc-89.html"), "<p>89");
        PublishFixtures.write(site.resolve("about us.html"), "<p>about");
        PublishFixtures.write(site.resolve("pagefind/pagefind-ui.html"), "not a page");
        PublishFixtures.write(site.resolve("data/documents.json"), "[]");
    }

    private static SiteInfo info(String url, Instant epoch) {
        return SiteInfo.of("Edition", Optional.ofNullable(url), Optional.ofNullable(epoch));
    }

    private Document xml(String file) throws IOException {
        return Jsoup.parse(Files.readString(site.resolve(file)), "", Parser.xmlParser());
    }

    @Test
    void write_withBaseUrl_listsEveryPageAbsolutely() throws IOException {
        assertTrue(new SitemapWriter(info("https://example.org/edition", null)).write(site));
        List<String> locs = xml("sitemap.xml").select("urlset > url > loc").eachText();
        assertEquals(List.of("https://example.org/edition/about%20us.html",
                "https://example.org/edition/chronology/",
                "https://example.org/edition/documents/sscr-1952-1955-doc-89.html",
                "https://example.org/edition/"), locs);
        assertTrue(xml("sitemap.xml").select("lastmod").isEmpty(), "no lastmod without SOURCE_DATE_EPOCH");
        assertTrue(Files.readString(site.resolve("robots.txt"))
                .contains("\nSitemap: https://example.org/edition/sitemap.xml\n"));
    }

    @Test
    void write_withoutBaseUrl_skipsSitemapButWritesRobots() throws IOException {
        assertFalse(new SitemapWriter(info(null, null)).write(site));
        assertFalse(Files.exists(site.resolve("sitemap.xml")));
        String robots = Files.readString(site.resolve("robots.txt"));
        assertTrue(robots.startsWith("User-agent: *\n"));
        assertFalse(robots.contains("Sitemap"));
    }

    @Test
    void write_withSourceDateEpoch_usesItsDateAsLastmod() throws IOException {
        new SitemapWriter(info("https://example.org/", Instant.parse("2026-03-04T05:06:07Z"))).write(site);
        assertEquals(List.of("2026-03-04"), xml("sitemap.xml").select("lastmod").eachText().stream().distinct().toList());
    }

    @Test
    void write_overTheLimit_writesASitemapIndex() throws IOException {
        new SitemapWriter(info("https://example.org/", null), 3).write(site);
        Document index = xml("sitemap.xml");
        assertEquals(List.of("https://example.org/sitemap-1.xml", "https://example.org/sitemap-2.xml"),
                index.select("sitemapindex > sitemap > loc").eachText());
        assertEquals(3, xml("sitemap-1.xml").select("url").size());
        assertEquals(1, xml("sitemap-2.xml").select("url").size());
    }

    @Test
    void siteInfo_relativeOrFileUrl_isRejectedWithAClearMessage() {
        for (String bad : List.of("example.org/edition", "file:///srv/site", "/edition/", "https://x.org/?q=1")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> SiteInfo.parseBaseUrl(bad), bad);
            assertTrue(e.getMessage().contains("site URL"), e.getMessage());
        }
        assertEquals("https://example.org/edition/", SiteInfo.parseBaseUrl(" https://example.org/edition ").toString());
    }
}
