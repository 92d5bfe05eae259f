package org.docedition.qa;

import com.microsoft.playwright.Browser;
import org.docedition.testing.Chromium;
import org.docedition.testing.SiteServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/** A browser check of the real edition's site: Chromium started and the site served once per class. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SeedsSiteBrowserIT {

    private Chromium chromium;
    /** Headless Chromium. */
    Browser browser;
    /** The real edition's site over HTTP. */
    SiteServer server;

    @BeforeAll
    void startChromiumAndServeTheSite() {
        chromium = Chromium.launch();
        browser = chromium.browser();
        server = new SiteServer(SeedsSite.dir());
    }

    @AfterAll
    void stopChromiumAndServer() {
        if (chromium != null) {
            chromium.close();
        }
        if (server != null) {
            server.close();
        }
    }
}
