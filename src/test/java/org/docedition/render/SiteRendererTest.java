package org.docedition.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.docedition.link.Edition;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.docedition.testing.TestTrees;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Renders the fixture edition with the project's templates and content, and reads the HTML back. */
class SiteRendererTest {

    static final Path TEMPLATES = Path.of("templates");
    static final Path CONTENT = Path.of("content");

    @TempDir
    static Path site;
    static RenderReport report;

    @BeforeAll
    static void render() {
        report = new SiteRenderer(TEMPLATES, CONTENT).render(FixtureEdition.edition(), site);
    }

    static Document page(String path) throws IOException {
        return Jsoup.parse(site.resolve(path).toFile(), "UTF-8", "");
    }

    static Document doc(String number) throws IOException {
        return page(FixtureEdition.id(number).url());
    }

    @Test
    void render_fixture_writesEveryPageWithoutProblems() {
        assertEquals(List.of(), report.problems());
        assertEquals(10, report.weights().get("document").pages());
        for (String p : List.of("index.html", "chronology.html", "sources.html", "about.html",
                "editorial-principles.html", "how-to-cite.html", "assets/site.css", "assets/document.js")) {
            assertTrue(Files.isRegularFile(site.resolve(p)), p);
        }
        assertTrue(report.heaviestDocumentPageBytes() < 60 * 1024, report.summary());
    }

    @Test
    void render_hostileText_isVisibleTextAndMakesNoElement() throws IOException {
        Document d = doc("71");
        // the only scripts: the notes-in-place script and the JSON-LD metadata, which has no "<" at all
        assertTrue(d.select("script").stream().allMatch(s -> s.attr("src").equals("../assets/document.js")
                || s.attr("type").equals("application/ld+json") && !s.html().contains("<")), "no other script");
        assertTrue(d.select("img").isEmpty());
        assertTrue(d.select("[onerror]").isEmpty());
        assertTrue(d.selectFirst("h1").text().endsWith(FixtureEdition.HOSTILE));
        assertTrue(d.selectFirst("title").text().contains(FixtureEdition.HOSTILE));
        String text = d.select(".text-translation p").get(0).text();
        assertTrue(text.endsWith(FixtureEdition.HOSTILE), text);
        assertTrue(d.select(".footnotes li").get(1).text().contains(FixtureEdition.HOSTILE));
        // the chronology lists the title too
        assertTrue(page("chronology.html").select("script, img").isEmpty());
        assertTrue(page("chronology.html").text().contains(FixtureEdition.HOSTILE));
    }

    @Test
    void render_resolvedReference_linksToCitedPage() throws IOException {
        Element link = doc("90").selectFirst(".footnotes a.docref");
        assertNotNull(link);
        assertEquals("See doc. 89", link.text());
        assertEquals("../documents/sscr-1952-1955-doc-89.html", link.attr("href"));
        // "See also docs. 90 and 68": the phrase and each number of the list
        Element p = doc("89").selectFirst(".text-translation p");
        assertEquals("See also docs. 90", p.selectFirst("a.docref").text());
        assertEquals("68 (not in this edition)", p.selectFirst(".docref-missing").text());
        assertEquals("The delegation presents machine tools. See also docs. 90 and 68 (not in this edition).",
                p.text());
    }

    @Test
    void render_unresolvedReference_isMarkedNotInThisEdition() throws IOException {
        Element missing = doc("71").selectFirst(".footnotes .docref-missing");
        assertNotNull(missing);
        assertEquals("See doc. 68 (not in this edition)", missing.text());
        assertEquals("Doc. 68 is not in this edition", missing.attr("title"));
        assertTrue(missing.select("a").isEmpty());
    }

