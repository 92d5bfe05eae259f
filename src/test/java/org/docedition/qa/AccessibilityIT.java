package org.docedition.qa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ColorScheme;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * axe-core in headless Chromium finds no WCAG 2.1 A/AA, no WCAG 2.2 AA (target size) and no
 * best-practice violation on any page in the light colour scheme, no colour violation in the dark
 * scheme (which changes colours only), and none on the search page with results shown. The colour
 * rules run on the pages that together show every element's style key, the others on every page
 * ({@link StyleKeys} says why that proves the same). Pages are checked in parallel ({@link AxePages}).
 */
class AccessibilityIT extends SeedsSiteBrowserIT {

    static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice");
    /** The rules of {@link #TAGS} that read colours: contrast, and links told apart from text by colour. */
    static final List<String> COLOUR_RULES = List.of("color-contrast", "link-in-text-block");

    /** Every rule but the colour rules, in the light scheme: run on every page. */
    static final AxePages LIGHT = new AxePages(ColorScheme.LIGHT,
            page -> AxePages.axe(page).withTags(TAGS).disableRules(COLOUR_RULES));
    /** The colour rules, in either scheme: run on the pages that show every style key. */
    static final AxePages LIGHT_COLOURS = new AxePages(ColorScheme.LIGHT,
            page -> AxePages.axe(page).withRules(COLOUR_RULES));
    private static final AxePages DARK_COLOURS = new AxePages(ColorScheme.DARK,
            page -> AxePages.axe(page).withRules(COLOUR_RULES));

    /** The light pass over every page, made once for the class. */
    private AxePages.Checked lightPass;

    @Test
    void everyPage_lightScheme_hasNoAxeViolations() {
        List<String> found = new ArrayList<>(lightPass().violations());
        found.addAll(LIGHT_COLOURS.violations(server.baseUrl(), colourPages()));
        assertEquals(List.of(), found);
    }

    @Test
    void everyPage_darkScheme_hasNoColourViolations() {
        assertEquals(List.of(), DARK_COLOURS.violations(server.baseUrl(), colourPages()));
    }

    /**
     * The colour rules judge an element by its style key ({@link StyleKeys} says why), so they run
     * on the pages that together show every key: about half of axe's work on a page is theirs.
     * The keys are read in the light scheme; no script reads the scheme, so the dark one has the
     * same elements. Finding the pages loads every page once.
     */
    private List<String> colourPages() {
        return lightPass().covering();
    }

    /**
     * Every rule but the colour rules on every page in the light scheme, and the style keys read in
     * the same load of each page: one pass over the site serves both tests, whichever runs first.
     */
    private AxePages.Checked lightPass() {
        if (lightPass == null) {
            lightPass = LIGHT.checkAndCover(server.baseUrl(), SeedsSite.pages());
            System.out.println("colour rules: " + lightPass.covering().size() + " of " + SeedsSite.pages().size()
                    + " pages show every style key: " + lightPass.covering());
        }
        return lightPass;
    }

    @Test
    void searchWithResults_hasNoAxeViolations() {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setColorScheme(ColorScheme.LIGHT));
        Page page = context.newPage();
        page.navigate(server.baseUrl() + "search.html?q=soviet");
        page.waitForSelector("#search-results li");
        List<String> found = AxePages.describe("search.html?q=soviet", AxePages.axe(page).withTags(TAGS).analyze());
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
        List<String> found = AxePages.describe("inline", AxePages.axe(page).withTags(TAGS).analyze());
        context.close();
        assertFalse(found.stream().noneMatch(v -> v.contains("image-alt")), found.toString());
        assertFalse(found.stream().noneMatch(v -> v.contains("color-contrast")), found.toString());
    }

    @Test
    void darkPassRules_findLowContrastInTheDarkScheme() {
        // the colour rules alone must still catch a colour that only the dark scheme gets wrong
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setColorScheme(ColorScheme.DARK));
        Page page = context.newPage();
        page.setContent("<!DOCTYPE html><html lang=en><head><title>t</title><style>"
                + "@media (prefers-color-scheme: dark){body{background:#000;color:#222}}</style></head>"
                + "<body><main><h1>t</h1><p>dim in the dark</p></main></body></html>");
        List<String> found = AxePages.describe("inline", AxePages.axe(page).withRules(COLOUR_RULES).analyze());
        context.close();
        assertFalse(found.stream().noneMatch(v -> v.contains("color-contrast")), found.toString());
    }
}
