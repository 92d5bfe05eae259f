package org.docedition.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.docedition.pipeline.BuildOptions;
import org.docedition.pipeline.BuildReport;
import org.docedition.pipeline.EditionBuild;
import org.docedition.ingest.SeedIngester;
import org.docedition.link.Edition;
import org.docedition.link.EditionLinker;
import org.docedition.model.Document;
import org.docedition.model.Kind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 5.6: search on the site built from the real seeds, in headless Chromium, served over HTTP
 * on 127.0.0.1 under a sub-path. Prints the Pagefind figures and the bytes of the first query.
 */
class SeedsSearchBrowserIT extends ServedSiteBrowserIT {

    private Edition edition;

    @BeforeAll
    void buildAndServeTheSeeds(@TempDir Path temp) {
        SearchBrowser.requireChromium();
        site = temp.resolve("site");
        build(SearchFixture.projectDir(), site);
        browser = SearchBrowser.serve(site);
    }

    /**
     * Builds the seeds exactly as {@code ./edition build} does (same stages, same options), into
     * {@code out}, and prints the search stage's figures from the build's own progress output.
     */
    private void build(Path project, Path out) {
        ByteArrayOutputStream progress = new ByteArrayOutputStream();
        BuildReport report;
        try (PrintStream print = new PrintStream(progress, true, StandardCharsets.UTF_8)) {
            report = new EditionBuild(BuildOptions.defaults(project).withSite(out), print).build();
        }
        String log = progress.toString(StandardCharsets.UTF_8);
        assertTrue(report.written(), () -> report.problems() + "\n" + log);
        // only to look documents up by number and date; the site above is what the browser sees
        edition = new EditionLinker().link(new SeedIngester().ingest(project.resolve("seeds")).documents());
        long originals = edition.documents().stream().filter(d -> d.original().isPresent()).count();
        assertTrue(originals > 0 && htmlFiles(out.resolve("documents"), ".zh.html") == originals,
                "one page per Chinese original (documents/<id>.zh.html)");
        String searchLine = log.lines().filter(l -> l.startsWith("search ")).findFirst()
                .orElseThrow(() -> new AssertionError("the build printed no search stage:\n" + log));
        assertFalse(Files.exists(out.resolve("pagefind-zh")), "each document is indexed once, with its original");
        System.out.printf("Pagefind on the seeds (index time, size): %s; pagefind/ %d bytes%n",
                searchLine.substring("search".length()).strip(), treeBytes(out.resolve("pagefind")));
    }

    @Test
    void phraseFromDoc94_findsDoc94First() {
        browser.open("search.html");
        browser.search("withdrawal of Soviet military units from the jointly used naval base of Port Arthur");

        assertEquals(browser.url(collectionDocument("94").id().url()), browser.resultLinks().get(0));
    }

    @Test
    void doc94_showsTitleDateKindNumberAndHighlightedExcerpt() {
        browser.open("search.html");
        browser.search("Port Arthur");

        var first = browser.page.locator("#search-results li").first();
        assertEquals(collectionDocument("94").title(), first.locator("h2 a").textContent());
        assertEquals("October 12, 1954 · Collection document · Doc. 94",
                first.locator(".search-result-meta").textContent());
        assertTrue(first.locator(".search-result-excerpt mark").allTextContents().stream()
                .anyMatch(m -> m.equals("Port") || m.equals("Arthur")), "the hit is highlighted");
    }

    @Test
    void facets_showYearKindSourceLanguageWithCountsThatAddUp() {
        browser.open("search.html?q=cooperation");
        browser.waitForResults();
        int total = Integer.parseInt(browser.page.locator("#search-status").textContent().split(" ")[0]);

        List<String> legends = browser.page.locator("#search-facets legend").allTextContents();
        assertTrue(legends.containsAll(List.of("Year", "Kind of document", "Source", "Language")), legends.toString());
        for (String facet : List.of("year", "kind", "source")) {
            int sum = browser.page.locator("label:has(input[name=" + facet + "]) .search-count").allTextContents().stream()
                    .mapToInt(c -> Integer.parseInt(c.replaceAll("[()]", ""))).sum();
            assertEquals(total, sum, "every result has exactly one " + facet);
        }
    }

    @Test
    void dateOrder_sortsOldestAndNewestFirstWithoutLosingResults() {
        browser.open("search.html?q=cooperation");
        browser.waitForResults();
        String status = browser.page.locator("#search-status").textContent();
        int total = Integer.parseInt(status.split(" ")[0]);

        for (String order : List.of("oldest", "newest")) {
            browser.page.locator("#search-sort").selectOption(order);
            browser.page.waitForURL(u -> u.contains("sort=" + order));
            browser.waitForResults();
            while (browser.page.locator("#search-more").isVisible()) {
                int shown = browser.resultLinks().size();
                browser.page.locator("#search-more").click();
                browser.page.waitForFunction("n => document.querySelectorAll('#search-results li').length > n", shown);
            }
            List<String> dates = browser.resultDates();
            assertEquals(total, dates.size(), order);
            List<String> expected = dates.stream().sorted(java.util.Comparator.comparing(SearchPageBrowserIT::isoOf))
                    .collect(java.util.stream.Collectors.toCollection(java.util.ArrayList::new));
            if (order.equals("newest")) {
                java.util.Collections.reverse(expected);
            }
            assertEquals(expected, dates, order);
        }
    }

    @Test
    void backButton_restoresThePreviousQuery() {
        browser.open("search.html");
        browser.search("Port Arthur");
        List<String> first = browser.resultLinks();
        browser.search("文化合作");

        browser.page.goBack();
        browser.page.waitForFunction("q => document.getElementById('search-q').value === q", "Port Arthur");
        browser.waitForResults();

        assertEquals(first, browser.resultLinks());
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

    private static long treeBytes(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> {
                try {
                    return Files.size(f);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