    @Test
    void render_footnoteMarkers_linkToNotesAndBack() throws IOException {
        Document d = doc("71");
        List<String> markers = d.select(".text-translation sup.fnref a").eachAttr("href");
        // 4473*, M.A.*, G.F.**, 7 *, 0/847 * (a first note: no note 847)
        assertEquals(List.of("#fn-1", "#fn-1", "#fn-2", "#fn-7", "#fn-1"), markers);
        assertEquals("7 *", d.selectFirst("#fnref-7").text());
        assertEquals(List.of("fn-1", "fn-2", "fn-7", "fn-9"), d.select(".footnotes li").eachAttr("id"));
        assertEquals("#fnref-1", d.selectFirst("#fn-1 a.fn-back").attr("href"));
        assertNull(d.selectFirst("#fn-9 a.fn-back"), "a note without a marker has no way back");
        assertTrue(d.selectFirst("#fn-9").text().contains("A note whose marker is missing."));
        // the mark beside a number (73.*) is a marker too
        Document d73 = doc("73");
        assertEquals("#fn-1", d73.selectFirst(".doc-meta sup.fnref a").attr("href"));
        assertEquals("#fnref-1", d73.selectFirst("#fn-1 a.fn-back").attr("href"));
    }

    @Test
    void render_documentPage_linksPreviousAndNextInDateOrder() throws IOException {
        Document d = doc("70");
        assertEquals("../documents/sscr-1952-1955-doc-69.html", d.selectFirst("a[rel=prev]").attr("href"));
        assertEquals("../documents/sscr-1952-1955-doc-71.html", d.selectFirst("a[rel=next]").attr("href"));
        // the first dated document has no previous one
        assertNull(doc("60").selectFirst("a[rel=prev]"));
    }

    @Test
    void render_documentPage_showsMetadataAndCitedBy() throws IOException {
        Document d = doc("89");
        Element date = d.selectFirst(".doc-meta time");
        assertEquals("1954-10-05", date.attr("datetime"));
        assertEquals("October 5, 1954", date.text());
        assertTrue(d.selectFirst(".doc-meta").text().contains("Source file 003_ecd8dfa2c3ac5ef4.txt, lines 9–49"),
                d.selectFirst(".doc-meta").text());
        assertEquals(List.of("../documents/sscr-1952-1955-doc-90.html"), d.select(".cited-by a").eachAttr("href"));
        Document monthOnly = doc("69");
        assertEquals("1954-01", monthOnly.selectFirst(".doc-meta time").attr("datetime"));
        assertEquals("(month only)", monthOnly.selectFirst(".doc-meta .precision").text());
        assertEquals("(year only)", doc("60").selectFirst(".doc-meta .precision").text());
    }

    @Test
    void render_entryWithoutText_saysSo() throws IOException {
        Document d = page("documents/sscr-1952-1955-1954-04-28-speech-of-zhou-enlai.html");
        assertEquals("The text of this document is not printed in this source.", d.selectFirst(".notice").text());
        assertNull(d.selectFirst(".texts"));
    }

    @Test
    void render_bilingualDocument_marksLanguagesAndLoadsToggle() throws IOException {
        Document d = page("documents/peoples-daily-1957-11-23-p6.html");
        assertEquals("en", d.selectFirst("html").attr("lang"));
        assertEquals("en", d.selectFirst(".text-translation").attr("lang"));
        Element original = d.selectFirst(".text-original");
        assertEquals("zh-Hans", original.attr("lang"));
        assertEquals("中苏文化合作会谈结束", original.selectFirst("h3").text());
        assertTrue(original.text().contains("第6版()"));
        assertEquals("../assets/document.js", d.selectFirst("script").attr("src"));
        assertTrue(doc("70").select("script[src]").isEmpty(), "a single-text page without notes needs no script");
        if (Files.exists(TEMPLATES.resolve(OriginalPageWriter.TEMPLATE))) {
            assertEquals("../documents/peoples-daily-1957-11-23-p6.zh.html",
                    original.selectFirst(".original-link a").attr("href"));
            assertEquals(1, report.weights().get("original").pages());
        }
    }

