package org.docedition.qa;


import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ColorScheme;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.docedition.testing.SiteServer;
import org.junit.jupiter.api.Test;

/**
 * axe-core in headless Chromium finds no WCAG 2.1 A/AA, no WCAG 2.2 AA (target size) and no
 * best-practice violation on any page, in the light and the dark colour scheme, and on the search
 * page with results shown.
 */
class AccessibilityIT extends SeedsSiteBrowserIT {

    static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice");

    @Test
    void everyPage_lightScheme_hasNoAxeViolations() {
        assertEquals(List.of(), violations(ColorScheme.LIGHT, SeedsSite.pages()));
    }

    @Test
    void pagesOfEveryType_darkScheme_haveNoAxeViolations() {
        // the dark scheme changes colours only, the same for every page of a type: a sample of each suffices
        Map<String, List<String>> byType = new java.util.TreeMap<>();
        for (String p : SeedsSite.pages()) {
            String type = p.contains("/") ? p.substring(0, p.lastIndexOf('/')) + (p.endsWith(".zh.html") ? "/zh" : "")
                    : p;
            byType.computeIfAbsent(type, t -> new ArrayList<>()).add(p);
        }
        List<String> sample = byType.values().stream().flatMap(l -> l.stream().limit(3)).toList();
        assertEquals(List.of(), violations(ColorScheme.DARK, sample));
    }

    @Test
    void largeEditionPages_hasNoAxeViolations() {
        try (SiteServer large = new SiteServer(SeedsSite.asLarge())) {
            assertEquals(List.of(), violations(large.baseUrl(), ColorScheme.LIGHT, SeedsSite.asLargePages()));
        }
    }

    @Test
    void searchWithResults_hasNoAxeViolations() {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setColorScheme(ColorScheme.LIGHT));
        Page page = context.newPage();
        page.navigate(server.baseUrl() + "search.html?q=soviet");
        page.waitForSelector("#search-results li");
        List<String> found = new ArrayList<>();
        describe("search.html?q=soviet", new AxeBuilder(page).withTags(TAGS).analyze(), found);
        context.close();
        assertEquals(List.of(), found);
    }

    @Test
    void pageWithAProblem_isReported() {
        // axe must be able to fail here: an image without a text alternative, low-contrast text
        BrowserContext context = browser.newContext();
        Page page = context.newPage();
        page.setContent("<!DOCTYPE html><html lang=en><head><title>t</title></head><body><main><h1>t</h1>"
                + "<img src=x.png><p style='color:#bbb;background:#fff'>faint</p></main></body></html>");
        List<String> found = new ArrayList<>();
        describe("inline", new AxeBuilder(page).withTags(TAGS).analyze(), found);
        context.close();
        assertFalse(found.stream().noneMatch(v -> v.contains("image-alt")), found.toString());
        assertFalse(found.stream().noneMatch(v -> v.contains("color-contrast")), found.toString());
    }

    private List<String> violations(ColorScheme scheme, List<String> pages) {
        return violations(server.baseUrl(), scheme, pages);
    }

    private List<String> violations(String baseUrl, ColorScheme scheme, List<String> pages) {
        List<String> found = new ArrayList<>();
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setColorScheme(scheme));
        Page page = context.newPage();
        for (String p : pages) {
            page.navigate(baseUrl + p);
            describe(p + " (" + scheme + ")", new AxeBuilder(page).withTags(TAGS).analyze(), found);
        }
        context.close();
        return found;
    }

    private static void describe(String where, AxeResults results, List<String> found) {
        for (Rule r : results.getViolations()) {
            r.getNodes().forEach(n -> found.add(where + ": " + r.getId() + " (" + r.getHelp() + ") at "
                    + n.getTarget() + ": " + n.getHtml()));
        }
    }
}
