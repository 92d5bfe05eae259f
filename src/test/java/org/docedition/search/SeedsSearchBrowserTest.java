package org.docedition.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.docedition.ingest.IngestResult;
import org.docedition.ingest.SeedIngester;
import org.docedition.link.Edition;
import org.docedition.link.EditionLinker;
import org.docedition.model.Document;
import org.docedition.model.Kind;
import org.docedition.render.RenderReport;
import org.docedition.render.SiteRenderer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 5.6: search on the site built from the real seeds, in headless Chromium, served over HTTP
 * on 127.0.0.1 under a sub-path. Prints the Pagefind figures and the bytes of the first query.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeedsSearchBrowserTest {

    private Path site;
    private Edition edition;
    private SearchBrowser browser;

    @BeforeAll
    void buildAndServeTheSeeds(@TempDir Path temp) {
        SearchBrowser.requireChromium();
        site = temp.resolve("site");
        build(SearchFixture.projectDir(), site);
        browser = SearchBrowser.serve(site);
    }

    /**
     * The pipeline's stages, as the build runs them.
     * TODO(lead): once org.docedition.build.EditionBuild is in src/, build with it instead
     * ({@code new EditionBuild(BuildOptions.defaults(project).withSite(site), out).build()}), so this
     * test runs exactly what the README's build command runs.
     */
    private void build(Path project, Path out) {
        try {
            Files.createDirectories(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        IngestResult ingest = new SeedIngester().ingest(project.resolve("seeds"));
        edition = new EditionLinker().link(ingest.documents());
        RenderReport render = new SiteRenderer(project.resolve("templates"), project.resolve("content"))
                .render(edition, out);
        assertEquals(List.of(), render.problems().stream().filter(p -> p.isError()).toList());
        long originals = edition.documents().stream().filter(d -> d.original().isPresent()).count();
        if (htmlFiles(out.resolve("documents"), ".zh.html") < originals) {
            fail("The site has no page per Chinese original (documents/<id>.zh.html), so Chinese search cannot "
                    + "work: org.docedition.render.OriginalPageWriter is not wired into SiteRenderer yet.");
        }
        SearchReport search = new PagefindIndexer(project).index(out);
        System.out.printf("Pagefind on the seeds: %s; %d ms%n", search.summary(), search.elapsed().toMillis());
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void newPage() {
        browser.newPage(true);
    }

    @AfterEach
    void noRequestLeftTheSite() {
        browser.closePage();
        assertEquals(List.of(), browser.requestsOutside(site), "requests outside the site");
    }

    @Test
    void phraseFromDoc94_findsDoc94First() {
        browser.open("search.html");
        browser.search("withdrawal of Soviet military units from the jointly used naval base of Port Arthur");

        assertEquals(browser.url(collectionDocument("94").id().url()), browser.resultLinks().get(0));
    }

    @Test
    void yearFilter_narrowsResultsToThatYear() {
        browser.open("search.html");
        browser.search("cooperation");
        List<String> all = browser.resultDates();
        assertTrue(all.stream().anyMatch(d -> !d.endsWith("1957")), all.toString());

        browser.clickAndWait(browser.page.locator("input[name=year][value='1957']"));

        List<String> narrowed = browser.resultDates();
        assertFalse(narrowed.isEmpty());
        assertTrue(narrowed.size() < all.size());
        assertTrue(narrowed.stream().allMatch(d -> d.endsWith("1957")), narrowed.toString());
    }

    @Test
    void chineseQuery_findsTheChineseArticles() {
        browser.open("search.html");
        browser.search("文化合作");

        // 文化合作 is in the originals of the 1957 and 1958 People's Daily articles, not of the 1960 one
        assertEquals(List.of(browser.url(zhPage("1957-11-23")), browser.url(zhPage("1958-01-24"))),
                browser.resultLinks().stream().sorted().toList());

        browser.search("中苏文化合作会谈");
        assertEquals(browser.url(zhPage("1957-11-23")), browser.resultLinks().get(0));
    }

    @Test
    void queryInUrl_showsResultsOnLoad() {
        browser.open("search.html?q=Port+Arthur");
        browser.waitForResults();

        assertEquals("Port Arthur", browser.page.locator("#search-q").inputValue());
        assertTrue(browser.resultLinks().contains(browser.url(collectionDocument("94").id().url())));
    }

    @Test
    void firstQuery_bytesDownloaded() {
        long start = browser.server.bytesServed();
        browser.open("search.html");
        browser.page.waitForLoadState();
        long page = browser.server.bytesServed() - start;
        long beforeQuery = browser.server.bytesServed();
        browser.search("Port Arthur");
        long firstQuery = browser.server.bytesServed() - beforeQuery;
        long beforeChinese = browser.server.bytesServed();
        browser.search("文化合作");
        long chinese = browser.server.bytesServed() - beforeChinese;

        System.out.printf("Seeds: search page %d bytes (with site.css); first query %d bytes; "
                + "first Chinese query %d bytes more (uncompressed, as served)%n", page, firstQuery, chinese);
        assertTrue(firstQuery < 400_000, firstQuery + " bytes for the first query");
    }

    private Document collectionDocument(String number) {
        return edition.documents().stream()
                .filter(d -> d.kind() == Kind.COLLECTION && d.number().filter(number::equals).isPresent())
                .findFirst().orElseThrow();
    }

    /** The Chinese original page of the People's Daily article of {@code isoDate}. */
    private String zhPage(String isoDate) {
        Document article = edition.documents().stream()
                .filter(d -> d.kind() == Kind.NEWSPAPER && d.date().map(x -> x.iso().equals(isoDate)).orElse(false))
                .findFirst().orElseThrow();
        return "documents/" + article.id().value() + ".zh.html";
    }

    private static long htmlFiles(Path dir, String suffix) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(suffix)).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
