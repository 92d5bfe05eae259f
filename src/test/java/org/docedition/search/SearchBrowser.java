package org.docedition.search;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.docedition.testing.Chromium;
import org.docedition.testing.SiteServer;

/**
 * Headless Chromium (Debian's, never a downloaded one) driving the search page of a site served by
 * {@link SiteServer} under a sub-path, with every request the browser makes recorded.
 *
 * <p>Without Chromium the calling test class is skipped, unless {@code REQUIRE_BROWSER=1} (CI sets it):
 * then it fails.
 */
final class SearchBrowser implements AutoCloseable {

    static final String PREFIX = "/any/prefix/";

    final SiteServer server;
    private final Chromium chromium;
    private final Browser browser;
    private BrowserContext context;
    Page page;
    /** Every URL the current page requested, its web workers included. */
    final List<String> requests = new CopyOnWriteArrayList<>();

    private SearchBrowser(Path site) {
        chromium = Chromium.launch();
        browser = chromium.browser();
        server = new SiteServer(site, PREFIX);
    }

    /** Aborts (skips) the test class when Chromium is missing, or fails it if REQUIRE_BROWSER=1. */
    static void requireChromium() {
        Chromium.executable();
    }

    /** Serves {@code site} and starts Chromium; call {@link #requireChromium()} first. */
    static SearchBrowser serve(Path site) {
        return new SearchBrowser(site);
    }

    /** A fresh browser context and page, with or without JavaScript. */
    void newPage(boolean javaScript) {
        closePage();
        requests.clear();
        context = browser.newContext(new Browser.NewContextOptions().setJavaScriptEnabled(javaScript));
        // context-wide, so requests made by Pagefind's web worker are seen too
        context.onRequest(r -> requests.add(r.url()));
        page = context.newPage();
    }

    void closePage() {
        if (context != null) {
            context.close();
            context = null;
        }
    }

    /**
     * Requests that went anywhere but the served site (or, for the file:// test, the site on disk):
     * to another host than 127.0.0.1, or to 127.0.0.1 outside the site's sub-path.
     */
    List<String> requestsOutside(Path siteOnDisk) {
        String onDisk = siteOnDisk.toUri().toString();
        return requests.stream()
                .filter(u -> !(u.startsWith(server.baseUrl()) && "127.0.0.1".equals(URI.create(u).getHost()))
                        && !u.startsWith(onDisk))
                .toList();
    }

    String url(String sitePath) {
        return server.baseUrl() + sitePath;
    }

    void open(String sitePath) {
        page.navigate(url(sitePath));
    }

    /** Types {@code query} into the box, presses Enter and waits for the results to be announced. */
    void search(String query) {
        page.locator("#search-q").fill(query);
        page.locator("#search-q").press("Enter");
        page.waitForFunction("q => new URLSearchParams(location.search).get('q') === q", query);
        waitForResults();
    }

    /** Clicks something that starts a new search (a facet, the sort order) and waits for its results. */
    void clickAndWait(Locator locator) {
        String before = page.url();
        locator.click();
        page.waitForURL(u -> !u.equals(before));
        waitForResults();
    }

    void waitForResults() {
        page.waitForFunction("() => /^(\\d+ results?|No results)/.test("
                + "document.getElementById('search-status').textContent)");
    }

    /** What the status line says ("12 results for “x”."). */
    String statusText() {
        return page.locator("#search-status").textContent();
    }

    /** The facets' legends ("Year", "Place"), in the order shown. */
    List<String> facetLabels() {
        return page.locator("#search-facets legend").all().stream().map(l -> l.textContent().strip()).toList();
    }

    /** Result links, absolute, in the order shown. */
    List<String> resultLinks() {
        return page.locator("#search-results li h2 a").all().stream()
                .map(a -> a.evaluate("a => a.href").toString())
                .toList();
    }

    /** The date shown for each result ("October 12, 1954", "Undated"), in the order shown. */
    List<String> resultDates() {
        return page.locator("#search-results .search-result-meta").all().stream()
                .map(m -> m.textContent().split(" · ")[0])
                .toList();
    }

    @Override
    public void close() {
        closePage();
        chromium.close();
        server.close();
    }
}