    @Test
    void render_chronology_listsPartialDatesFirstInTheirPeriodAndUndatedLast() throws IOException {
        Document c = page("chronology.html");
        List<String> hrefs = c.select(".entries a").eachAttr("href");
        List<String> expected = List.of("documents/sscr-1952-1955-doc-60.html", "documents/sscr-1952-1955-doc-69.html",
                "documents/sscr-1952-1955-doc-70.html", "documents/sscr-1952-1955-doc-71.html",
                "documents/sscr-1952-1955-doc-73.html", "documents/sscr-1952-1955-1954-04-28-speech-of-zhou-enlai.html",
                "documents/sscr-1952-1955-doc-89.html", "documents/sscr-1952-1955-doc-90.html",
                "documents/peoples-daily-1957-11-23-p6.html", "documents/wilson-center-undated-record.html");
        assertEquals(expected, hrefs);
        assertEquals(List.of("1954 10 documents".replace("10", "8"), "1957 1 document", "Undated 1"),
                c.select("h2").eachText());
        Element jan = c.getElementById("y1954-01");
        assertEquals("January 1954 3 documents", jan.text());
        assertEquals("January 1954 — month only", jan.nextElementSibling().selectFirst(".entry-date").text());
        assertEquals("1954 — year only", c.getElementById("y1954").parent().selectFirst(".entry-date").text());
        // the timeline's bars link to the year anchors, and a text list says the same
        assertTrue(c.select("svg.chart-years a").eachAttr("href").containsAll(List.of("#y1954", "#y1957")));
        assertEquals("true", c.selectFirst("svg.chart-years").attr("aria-hidden"));
        assertEquals(List.of("#y1954", "#y1957", "#undated"), c.select(".timeline-list a").eachAttr("href"));
    }

    @Test
    void render_largerThanTheSetting_hasAChronologyPagePerYearIndexedByTheChronology(@TempDir Path tmp)
            throws IOException {
        Path out = tmp.resolve("site");
        RenderReport r = renderWithSetting(tmp, "chronology.year.pages.above=9", out);
        assertEquals(List.of(), r.problems());

        Document index = Jsoup.parse(out.resolve("chronology.html").toFile(), "UTF-8", "");
        assertEquals(List.of("chronology/1954.html", "chronology/1957.html", "chronology/undated.html"),
                index.select(".timeline-list a").eachAttr("href"));
        assertTrue(index.select(".entries").isEmpty(), "the index lists years, not entries");
        assertTrue(index.select("svg.chart-years a").eachAttr("href").contains("chronology/1954.html"));
        Document home = Jsoup.parse(out.resolve("index.html").toFile(), "UTF-8", "");
        assertTrue(home.select("a").eachAttr("href").containsAll(List.of("chronology/1954.html",
                "chronology/undated.html")));

        // the year pages, in order, list every entry exactly as the single page does
        Document whole = page("chronology.html");
        List<String> entries = new ArrayList<>();
        for (String year : List.of("1954", "1957", "undated")) {
            Document y = Jsoup.parse(out.resolve("chronology/" + year + ".html").toFile(), "UTF-8", "");
            assertEquals(1, y.select("h1").size());
            y.select(".entries a").eachAttr("href").forEach(h -> entries.add(h.substring("../".length())));
        }
        assertEquals(whole.select(".entries a").eachAttr("href"), entries);
        Document y1954 = Jsoup.parse(out.resolve("chronology/1954.html").toFile(), "UTF-8", "");
        assertEquals("January 1954 3 documents", y1954.getElementById("y1954-01").text());
        assertEquals(List.of("All years", "1957 →"), y1954.selectFirst("nav.pager").select("a").eachText());
        Document undated = Jsoup.parse(out.resolve("chronology/undated.html").toFile(), "UTF-8", "");
        assertEquals(List.of("← 1957", "All years"), undated.selectFirst("nav.pager").select("a").eachText());
        assertEveryLinkResolves(out);
    }

