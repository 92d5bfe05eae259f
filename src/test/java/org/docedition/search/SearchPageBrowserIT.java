package org.docedition.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The search page's behaviour in headless Chromium, on the hand-written fixture site (a few pages
 * with the search attributes the templates write, an undated one, three Chinese originals) indexed
 * by the real Pagefind and served under a sub-path. The real seeds: {@link SeedsSearchBrowserIT}.
 */
class SearchPageBrowserIT extends ServedSiteBrowserIT {

    private static final String DOC_94 = "documents/sscr-1952-1955-doc-94.html";
    private static final String CULTURAL_TALKS_ZH = "documents/peoples-daily-1957-11-23-p6.zh.html";
    private static final String SOCIALIST_CULTURE_ZH = "documents/peoples-daily-1958-01-24-p6.zh.html";
    private static final String UNDATED_NOTE = "documents/editorial-note-port-arthur.html";


    @BeforeAll
    void serveFixtureSite(@TempDir Path temp) {
        SearchBrowser.requireChromium();
        site = SearchFixture.copySite(temp.resolve("site"));
        new PagefindIndexer(SearchFixture.projectDir()).index(site);
        browser = SearchBrowser.serve(site);
    }

    @Test
    void phrase_findsItsDocumentFirstWithDateKindNumberAndHighlight() {
        browser.open("search.html");
        browser.search("withdrawal of Soviet military units from the naval base of Port Arthur");

        assertEquals(browser.url(DOC_94), browser.resultLinks().get(0));
        Locator first = browser.page.locator("#search-results li").first();
        String meta = first.locator(".search-result-meta").textContent();
        assertEquals("October 12, 1954 · Collection document · Doc. 94", meta);
        assertTrue(first.locator(".search-result-excerpt mark").count() > 0, "hits are highlighted");
    }

    @Test
    void yearFacet_narrowsResultsToThatYearAndShowsCounts() {
        browser.open("search.html");
        browser.search("cooperation");
        List<String> all = browser.resultLinks();
        assertTrue(browser.resultDates().stream().anyMatch(d -> !d.endsWith("1954")));
        String label = browser.page.locator("label:has(input[name=year][value='1954'])").textContent().strip();

        browser.clickAndWait(browser.page.locator("input[name=year][value='1954']"));

        List<String> dates = browser.resultDates();
        assertEquals("1954 (" + dates.size() + ")", label, "the count said how many results the year has");
        assertTrue(dates.size() < all.size());
        assertTrue(dates.stream().allMatch(d -> d.endsWith("1954")), dates.toString());
        assertTrue(browser.page.url().contains("year=1954"), browser.page.url());
    }

    @Test
    void filtersTheIndexHas_appearAsFacetsAndRestoreFromTheUrl() {
        // "person" is one of the facets the page knows; "place" is not: any data-pagefind-filter shows up
        browser.open("search.html?q=Port+Arthur&place=Port+Arthur&utm_source=mail");
        browser.waitForResults();

        assertEquals(List.of(browser.url(DOC_94)), browser.resultLinks(), "utm_source is no filter; place is");
        assertTrue(browser.page.locator("input[name=place][value='Port Arthur']").isChecked());
        List<String> legends = browser.page.locator("#search-facets legend").allTextContents();
        assertTrue(legends.containsAll(List.of("Person", "Place")), legends.toString());
        assertEquals("Zhou Enlai (1)",
                browser.page.locator("label:has(input[name=person][value='Zhou Enlai'])").textContent().strip());
        assertEquals(0, browser.page.locator("input[name=utm_source]").count());
    }

    @Test
    void onlyParametersThatAreNoFilter_showNoResults() {
        // the script runs before the load event that open() waits for, so the status already says
        // "Searching…" (or is empty again) when the wait starts
        browser.open("search.html?utm_source=mail");
        browser.page.waitForFunction("() => document.getElementById('search-status').textContent === ''");

        assertEquals(List.of(), browser.resultLinks());
        assertFalse(browser.page.locator("#search-facets").isVisible());
    }

