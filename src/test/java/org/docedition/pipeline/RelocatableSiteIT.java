package org.docedition.pipeline;

import org.docedition.testing.SiteServer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The real edition is relocatable: a library's {@code wget --mirror} of it, served at a domain
 * root or under a sub-path, holds every page and no broken link (fragments included), and every
 * page except search works from {@code file://}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RelocatableSiteIT {

    Path work;
    Path site;

    @BeforeAll
    void buildRealSeeds(@TempDir Path dir) {
        work = dir;
        site = work.resolve("site");
        BuildReport report = SiteTrees.build(SiteTrees.SEEDS, site, true);
        assertTrue(report.written(), report.problems().toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/libraries/mirrors/sino-soviet-edition/"})
    void wgetMirror_underPrefix_holdsEveryPageAndNoBrokenLink(String prefix) throws Exception {
        assumeTrue(SiteTrees.available("wget"), "Debian wget is needed (apt-get install wget)");
        Path mirror = work.resolve("mirror" + prefix.replace('/', '_'));
        Path log = work.resolve("wget" + prefix.replace('/', '_') + ".log");
        int depth = (int) prefix.chars().filter(c -> c == '/').count() - 1;
        try (SiteServer server = new SiteServer(site, prefix)) {
            Process wget = new ProcessBuilder("wget", "--mirror", "--no-parent", "--no-host-directories",
                    "--cut-dirs=" + depth, "--directory-prefix=" + mirror, "--output-file=" + log, server.baseUrl())
                    .redirectErrorStream(true).start();
            assertTrue(wget.waitFor(10, TimeUnit.MINUTES), "wget did not finish");
            // wget exits 8 when the server answered any request with an error (a 404 link)
            assertEquals(0, wget.exitValue(), () -> tail(log));
        }
        Map<String, byte[]> pages = SiteTrees.snapshot(site, n -> n.endsWith(".html"));
        Map<String, byte[]> mirrored = SiteTrees.snapshot(mirror, n -> n.endsWith(".html"));
        assertEquals(pages.keySet(), mirrored.keySet(), "the crawl from the home page reaches every page");
        assertEquals(List.of(), SiteTrees.differences(pages, mirrored));

        OfflineLinkChecker.Result links = OfflineLinkChecker.check(mirror);
        System.out.println("wget mirror under " + prefix + ": " + links.pages() + " pages, " + links.links()
                + " links (" + links.fragments() + " with #fragments), " + links.external() + " external, "
                + links.broken().size() + " broken");
        assertEquals(List.of(), links.broken());
        assertEquals(pages.size(), links.pages());
        assertTrue(links.links() > 10 * links.pages() && links.fragments() > 50, "links checked: " + links);
    }

    @Test
    void everyLink_isRelativeAndResolvesInTheBuiltFolder() {
        OfflineLinkChecker.Result links = OfflineLinkChecker.check(site);
        assertEquals(List.of(), links.broken());
        assertTrue(links.pages() >= 59, links.toString());
    }

    @Test
    void everyPageExceptSearch_needsNoServer() throws IOException {
        List<String> needsServer = new ArrayList<>();
        for (String page : SiteTrees.snapshot(site, n -> n.endsWith(".html")).keySet()) {
            if (page.equals("search.html")) {
                continue; // Pagefind loads its index with fetch(), which file:// refuses
            }
            Document html = Jsoup.parse(Files.readString(site.resolve(page), StandardCharsets.UTF_8), "");
            if (!html.select("base").isEmpty()) {
                needsServer.add(page + ": <base> ties the page to one location");
            }
            if (!html.select("script[type=module]").isEmpty()) {
                needsServer.add(page + ": module scripts are blocked from file://");
            }
            if (!html.select("[href^=//], [src^=//]").isEmpty()) {
                needsServer.add(page + ": protocol-relative link");
            }
        }
        assertEquals(List.of(), needsServer);
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "no wget log: " + e;
        }
    }
}
