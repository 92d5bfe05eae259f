package org.docedition.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

/**
 * A browser test of a site served over HTTP: a subclass's {@code @BeforeAll} sets {@link #site} and
 * {@link #browser}; every test then gets a fresh page with JavaScript, and no request may leave the
 * site (no CDN, no font service, no analytics).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ServedSiteBrowserIT {

    /** The site on disk. */
    Path site;
    /** Chromium with the site served. */
    SearchBrowser browser;

    @AfterAll
    void stopBrowserAndServer() {
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
}
