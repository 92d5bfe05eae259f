package org.docedition.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.docedition.model.Document;
import org.docedition.model.DocumentId;
import org.docedition.model.HistoricalDate;
import org.docedition.model.Kind;
import org.docedition.model.OriginalText;
import org.docedition.model.Paragraph;
import org.docedition.model.SourceLocation;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OriginalPageWriterTest {

    private static final Map<String, Object> SITE = Map.of("title", "Test edition", "description", "",
            "hasSearch", true, "menu", List.of(), "pages", List.of());
    private static final String PAGE = "documents/peoples-daily-1957-11-23-p6.zh.html";

    @TempDir
    Path out;

    private OriginalPageWriter writer;

    @BeforeEach
    void setUp() throws IOException {
        Files.createDirectories(out.resolve("documents"));
        writer = new OriginalPageWriter(new TemplateEngine(SiteRendererTest.TEMPLATES), SITE, org.docedition.files.SiteTree.clean(out));
    }

    @Test
    void write_articleWithChineseOriginal_writesASearchableChinesePage() throws IOException {
        Document article = article("中苏文化合作会谈结束", Optional.of(HistoricalDate.ofDay(1957, 11, 23)));

        long bytes = writer.write(article);

        assertEquals(Optional.of(PAGE), OriginalPageWriter.path(article));
        assertEquals(Files.size(out.resolve(PAGE)), bytes);
        org.jsoup.nodes.Document html = page();
        Element body = html.selectFirst("[data-pagefind-body]");
        assertNotNull(body);
        assertEquals("zh-Hans", body.attr("lang"));
        assertEquals("language:Chinese", body.attr("data-pagefind-filter"));
        assertEquals("中苏文化合作会谈结束", html.selectFirst("h1").text());
        assertTrue(body.text().contains("新华社莫斯科22日电"));
        Element translation = html.selectFirst("a[data-pagefind-meta=translation]");
        assertEquals("../documents/peoples-daily-1957-11-23-p6.html", translation.attr("href"));
        assertEquals("Sino-Soviet Cultural Cooperation Talks Conclude", translation.text());
        assertEquals("year:1957", html.selectFirst("time").attr("data-pagefind-filter"));
        assertEquals("date:1957-11-23", html.selectFirst("time").attr("data-pagefind-meta"));
        assertEquals(List.of("oldest:19571123", "newest:19571123"),
                html.select("[data-pagefind-sort]").eachAttr("data-pagefind-sort"));
        assertEquals("Newspaper article", html.selectFirst("[data-pagefind-filter=kind]").text());
        // English labels and the printed dateline stay out of the Chinese index
        assertTrue(html.selectFirst(".doc-meta").hasAttr("data-pagefind-ignore"));
        assertTrue(html.selectFirst(".doc-kicker").hasAttr("data-pagefind-ignore"));
        assertTrue(html.selectFirst(".original-meta").hasAttr("data-pagefind-ignore"));
    }

    @Test
    void write_undatedOriginal_sortsLastInBothOrders() throws IOException {
        writer.write(article("无日期", Optional.empty()));

        org.jsoup.nodes.Document html = page();
        assertEquals(List.of("oldest:99999999", "newest:0"),
                html.select("[data-pagefind-sort]").eachAttr("data-pagefind-sort"));
        assertTrue(html.select("[data-pagefind-filter^=year]").isEmpty());
    }

    @Test
    void write_hostileOriginal_isEscapedText() throws IOException {
        writer.write(article(FixtureEdition.HOSTILE, Optional.of(HistoricalDate.ofDay(1957, 11, 23))));

        org.jsoup.nodes.Document html = page();
        assertTrue(html.select("article script, article img, [onerror]").isEmpty());
        assertEquals(FixtureEdition.HOSTILE, html.selectFirst("h1").text());
    }

    @Test
    void write_documentWithoutOriginal_writesNothing() throws IOException {
        Document plain = FixtureEdition.edition().documents().stream()
                .filter(d -> d.original().isEmpty()).findFirst().orElseThrow();

        assertEquals(0, writer.write(plain));
        assertEquals(Optional.empty(), OriginalPageWriter.path(plain));
        try (var files = Files.list(out.resolve("documents"))) {
            assertFalse(files.findAny().isPresent());
        }
    }

    private org.jsoup.nodes.Document page() throws IOException {
        return Jsoup.parse(out.resolve(PAGE).toFile(), "UTF-8");
    }

    private static Document article(String originalTitle, Optional<HistoricalDate> date) {
        return new Document(new DocumentId("peoples-daily-1957-11-23-p6"), Kind.NEWSPAPER, FixtureEdition.NEWSPAPER,
                "Sino-Soviet Cultural Cooperation Talks Conclude", date, Optional.empty(), "", "", "6",
                Optional.empty(), Optional.empty(),
                List.of(new Paragraph("Xinhua News Agency, Moscow, November 22nd: the talks concluded.", 6)),
                Optional.of(new OriginalText("zh-Hans", originalTitle, "1957-11-23", "第6版()", "专栏：",
                        List.of(new Paragraph("新华社莫斯科22日电　会谈已经在21日结束。", 30)))),
                List.of(), true, new SourceLocation("seeds/000_f0d71749d88ca2ac.txt", 1, 41));
    }
}
