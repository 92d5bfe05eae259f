package org.docedition.testing;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Debian's headless Chromium driven by Playwright, as every browser test starts it. */
public final class Chromium implements AutoCloseable {

    /** No sandbox (CI runs as root), and nothing fetched from the network behind a test's back. */
    private static final List<String> FLAGS = List.of("--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync");

    private final Playwright playwright;
    private final Browser browser;

    private Chromium(Path executable) {
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(executable)
                .setArgs(FLAGS));
    }

    /** Debian's Chromium, or {@code CHROMIUM_PATH}; see {@link RequiredProgram} for when it is missing. */
    public static Path executable() {
        return RequiredProgram.at(Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium")),
                "apt-get install -y chromium fonts-noto-cjk");
    }

    /** Starts Chromium. */
    public static Chromium launch() {
        return new Chromium(executable());
    }

    public Browser browser() {
        return browser;
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
