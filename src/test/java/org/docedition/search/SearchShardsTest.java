package org.docedition.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchShardsTest {

    @TempDir
    Path site;

    private void pages(int english, int chinese) throws IOException {
        Files.createDirectories(site.resolve("documents"));
        Files.writeString(site.resolve("index.html"), "<html></html>");
        for (int i = 0; i < english; i++) {
            Files.writeString(site.resolve("documents/d-" + i + ".html"), "<html></html>");
        }
        for (int i = 0; i < chinese; i++) {
            Files.writeString(site.resolve("documents/d-" + i + ".zh.html"), "<html></html>");
        }
    }

    @Test
    void plan_smallSite_hasOneBundleWithoutTheOriginalsPages() throws IOException {
        pages(5, 2);

        List<SearchShards.Shard> shards = SearchShards.plan(site);

        assertEquals(List.of("pagefind"), shards.stream().map(SearchShards.Shard::directory).toList());
        // the originals are indexed with their document pages, never from their own pages
        assertEquals(6, shards.get(0).pages().size(), "no page has data-pagefind-body: every page is indexed");
        assertTrue(shards.get(0).pages().stream().noneMatch(p -> p.endsWith(".zh.html")), shards.toString());
    }

    @Test
    void plan_largeSite_splitsEveryPageIntoExactlyOneShard() throws IOException {
        int english = SearchShards.SHARD_PAGES * 2 + 10;
        pages(english, 0);

        List<SearchShards.Shard> shards = SearchShards.plan(site);

        assertEquals(3, shards.size());
        assertEquals(List.of("pagefind", "pagefind-2", "pagefind-3"),
                shards.stream().map(SearchShards.Shard::directory).toList());
        Set<String> seen = new HashSet<>();
        shards.forEach(s -> s.pages().forEach(p -> assertTrue(seen.add(p), p + " in two shards")));
        assertEquals(english + 1, seen.size());
    }

    @Test
    void plan_siteWithIndexedBodies_leavesOutPagesPagefindWouldSkip() throws IOException {
        pages(3, 1);
        Files.writeString(site.resolve("documents/d-1.html"), "<html><article data-pagefind-body>x</article></html>");
        Files.writeString(site.resolve("documents/d-2.html"), "<html><article data-pagefind-body>y</article></html>");

        List<SearchShards.Shard> shards = SearchShards.plan(site);

        assertEquals(List.of("documents/d-1.html", "documents/d-2.html"), shards.get(0).pages());
        assertEquals(1, shards.size());
    }

    @Test
    void plan_withEarlierFindings_readsOnlyPagesItHasNotSeenAndRemembersEveryPage() throws IOException {
        pages(3, 0);
        Files.writeString(site.resolve("documents/d-0.html"), "<html>no body now</html>");
        Files.writeString(site.resolve("documents/d-1.html"), "<html><article data-pagefind-body>x</article></html>");
        org.docedition.files.SiteTree tree = org.docedition.files.SiteTree.existing(site);
        // an earlier build saw d-0's bytes with a body (say, before an edit removed it): trusted without reading
        Map<String, Boolean> earlier = Map.of(tree.digest("documents/d-0.html"), true);
        Map<String, Boolean> found = new HashMap<>();
        BundleReuse reuse = new BundleReuse() {
            @Override
            public String digest(String sitePath) {
                return tree.digest(sitePath);
            }

            @Override
            public Boolean knownBody(String digest) {
                return earlier.get(digest);
            }

            @Override
            public void foundBody(String digest, boolean body) {
                found.put(digest, body);
            }
        };

        List<SearchShards.Shard> shards = SearchShards.plan(tree, reuse);

        assertEquals(List.of("documents/d-0.html", "documents/d-1.html"), shards.get(0).pages());
        // d-2 and index.html have the same bytes, so one digest
        assertEquals(Map.of(tree.digest("documents/d-0.html"), true, tree.digest("documents/d-1.html"), true,
                tree.digest("documents/d-2.html"), false), found);
    }

    @Test
    void shardOf_dependsOnThePathAlone() {
        for (int n = 1; n < 20; n++) {
            int shard = SearchShards.shardOf("documents/sscr-1952-1955-doc-70.html", n);
            assertTrue(shard >= 0 && shard < n);
            assertEquals(shard, SearchShards.shardOf("documents/sscr-1952-1955-doc-70.html", n));
        }
    }

    @Test
    void writeList_namesEveryBundleWithItsLanguage() throws IOException {
        pages(3, 1);

        SearchShards.writeList(site, SearchShards.plan(site));

        assertEquals("{\"bundles\":[\n{\"dir\":\"pagefind/\",\"lang\":\"en\"}\n]}\n",
                Files.readString(site.resolve(SearchShards.LIST_FILE)));
    }
}
