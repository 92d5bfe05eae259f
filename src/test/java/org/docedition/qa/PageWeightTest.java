package org.docedition.qa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Every document page weighs at most 60 KB with the style sheets and scripts it loads (the search bundle apart). */
class PageWeightTest {

    static final long BUDGET = 60 * 1024;

    @Test
    void everyDocumentPage_withItsCssAndJs_isAtMost60KB() throws IOException {
        Path site = SeedsSite.dir();
        List<String> over = new ArrayList<>();
        long heaviest = 0;
        int documents = 0;
        for (String page : SeedsSite.pages()) {
            if (!page.startsWith("documents/")) {
                continue;
            }
            documents++;
            long bytes = weight(site, page);
            heaviest = Math.max(heaviest, bytes);
            if (bytes > BUDGET) {
                over.add(page + ": " + bytes + " bytes");
            }
        }
        assertTrue(documents > 40 && heaviest > 5000, documents + " document pages, heaviest " + heaviest);
        assertEquals(List.of(), over, "document pages over " + BUDGET + " bytes with CSS and JS");
    }

    /** The page's bytes plus those of every local style sheet and script it loads. */
    static long weight(Path site, String page) throws IOException {
        Path file = site.resolve(page);
        Document doc = Jsoup.parse(file.toFile(), "UTF-8");
        long bytes = Files.size(file);
        for (Element e : doc.select("link[rel=stylesheet][href], script[src]")) {
            String ref = e.hasAttr("src") ? e.attr("src") : e.attr("href");
            if (!ref.contains("pagefind")) {
                bytes += Files.size(file.getParent().resolve(ref).normalize());
            }
        }
        return bytes;
    }
}