    @Test
    void render_longApparatusLists_takeSeveralPagesWithEveryEntryOnce(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("site");
        RenderReport r = renderWithSetting(tmp, "apparatus.list.page.size=3", out);
        assertEquals(List.of(), r.problems());

        // the collection's 8 numbered entries (and gaps) in pages of 3, in the order of the single page
        String first = "sources/sscr-1952-1955.html";
        Document whole = page(first);
        List<String> entries = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        int pages = 0;
        for (String url = first; !url.isEmpty(); pages++) {
            Document d = Jsoup.parse(out.resolve(url).toFile(), "UTF-8", "");
            d.select(".source-list li, ul.entries li").forEach(li -> entries.add(li.text()));
            titles.add(d.title());
            Element next = d.selectFirst("nav.pager a[rel=next]");
            url = next == null ? "" : next.attr("href").substring("../".length());
        }
        assertEquals(whole.select(".source-list li, ul.entries li").eachText(), entries);
        assertEquals((whole.select(".source-list li").size() + 2) / 3, pages);
        assertTrue(titles.get(1).contains("(page 2 of " + pages + ")"), titles.toString());
        assertEquals(titles.size(), new HashSet<>(titles).size(), "every page has a title of its own");
        Document second = Jsoup.parse(out.resolve("sources/sscr-1952-1955.page-2.html").toFile(), "UTF-8", "");
        assertEquals("2", second.selectFirst("nav.pager [aria-current=page]").text());
        assertNull(whole.selectFirst("nav.pager"), "a list that fits one page has no pager");

        assertEveryLinkResolves(out);
    }

    @Test
    void render_badYearPagesSetting_isAWarningAndTheDefaultApplies(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("site");
        RenderReport r = renderWithSetting(tmp, "chronology.year.pages.above=many", out);
        assertEquals(1, r.problems().size(), r.problems().toString());
        assertTrue(r.problems().get(0).message().contains("chronology.year.pages.above"), r.problems().toString());
        assertFalse(Files.exists(out.resolve("chronology")), "10 documents stay on one page by default");
    }

    @Test
    void render_homeAndSources_countDocuments() throws IOException {
        Document home = page("index.html");
        assertEquals(1, home.select("h1").size());
        assertTrue(home.text().contains("This edition holds 10 documents and entries"), home.text());
        assertEquals(List.of("Newspaper article 1", "Collection document 8", "Catalogue record 1"),
                home.select("table").get(0).select("tbody tr").eachText());
        Document sources = page("sources.html");
        assertEquals(List.of("source-sscr-1952-1955", "source-peoples-daily", "source-wilson-center"),
                sources.select("section.source h2").eachAttr("id"));
    }

    @Test
    void render_everyPage_hasOneH1UniqueIdsLandmarksAndRelativeLinksThatResolve() throws IOException {
        List<Path> pages = htmlFiles(site);
        assertEquals(report.pagesWritten(), pages.size());
        assertTrue(pages.size() >= 16, "10 documents, home, chronology, sources, 3 content pages");
        for (Path p : pages) {
            Document d = Jsoup.parse(p.toFile(), "UTF-8", "");
            String name = site.relativize(p).toString();
            assertEquals(1, d.select("h1").size(), name);
            assertEquals("en", d.selectFirst("html").attr("lang"), name);
            assertEquals("#main", d.selectFirst("a.skip-link").attr("href"), name);
            assertNotNull(d.selectFirst("header nav[aria-label=Main]"), name);
            assertNotNull(d.selectFirst("main#main"), name);
            assertNotNull(d.selectFirst("footer"), name);
            Set<String> ids = new HashSet<>();
            d.select("[id]").forEach(e -> assertTrue(ids.add(e.id()), name + ": duplicate id " + e.id()));
            for (Element a : d.select("a")) {
                assertFalse(a.text().isBlank() && a.attr("aria-label").isBlank() && a.select("title").isEmpty(),
                        name + ": empty link " + a);
            }
            // the Dublin Core namespace is a name, not a link; a reference work outside says rel=external
            for (Element e : d.select("[href]:not(link[rel=schema.DC]):not(a[rel~=external]), [src]")) {
                String url = e.hasAttr("href") ? e.attr("href") : e.attr("src");
                assertFalse(url.startsWith("/") || url.contains("://") || url.startsWith("//"), name + ": " + url);
                assertResolves(p, url, name);
            }
        }
    }

