package org.docedition.qa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ColorScheme;
import com.microsoft.playwright.options.Media;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The edition read on a 390 by 844 phone, with a keyboard and on paper (print media emulated), in
 * Chromium: results and text on the first screen, targets of 24 px, notes beside their markers,
 * a Chinese line of about 38 characters, and print without relative paths or interface chrome.
 */
class PhonesAndPrintIT extends SeedsSiteBrowserIT {

    private static final int PHONE_WIDTH = 390;
    private static final int PHONE_HEIGHT = 844;
    private static final String WITH_NOTES = "documents/sscr-1952-1955-doc-72.html";
    /** Note 7 of doc. 98 is cited twice. */
    private static final String NOTE_CITED_TWICE = "documents/sscr-1952-1955-doc-98.html";
    /** Doc. 90 refers to doc. 89, which is in the edition. */
    private static final String WITH_REFERENCE = "documents/sscr-1952-1955-doc-90.html";
    private static final String BILINGUAL = "documents/peoples-daily-1957-11-23-p6.html";

    private BrowserContext phone() {
        return browser.newContext(new Browser.NewContextOptions().setViewportSize(PHONE_WIDTH, PHONE_HEIGHT)
                .setIsMobile(true).setHasTouch(true).setDeviceScaleFactor(2));
    }

