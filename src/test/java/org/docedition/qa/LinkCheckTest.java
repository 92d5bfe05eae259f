package org.docedition.qa;

import org.docedition.testing.SiteServer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.docedition.testing.RequiredProgram;
import org.junit.jupiter.api.Test;

/**
 * No broken link on any page, {@code #fragment} links included: checked over the files by
 * {@link SiteLinks}, and over HTTP by LinkChecker (Debian's {@code linkchecker}, with its
 * AnchorCheck plugin), which follows every link from every page.
 */
class LinkCheckTest {

    private static final Pattern TOTALS = Pattern.compile("(\\d+) warnings? found\\. (\\d+) errors? found\\.");

    @Test
    void everyPage_hasNoBrokenLink() {
        assertNoBrokenLink(SeedsSite.dir(), SeedsSite.pages(), 1000);
    }

    @Test
    void largeEditionPages_hasNoBrokenLink() {
        assertNoBrokenLink(SeedsSite.asLarge(), SeedsSite.asLargePages(), 49);
    }

    /** No link of {@code pages} of {@code site} is broken, and more than {@code atLeast} were checked. */
    private static void assertNoBrokenLink(Path site, List<String> pages, int atLeast) {
        SiteLinks links = new SiteLinks(site, SeedsSite.SITE_URL);
        List<String> broken = new ArrayList<>();
        for (String page : pages) {
            broken.addAll(links.broken(page));
        }
        assertTrue(links.checked > atLeast, "links checked: " + links.checked);
        assertEquals(List.of(), broken);
    }

    @Test
    void missingFileAndMissingFragment_areBroken() throws IOException {
        Path site = Files.createTempDirectory("links");
        Files.writeString(site.resolve("index.html"), "<!DOCTYPE html><title>x</title><p id=here>"
                + "<a href=\"#here\">ok</a><a href=\"#gone\">1</a><a href=\"b.html\">2</a><a href=\"a.html#x\">3</a>"
                + "<a href=\"https://example.org/edition/a.html#x\">4</a>");
        Files.writeString(site.resolve("a.html"), "<!DOCTYPE html><title>a</title><p id=y>");
        List<String> broken = new SiteLinks(site, "https://example.org/edition/").broken("index.html");
        try (var files = Files.list(site)) {
            files.forEach(f -> f.toFile().delete());
        }
        Files.delete(site);
        assertEquals(4, broken.size(), broken.toString());
    }

    @Test
    void linkchecker_findsNoBrokenLinkOrMissingAnchor() throws Exception {
        Path linkchecker = RequiredProgram.at(Path.of("/usr/bin/linkchecker"), "apt-get install -y linkchecker");
        Path config = Files.createTempFile("linkcheckerrc", ".ini");
        // linkchecker drops root privileges to 'nobody', who must be able to read its configuration
        Files.setPosixFilePermissions(config, PosixFilePermissions.fromString("rw-r--r--"));
        Files.writeString(config, "[checking]\nthreads=4\nmaxrequestspersecond=1000\n[AnchorCheck]\n");
        try (SiteServer server = new SiteServer(SeedsSite.dir())) {
            List<String> command = new ArrayList<>(List.of(linkchecker.toString(), "--config", config.toString(),
                    "--no-status", "--no-robots"));
            // every page as a start, so none is missed however it is reached
            SeedsSite.pages().forEach(p -> command.add(server.baseUrl() + p));
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(process.waitFor(5, TimeUnit.MINUTES), "linkchecker finished");
            Matcher totals = TOTALS.matcher(output);
            assertTrue(totals.find(), output);
            assertEquals("0 warnings, 0 errors", totals.group(1) + " warnings, " + totals.group(2) + " errors", output);
            assertEquals(0, process.exitValue(), output);
        } finally {
            Files.delete(config);
        }
    }
}