    @Test
    void render_twice_isByteIdentical(@TempDir Path again) throws IOException {
        new SiteRenderer(TEMPLATES, CONTENT).render(FixtureEdition.edition(), again);
        List<Path> first = allFiles(site);
        List<Path> second = allFiles(again);
        assertEquals(first.stream().map(site::relativize).toList(), second.stream().map(again::relativize).toList());
        for (int i = 0; i < first.size(); i++) {
            assertArrayEquals(Files.readAllBytes(first.get(i)), Files.readAllBytes(second.get(i)), first.get(i).toString());
        }
    }

    @Test
    void render_howToCite_givesTheSiteAddressWhenKnown_andNoInventedOneOtherwise(@TempDir Path tmp) throws IOException {
        Document unknown = page("how-to-cite.html");
        assertFalse(unknown.text().contains("example.org"), unknown.text());
        assertFalse(unknown.text().contains("{{"), unknown.text());
        assertEquals("address-of-the-edition", unknown.selectFirst("blockquote var").text());
        Path out = Files.createDirectories(tmp.resolve("site"));
        new SiteRenderer(TEMPLATES, CONTENT, java.util.Optional.of(java.net.URI.create("https://books.example.net/ed/")))
                .render(FixtureEdition.edition(), out);
        Document known = Jsoup.parse(out.resolve("how-to-cite.html").toFile(), "UTF-8");
        assertTrue(known.selectFirst("blockquote").text()
                .contains("https://books.example.net/ed/documents/sscr-1952-1955-doc-72.html"), known.text());
    }

    @Test
    void render_contentPage_usesLayoutAndJBakeHeader() throws IOException {
        Document about = page("about.html");
        assertEquals("About this edition", about.selectFirst("h1").text());
        assertEquals("page", about.selectFirst("nav[aria-label=Main] a[href=about.html]").attr("aria-current"));
        assertTrue(about.selectFirst("title").text().startsWith("About this edition · "));
        assertFalse(about.select("main h2").isEmpty());
        assertEquals(List.of("about.html", "editorial-principles.html", "how-to-cite.html", "data.html"),
                about.select("footer a").eachAttr("href"));
    }

    @Test
    void render_withoutSearchTemplate_hasNoSearchPageNorLink(@TempDir Path tmp) throws IOException {
        Path templates = TestTrees.copy(TEMPLATES, tmp.resolve("templates"));
        Files.deleteIfExists(templates.resolve("search.ftl"));
        Path out = Files.createDirectories(tmp.resolve("site"));
        RenderReport r = new SiteRenderer(templates, CONTENT).render(FixtureEdition.edition(), out);
        assertEquals(List.of(), r.problems());
        assertFalse(Files.exists(out.resolve("search.html")));
        for (Path p : htmlFiles(out)) {
            assertFalse(read(p).contains("search.html"), p.toString());
        }
    }

    @Test
    void render_searchTemplate_getsTheSharedLayout(@TempDir Path tmp) throws IOException {
        Path templates = TestTrees.copy(TEMPLATES, tmp.resolve("templates"));
        Files.writeString(templates.resolve("search.ftl"), """
                <#ftl output_format="HTML">
                <#import "layout.ftl" as layout>
                <@layout.page title="Search" current="search" scripts=["assets/search.js"]>
                <h1>Search</h1><p id="root">[${root}]</p>
                </@layout.page>
                """);
        Path out = Files.createDirectories(tmp.resolve("site"));
        RenderReport r = new SiteRenderer(templates, CONTENT).render(FixtureEdition.edition(), out);
        assertEquals(1, r.weights().get("search").pages());
        Document search = Jsoup.parse(out.resolve("search.html").toFile(), "UTF-8", "");
        assertEquals("[]", search.getElementById("root").text());
        assertEquals("page", search.selectFirst("nav[aria-label=Main] a[href=search.html]").attr("aria-current"));
        assertEquals("assets/search.js", search.selectFirst("script").attr("src"));
        assertEquals("Search · " + search.selectFirst(".site-title").text(), search.title());
        assertNotNull(Jsoup.parse(out.resolve("documents/sscr-1952-1955-doc-70.html").toFile(), "UTF-8", "")
                .selectFirst("nav a[href=../search.html]"));
    }