    private BrowserContext desktop() {
        return browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 800));
    }

    private Page open(BrowserContext context, String path) {
        Page page = context.newPage();
        page.navigate(server.baseUrl() + path);
        return page;
    }

    private static void waitForResults(Page page) {
        page.waitForFunction("() => /^(\\d+ results?|No results)/.test(document.getElementById('search-status').textContent)");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Number> box(Locator l) {
        return (Map<String, Number>) l.evaluate("e => { const r = e.getBoundingClientRect();"
                + " return {top: r.top, bottom: r.bottom, left: r.left, width: r.width, height: r.height}; }");
    }

    @Test
    void search_onAPhone_firstResultIsOnTheFirstScreen_facetsWaitBehindRefine() {
        try (BrowserContext context = phone()) {
            Page page = open(context, "search.html?q=Port+Arthur");
            waitForResults(page);
            Locator first = page.locator("#search-results li h2 a").first();
            assertTrue(box(first).get("bottom").doubleValue() <= PHONE_HEIGHT,
                    "the first result's title ends at " + box(first).get("bottom") + " px");
            Locator refine = page.locator("#search-refine");
            assertTrue(refine.isVisible());
            assertEquals(false, refine.evaluate("d => d.open"), "the facets are closed on a phone");
            assertFalse(page.locator("input[name=person]").first().isVisible());
            refine.locator("summary").click();
            assertTrue(page.locator("input[name=year]").first().isVisible(), "Refine opens the facets");
        }
    }

    @Test
    void search_wideScreen_facetsOpen_andTheSkipLinkLeadsPastThemToTheResults() {
        try (BrowserContext context = desktop()) {
            Page page = open(context, "search.html?q=Port+Arthur");
            waitForResults(page);
            assertEquals(true, page.locator("#search-refine").evaluate("d => d.open"));
            assertTrue(page.locator("input[name=person]").first().isVisible());
            page.locator("#search-form button[type=submit]").focus();
            page.keyboard().press("Tab");
            assertEquals("search-skip", page.evaluate("() => document.activeElement.id"),
                    "the skip link comes right after the form");
            assertTrue(page.locator("#search-skip").isVisible(), "and shows when focused");
            page.keyboard().press("Enter");
            page.keyboard().press("Tab");
            assertEquals(page.locator("#search-results li h2 a").first().evaluate("a => a.href"),
                    page.evaluate("() => document.activeElement.href"), "the next Tab is the first result");
        }
    }

    @Test
    void targets_onAPhone_areAtLeast24PxSquare() {
        try (BrowserContext context = phone()) {
            Page doc = open(context, WITH_NOTES);
            assertAtLeast24(doc.locator(".text .fnref a").first(), "note marker");
            assertAtLeast24(doc.locator(".fn-back").first(), "back link of a note");
            Page search = open(context, "search.html?q=Port+Arthur");
            waitForResults(search);
            search.locator("#search-refine summary").click();
            assertAtLeast24(search.locator("#search-sort"), "Order");
            assertAtLeast24(search.locator("#search-form button[type=submit]"), "Search button");
            assertAtLeast24(search.locator(".search-facet label").first(), "facet checkbox with its label");
            assertAtLeast24(search.locator("#search-refine summary"), "Refine");
        }
    }

    private static void assertAtLeast24(Locator target, String what) {
        Map<String, Number> b = box(target);
        assertTrue(b.get("width").doubleValue() >= 24 && b.get("height").doubleValue() >= 24,
                what + " is " + b.get("width") + " by " + b.get("height") + " px");
    }

    @Test
    void note_opensBesideItsMarker_labelledWithItsOwnAddress_andTabMovesIntoIt() {
        try (BrowserContext context = desktop()) {
            Page page = open(context, NOTE_CITED_TWICE);
            Locator marker = page.locator("#fnref-7-2");
            marker.click();
            Locator note = page.locator("#inline-fnref-7-2");
            assertTrue(note.isVisible());
            assertEquals(true, marker.evaluate("a => a.parentElement.nextElementSibling.id === 'inline-fnref-7-2'"),
                    "the note follows its marker, not the paragraph");
            double gap = box(note).get("top").doubleValue() - box(marker).get("bottom").doubleValue();
            assertTrue(gap < 30, "the note starts " + gap + " px below its marker");
            Locator label = page.locator("#" + note.getAttribute("aria-labelledby"));
            assertTrue(label.textContent().startsWith("Note"), label.textContent());
            assertEquals("#fn-7", label.getAttribute("href"), "the label is the note's own address");
            assertEquals("note", note.getAttribute("role"));
            marker.focus();
            page.keyboard().press("Tab");
            assertEquals(true, page.evaluate("() => document.getElementById('inline-fnref-7-2').contains(document.activeElement)"),
                    "Tab moves into the open note");
            page.keyboard().press("Escape");
            assertEquals(0, page.locator("#inline-fnref-7-2").count());
            assertEquals("fnref-7-2", page.evaluate("() => document.activeElement.id"), "focus returns to the marker");
        }
    }

    @Test
    void noteCitedTwice_withoutJavaScript_eachWayBackReturnsToItsOwnMarker() {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setJavaScriptEnabled(false))) {
            Page page = open(context, NOTE_CITED_TWICE);
            List<String> back = page.locator("#fn-7 .fn-back").all().stream().map(a -> a.getAttribute("href")).toList();
            assertEquals(List.of("#fnref-7", "#fnref-7-2"), back);
            page.locator("#fnref-7-2").click();
            page.locator("#fn-7 .fn-back").nth(1).click();
            assertTrue(page.url().endsWith("#fnref-7-2"), page.url());
        }
    }

    @Test
    void print_referencesShowAbsoluteAddresses_neverRelativePaths_andNoChrome() {
        try (BrowserContext context = desktop()) {
            Page page = open(context, WITH_REFERENCE);
            page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
            Object printed = page.evaluate("() => [...document.querySelectorAll('body *')].flatMap(e =>"
                    + " [getComputedStyle(e, '::after').content, getComputedStyle(e, '::before').content])"
                    + ".filter(c => c && c !== 'none' && c !== 'normal')");
            String all = printed.toString();
            assertTrue(all.contains(SeedsSite.SITE_URL + "documents/sscr-1952-1955-doc-89.html"), all);
            assertFalse(all.contains("../") || all.contains("documents/\" attr"), all);
            assertEquals(SeedsSite.SITE_URL + WITH_REFERENCE, page.locator(".print-address").innerText().strip());
            for (String chrome : List.of(".site-header", ".site-footer", ".persons-named", ".places-named", ".related",
                    ".fn-back", ".prev-next")) {
                for (Locator l : page.locator(chrome).all()) {
                    assertFalse(l.isVisible(), chrome + " prints");
                }
            }
        }
    }

    @Test
    void print_fromDarkMode_isLight() {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setColorScheme(ColorScheme.DARK))) {
            Page page = open(context, "documents/sscr-1952-1955-doc-71.html");
            page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT).setColorScheme(ColorScheme.DARK));
            assertEquals("rgb(255, 255, 255)", page.evaluate("() => getComputedStyle(document.body).backgroundColor"));
            assertEquals("rgb(255, 255, 255)", page.locator(".cite-note").evaluate("e => getComputedStyle(e).backgroundColor"));
            assertEquals("rgb(0, 0, 0)", page.locator(".not-in-edition").first().evaluate("e => getComputedStyle(e).color"));
        }
    }

    @Test
    void chineseOriginal_readAlone_runsAbout38CharactersALine() {
        try (BrowserContext context = desktop()) {
            Page page = open(context, BILINGUAL.replace(".html", ".zh.html"));
            Number perLine = (Number) page.locator("article > p").last().evaluate(
                    "p => p.getBoundingClientRect().width / parseFloat(getComputedStyle(p).fontSize)");
            assertTrue(perLine.doubleValue() >= 34 && perLine.doubleValue() <= 40, perLine + " characters a line");
        }
    }

    @Test
    void document_onAPhone_firstScreenShowsTheStartOfTheText() {
        try (BrowserContext context = phone()) {
            Page page = open(context, BILINGUAL);
            double top = box(page.locator(".text-translation p").first()).get("top").doubleValue();
            assertTrue(top + 40 <= PHONE_HEIGHT, "the text starts at " + top + " px");
        }
    }

    @Test
    void howToCite_onAPhone_doesNotScrollSideways() {
        try (BrowserContext context = phone()) {
            Page page = open(context, "how-to-cite.html");
            assertEquals(PHONE_WIDTH, ((Number) page.evaluate("() => document.documentElement.scrollWidth")).intValue());
            assertTrue(page.locator("blockquote").innerText().contains(SeedsSite.SITE_URL + "documents/"));
        }
    }

    @Test
    void searchExcerpts_haveNoNoteMarkers_andChineseSentencesAreNotJoinedByFullStops() {
        try (BrowserContext context = desktop()) {
            Page page = open(context, "search.html?q=communiqu%C3%A9");
            waitForResults(page);
            for (String excerpt : page.locator(".search-result-excerpt").allInnerTexts()) {
                assertFalse(excerpt.contains("**"), excerpt);
            }
            page = open(context, "search.html?q=%E6%96%87%E5%8C%96%E5%90%88%E4%BD%9C");
            waitForResults(page);
            List<String> chinese = page.locator(".search-result-excerpt[lang|=zh]").allInnerTexts();
            assertFalse(chinese.isEmpty());
            for (String excerpt : chinese) {
                assertFalse(excerpt.matches("(?s).*[\\p{IsHan}。，：；]\\. .*"), excerpt);
            }
        }
    }
}
