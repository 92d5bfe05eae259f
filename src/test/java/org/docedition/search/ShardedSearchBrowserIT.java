package org.docedition.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A site large enough for the English index to be split into shards ({@code pagefind/},
 * {@code pagefind-2/}, ...): the search page finds pages of every shard and counts them all.
 */
class ShardedSearchBrowserIT extends ServedSiteBrowserIT {

    private static final int PAGES = SearchShards.SHARD_PAGES * 2 + 50;

    private SearchReport report;

    @BeforeAll
    void serveShardedSite(@TempDir Path temp) throws IOException {
        SearchBrowser.requireChromium();
        site = SearchFixture.copySite(temp.resolve("site"));
        for (int i = 0; i < PAGES; i++) {
            // every page has the shared word "meridian" and a word of its own, "uniq<letters>"
            Files.writeString(site.resolve("documents/synthetic-" + i + ".html"), """
                    <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Synthetic %d</title></head>
                    <body><article data-pagefind-body><h1>Synthetic document %d</h1>
                    <p>A meridian report, marked %s.</p></article></body></html>
                    """.formatted(i, i, uniqueWord(i)));
        }
        report = new PagefindIndexer(SearchFixture.projectDir()).index(site);
        browser = SearchBrowser.serve(site);
    }

    /** A word made of letters only, different for every page ("uniqbaa", ...). */
    private static String uniqueWord(int i) {
        StringBuilder s = new StringBuilder("uniq");
        for (int k = 0; k < 3; k++) {
            s.append((char) ('a' + i % 26));
            i /= 26;
        }
        return s.toString();
    }

    @Test
    void index_largeSite_writesSeveralEnglishShardsAndListsThem() throws IOException {
        List<String> english = report.bundles().stream().filter(b -> b.language().equals("en"))
                .map(SearchReport.Bundle::directory).toList();
        assertEquals(List.of("pagefind", "pagefind-2", "pagefind-3"), english);
        String list = Files.readString(site.resolve(SearchShards.LIST_FILE));
        assertTrue(list.contains("\"pagefind-3/\""), list);
        assertEquals(PAGES + 8, report.bundles().stream().filter(b -> b.language().equals("en"))
                .mapToInt(SearchReport.Bundle::pages).sum());
    }

    @Test
    void search_wordOnEveryPage_countsTheResultsOfEveryShard() {
        browser.open("search.html");
        browser.search("meridian");

        assertEquals(PAGES + " results for “meridian”.", browser.statusText());
    }

    @Test
    void search_wordOfOnePage_findsItWhicheverShardHoldsIt() {
        browser.open("search.html");
        for (int i : new int[] {0, 1, 2, 3, PAGES - 1}) {
            String page = "documents/synthetic-" + i + ".html";
            browser.search(uniqueWord(i));
            List<String> links = browser.resultLinks();
            // Pagefind may add a near match; the page with the word itself comes first
            assertTrue(!links.isEmpty() && links.get(0).endsWith(page), uniqueWord(i) + ": " + links);
        }
    }
}