    @Test
    void render_templateError_isReportedWithFileAndLineNotThrown(@TempDir Path tmp) throws IOException {
        Path templates = TestTrees.copy(TEMPLATES, tmp.resolve("templates"));
        Files.writeString(templates.resolve("sources.ftl"), "<#ftl output_format=\"HTML\">\n<p>\n${noSuchVariable}\n");
        Path out = Files.createDirectories(tmp.resolve("site"));
        RenderReport r = new SiteRenderer(templates, CONTENT).render(FixtureEdition.edition(), out);
        assertTrue(r.failed());
        assertEquals(1, r.problems().size(), r.problems().toString());
        assertEquals("templates/sources.ftl", r.problems().get(0).file());
        assertEquals(3, r.problems().get(0).line());
        assertFalse(Files.exists(out.resolve("sources.html")));
        assertEquals(10, r.weights().get("document").pages(), "the other pages are still written");
    }

    @Test
    void templates_everyHtmlTemplate_declaresHtmlAutoEscaping() throws IOException {
        try (Stream<Path> s = Files.list(TEMPLATES)) {
            for (Path t : s.filter(p -> p.toString().endsWith(".ftl")).toList()) {
                assertTrue(read(t).startsWith("<#ftl output_format=\"HTML\""), t.toString());
            }
        }
    }

    /** Renders the fixture into {@code out} with the project's jbake.properties plus {@code setting}. */
    private static RenderReport renderWithSetting(Path tmp, String setting, Path out) throws IOException {
        Path content = TestTrees.copy(CONTENT, tmp.resolve("content"));
        Files.writeString(tmp.resolve("jbake.properties"), Files.readString(Path.of("jbake.properties"))
                + "\n" + setting + "\n");
        Files.createDirectories(out);
        return new SiteRenderer(TEMPLATES, content).render(FixtureEdition.edition(), out);
    }

    private static void assertEveryLinkResolves(Path site) throws IOException {
        for (Path p : htmlFiles(site)) {
            Document d = Jsoup.parse(p.toFile(), "UTF-8", "");
            for (Element e : d.select("a[href]:not([rel~=external])")) {
                assertResolves(p, e.attr("href"), site.relativize(p).toString());
            }
        }
    }

    static void assertResolves(Path page, String url, String name) throws IOException {
        String path = url.contains("#") ? url.substring(0, url.indexOf('#')) : url;
        if (WRITTEN_AFTER_RENDER.matcher(path).find()) {
            return; // the export stage writes these; EditionBuildEndToEndTest follows those links
        }
        String fragment = url.contains("#") ? url.substring(url.indexOf('#') + 1) : "";
        Path target = path.isEmpty() ? page : page.getParent().resolve(path).normalize();
        assertTrue(Files.isRegularFile(target), name + ": broken link " + url);
        if (!fragment.isEmpty()) {
            Document t = Jsoup.parse(target.toFile(), "UTF-8", "");
            assertNotNull(t.getElementById(fragment), name + ": no #" + fragment + " in " + url);
        }
    }

    /** Files the build's export stage writes after rendering: the data page and the feed link name them. */
    private static final java.util.regex.Pattern WRITTEN_AFTER_RENDER = java.util.regex.Pattern.compile(
            "(^|/)(feed\\.xml|sitemap\\.xml|manifest-sha256\\.txt|data/documents(\\.csv|\\.json|/.*)|data/datapackage\\.json"
            + "|data/tei/.*\\.xml|data/edition\\.tei\\.xml|data/oai-pmh\\.xml)$");

    static List<Path> htmlFiles(Path dir) throws IOException {
        return allFiles(dir).stream().filter(p -> p.toString().endsWith(".html")).toList();
    }

    static List<Path> allFiles(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return new ArrayList<>(s.filter(Files::isRegularFile).sorted().toList());
        }
    }

    static String read(Path p) throws IOException {
        return Files.readString(p, StandardCharsets.UTF_8);
    }

    static Edition edition() {
        return FixtureEdition.edition();
    }
}
