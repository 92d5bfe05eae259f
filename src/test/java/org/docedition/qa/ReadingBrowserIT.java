package org.docedition.qa;


import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The reading aids of a document page in Chromium: the original / translation / both switch, notes
 * opened in place, side by side on a wide screen and stacked on a phone, and both texts without
 * JavaScript.
 */
class ReadingBrowserIT extends SeedsSiteBrowserIT {

    private String bilingual;
    private String withNotes;

    @BeforeAll
    void findPages() throws Exception {
        try (Stream<Path> files = Files.list(SeedsSite.dir().resolve("documents"))) {
            bilingual = "documents/" + files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".zh.html"))
                    .sorted().findFirst().orElseThrow().replace(".zh.html", ".html");
        }
        withNotes = "documents/sscr-1952-1955-doc-72.html";
    }

    @Test
    void viewSwitch_original_hidesTranslationAndIsRemembered() {
        try (BrowserContext context = browser.newContext()) {
            Page page = open(context, bilingual, 1280);
            assertTrue(page.locator(".text-translation").isVisible() && page.locator(".text-original").isVisible());
            page.locator(".view-toggle button", new Page.LocatorOptions().setHasText("Original")).click();
            assertFalse(page.locator(".text-translation").isVisible());
            assertTrue(page.locator(".text-original").isVisible());
            assertEquals("true", page.locator(".view-toggle button[value=original]").getAttribute("aria-pressed"));
            page.reload();
            assertFalse(page.locator(".text-translation").isVisible(), "the choice holds on the next page");
        }
    }

    @Test
    void bilingualPage_wideScreen_sideBySide_phone_stacked() {
        try (BrowserContext context = browser.newContext()) {
            Page wide = open(context, bilingual, 1280);
            assertEquals(top(wide, ".text-translation"), top(wide, ".text-original"), 1.0);
            Page phone = open(context, bilingual, 390);
            assertTrue(top(phone, ".text-original") > top(phone, ".text-translation") + 100);
        }
    }

    @Test
    void withoutJavaScript_bothTextsShow_andNoSwitch() {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setJavaScriptEnabled(false))) {
            Page page = open(context, bilingual, 1280);
            assertTrue(page.locator(".text-translation").isVisible() && page.locator(".text-original").isVisible());
            assertEquals(0, page.locator(".view-toggle").count());
        }
    }

    @Test
    void noteMarker_click_opensTheNoteInPlace_andClosesIt() {
        try (BrowserContext context = browser.newContext()) {
            Page page = open(context, withNotes, 1280);
            Locator marker = page.locator(".text .fnref a").first();
            String noteId = marker.getAttribute("href").substring(1);
            String noteText = page.locator("#" + noteId).innerText();
            marker.click();
            Locator inline = page.locator(".fn-inline");
            assertEquals(1, inline.count());
            assertTrue(inline.isVisible());
            String text = inline.locator(".fn-inline-text").innerText().strip();
            assertTrue(noteText.contains(text), text + " / " + noteText);
            assertEquals("true", marker.getAttribute("aria-expanded"));
            assertTrue(page.url().endsWith(withNotes), "the page did not jump to the notes");
            marker.click();
            assertEquals(0, page.locator(".fn-inline").count());
            assertEquals("false", marker.getAttribute("aria-expanded"));
        }
    }

    private Page open(BrowserContext context, String path, int width) {
        Page page = context.newPage();
        page.setViewportSize(width, 900);
        page.navigate(server.baseUrl() + path);
        return page;
    }

    private static double top(Page page, String selector) {
        return ((Number) page.locator(selector).evaluate("e => e.getBoundingClientRect().top")).doubleValue();
    }
}
