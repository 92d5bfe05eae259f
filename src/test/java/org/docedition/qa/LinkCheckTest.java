package org.docedition.qa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * No broken link on any page, {@code #fragment} links included, checked over the files by
 * {@link SiteLinks}. Over HTTP, LinkChecker checks them too: {@link LinkCheckIT}.
 */
class LinkCheckTest {

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
}