    @Test
    void twoYears_showResultsOfEither() {
        browser.open("search.html?q=cooperation&year=1954&year=1960");
        browser.waitForResults();

        List<String> dates = browser.resultDates();
        assertTrue(dates.stream().anyMatch(d -> d.endsWith("1954")) && dates.stream().anyMatch(d -> d.endsWith("1960")));
        assertTrue(dates.stream().allMatch(d -> d.endsWith("1954") || d.endsWith("1960")), dates.toString());
    }

    @Test
    void chineseQuery_findsExactlyTheOriginalsThatContainIt() {
        browser.open("search.html");
        browser.search("文化合作");

        // in the 1957 and 1958 articles, not in the 1960 one (科技合作)
        assertEquals(List.of(browser.url(CULTURAL_TALKS_ZH), browser.url(SOCIALIST_CULTURE_ZH)),
                browser.resultLinks().stream().sorted().toList());
        Locator first = browser.page.locator("#search-results li").first();
        assertTrue(first.locator(".search-result-meta").textContent().contains("Chinese original of “"));
        assertEquals("zh-Hans", first.locator("a").getAttribute("lang"));
        assertEquals("zh-Hans", first.locator(".search-result-excerpt").getAttribute("lang"));
    }

    @Test
    void chineseWordsOfOneArticle_rankThatArticleFirst() {
        browser.open("search.html");
        browser.search("中苏文化合作会谈");

        assertEquals(browser.url(CULTURAL_TALKS_ZH), browser.resultLinks().get(0));
    }

    @Test
    void queryInUrl_restoresQueryFiltersAndResultsOnLoad() {
        browser.open("search.html?q=Port+Arthur&year=1954&sort=newest");
        browser.waitForResults();

        assertEquals("Port Arthur", browser.page.locator("#search-q").inputValue());
        assertEquals("newest", browser.page.locator("#search-sort").inputValue());
        assertTrue(browser.page.locator("input[name=year][value='1954']").isChecked());
        assertTrue(browser.resultLinks().contains(browser.url(DOC_94)));
        assertTrue(browser.resultDates().stream().allMatch(d -> d.endsWith("1954")));
    }

    @Test
    void backButton_restoresThePreviousSearch() {
        browser.open("search.html");
        browser.search("Port Arthur");
        List<String> first = browser.resultLinks();
        browser.search("文化合作");
        assertFalse(browser.resultLinks().equals(first));

        browser.page.goBack();
        browser.page.waitForFunction("q => document.getElementById('search-q').value === q", "Port Arthur");
        browser.waitForResults();

        assertEquals(first, browser.resultLinks());
        assertTrue(browser.page.url().contains("q=Port+Arthur"), browser.page.url());
    }

    @Test
    void dateOrder_keepsUndatedDocumentsLastInsteadOfDroppingThem() {
        browser.open("search.html?q=Port+Arthur");
        browser.waitForResults();
        List<String> byRelevance = browser.resultLinks();
        assertTrue(byRelevance.contains(browser.url(UNDATED_NOTE)));

        for (String order : List.of("oldest", "newest")) {
            browser.open("search.html?q=Port+Arthur&sort=" + order);
            browser.waitForResults();
            List<String> sorted = browser.resultLinks();
            assertEquals(byRelevance.stream().sorted().toList(), sorted.stream().sorted().toList(), order);
            assertEquals(browser.url(UNDATED_NOTE), sorted.get(sorted.size() - 1), order);
            List<String> dates = browser.resultDates().subList(0, sorted.size() - 1);
            List<String> expected = new ArrayList<>(dates);
            expected.sort(Comparator.comparing(SearchPageBrowserIT::isoOf));
            if (order.equals("newest")) {
                Collections.reverse(expected);
            }
            assertEquals(expected, dates, order);
        }
    }

    @Test
    void dateOrder_mergesEnglishAndChineseResultsByDate() {
        // browsing by year (no query) lists both bundles' pages; they must interleave by date,
        // not come one bundle after the other
        for (String order : List.of("oldest", "newest")) {
            browser.open("search.html?year=1957&year=1958&year=1960&sort=" + order);
            browser.waitForResults();

            List<String> dates = browser.resultDates();
            List<String> expected = new ArrayList<>(dates);
            expected.sort(Comparator.comparing(SearchPageBrowserIT::isoOf));
            if (order.equals("newest")) {
                Collections.reverse(expected);
            }
            assertEquals(expected, dates, order);
            assertTrue(browser.resultLinks().stream().anyMatch(u -> u.endsWith(".zh.html")), order);
            assertTrue(browser.resultLinks().stream().anyMatch(u -> !u.endsWith(".zh.html")), order);
        }
    }

    @Test
    void showMore_appendsTheNextResultsAndMovesFocusToThem() {
        browser.open("search.html?language=English&language=Chinese");
        browser.waitForResults();
        assertEquals(10, browser.resultLinks().size());
        assertTrue(browser.page.locator("#search-status").textContent().startsWith("11 results"));

        browser.page.locator("#search-more").focus();
        browser.page.keyboard().press("Enter");
        browser.page.waitForFunction("() => document.querySelectorAll('#search-results li').length === 11");

        assertFalse(browser.page.locator("#search-more").isVisible(), "nothing more to show");
        assertEquals(browser.resultLinks().get(10), browser.page.evaluate("() => document.activeElement.href"));
    }

    @Test
    void facetCheckbox_isUsableFromTheKeyboardAndResultsAreAnnounced() {
        browser.open("search.html");
        browser.page.locator("#search-q").focus();
        browser.page.keyboard().type("cooperation");
        browser.page.keyboard().press("Enter");
        browser.waitForResults();
        browser.page.locator("input[name=kind][value='Newspaper article']").focus();

        browser.page.keyboard().press("Space");
        browser.page.waitForURL(u -> u.contains("kind=Newspaper+article"));
        browser.waitForResults();

        assertTrue(browser.page.locator("input[name=kind][value='Newspaper article']").isChecked());
        assertEquals("Newspaper article", browser.page.evaluate("() => document.activeElement.value"),
                "focus stays on the box just toggled");
        Locator status = browser.page.locator("#search-status");
        assertEquals("status", status.getAttribute("role"));
        assertEquals("polite", status.getAttribute("aria-live"));
        assertTrue(status.textContent().matches("\\d+ results? for “cooperation”, kind: Newspaper article\\."),
                status.textContent());
    }

    @Test
    void englishQuery_neverFetchesTheChineseBundle() {
        browser.open("search.html");
        browser.search("Port Arthur");

        // the wasm is fetched by Pagefind's web worker: seeing it proves worker requests are recorded
        assertTrue(browser.requests.stream().anyMatch(u -> u.endsWith("/pagefind/wasm.en.pagefind")),
                browser.requests.toString());
        assertTrue(browser.requests.stream().noneMatch(u -> u.contains("/pagefind-zh/")), browser.requests.toString());
    }

    @Test
    void fileUrl_explainsThatSearchNeedsHttp() {
        browser.page.navigate(site.resolve("search.html").toUri().toString());
        browser.page.waitForFunction("() => document.getElementById('search-status').textContent.length > 0");

        assertTrue(browser.page.locator("#search-status").textContent().contains("served over HTTP"));
        assertTrue(browser.page.locator("#search-form button[type=submit]").isDisabled());
    }

    @Test
    void withoutJavaScript_saysSoAndLinksToThePagesThatListEveryDocument() {
        browser.newPage(false);
        browser.open("search.html");

        Locator notice = browser.page.locator("#search-nojs");
        assertTrue(notice.isVisible());
        assertTrue(notice.textContent().contains("Search needs JavaScript"));
        String href = notice.locator("a").getAttribute("href");
        assertTrue(Files.isRegularFile(site.resolve(href)), href);
    }

    @Test
    void withJavaScript_theNoScriptNoticeIsHidden() {
        browser.open("search.html");
        browser.page.waitForFunction("() => document.getElementById('search-nojs').hidden");

        assertFalse(browser.page.locator("#search-nojs").isVisible());
    }

    /** "October 12, 1954" as 1954-10-12, for comparing display dates. */
    static String isoOf(String label) {
        List<String> months = List.of("January", "February", "March", "April", "May", "June", "July", "August",
                "September", "October", "November", "December");
        String[] p = label.replace(",", "").split(" ");
        if (p.length == 1) {
            return p[0];
        }
        String month = String.format("%02d", months.indexOf(p[0]) + 1);
        return p.length == 2 ? p[1] + "-" + month
                : p[2] + "-" + month + "-" + String.format("%02d", Integer.parseInt(p[1]));
    }
}
