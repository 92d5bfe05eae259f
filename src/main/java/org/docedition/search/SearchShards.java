package org.docedition.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.docedition.files.SiteTree;

/**
 * How a site's pages are split into search bundles: per {@link SearchBundle} (language), into shards
 * of about {@value #SHARD_PAGES} pages, at most {@value #MAX_SHARDS} per language.
 *
 * <p>A page's shard follows from a hash of its path alone, so adding or editing a document changes
 * no other page's shard (unless the number of shards of its language changes) and an edit re-indexes
 * one shard. Shards are small enough for an edit to re-index in about a second and for Pagefind
 * (which holds a whole index in memory) to stay within a few hundred MB; the cap keeps the number of
 * bundles the search page loads bounded on very large editions, whose shards then grow instead.
 *
 * <p>The first shard of a bundle keeps its plain name ({@code pagefind/}); further shards add a
 * number ({@code pagefind-2/}, {@code pagefind-3/}).
 * {@value #LIST_FILE} at the site root lists them for the search page.
 */
final class SearchShards {

    /** The site-root file naming every bundle and its language, read by {@code assets/search.js}. */
    static final String LIST_FILE = "search-bundles.json";
    /** Pages per shard before a language gets another shard. */
    static final int SHARD_PAGES = Integer.getInteger("docedition.search.shardPages", 1000);
    /** Shards per language at most. */
    static final int MAX_SHARDS = 16;

    private SearchShards() {
    }

    /**
     * One Pagefind run's worth of pages.
     *
     * @param bundle    the language bundle it belongs to
     * @param directory its folder under the site
     * @param pages     its pages, site-relative, sorted
     */
    record Shard(SearchBundle bundle, String directory, List<String> pages) {

        /** A digest of everything Pagefind's output for this shard depends on. */
        String key(String pagefindVersion, BundleReuse reuse) {
            StringBuilder s = new StringBuilder();
            s.append("pagefind ").append(pagefindVersion).append('\n').append(bundle.language()).append('\n')
                    .append(bundle.glob()).append('\n').append(ChineseWords.VERSION).append('\n');
            for (String page : pages) {
                s.append(page).append(' ').append(reuse.digest(page)).append('\n');
            }
            try {
                return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                        .digest(s.toString().getBytes(StandardCharsets.UTF_8)));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every Java platform has SHA-256", e);
            }
        }
    }

    /** The shards of the site folder {@code site}: the main bundle always, others only when they have pages. */
    static List<Shard> plan(Path site) {
        return plan(SiteTree.existing(site), BundleReuse.NONE);
    }

    /**
     * The shards of the pages of {@code tree}: the main bundle always, others only when they have
     * pages. Whether a page has {@value #BODY} is read from the page unless {@code reuse} knows it
     * from an earlier build's page with the same bytes.
     */
    static List<Shard> plan(SiteTree tree, BundleReuse reuse) {
        Map<SearchBundle, List<String>> byBundle = new EnumMap<>(SearchBundle.class);
        for (SearchBundle b : SearchBundle.values()) {
            byBundle.put(b, new ArrayList<>());
        }
        for (String path : tree.pathsUnordered()) {
            if (!path.endsWith(".html")) {
                continue;
            }
            String name = path.substring(path.lastIndexOf('/') + 1);
            String stem = name.substring(0, name.length() - ".html".length());
            for (SearchBundle b : SearchBundle.values()) {
                if (b.selects(stem)) {
                    byBundle.get(b).add(path);
                    break;
                }
            }
        }
        indexedOnly(tree, reuse, byBundle);
        List<Shard> shards = new ArrayList<>();
        for (SearchBundle b : SearchBundle.values()) {
            List<String> pages = byBundle.get(b);
            if (pages.isEmpty() && b != SearchBundle.MAIN) {
                continue;
            }
            int n = Math.max(1, Math.min(MAX_SHARDS, (pages.size() + SHARD_PAGES - 1) / SHARD_PAGES));
            List<List<String>> split = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                split.add(new ArrayList<>());
            }
            for (String page : pages) {
                split.get(shardOf(page, n)).add(page);
            }
            for (int i = 0; i < n; i++) {
                List<String> shardPages = split.get(i);
                if (shardPages.isEmpty() && i > 0) {
                    continue;
                }
                shardPages.sort(null);
                shards.add(new Shard(b, i == 0 ? b.directory() : b.directory() + "-" + (i + 1),
                        List.copyOf(shardPages)));
            }
        }
        return shards;
    }

    /**
     * Drops the pages Pagefind would skip: once any page of the site has {@value #BODY}, Pagefind
     * indexes only pages that have it, so the others (person and source pages, the chronology:
     * on a large edition the largest pages of the site) need not be parsed at all, nor change a
     * shard's key. A site without the attribute anywhere keeps every page, as Pagefind would. A
     * language left with no page keeps its pages, so its bundle is built as before.
     */
    private static void indexedOnly(SiteTree tree, BundleReuse reuse, Map<SearchBundle, List<String>> byBundle) {
        Map<SearchBundle, List<String>> withBody = new EnumMap<>(SearchBundle.class);
        boolean any = false;
        for (Map.Entry<SearchBundle, List<String>> e : byBundle.entrySet()) {
            List<String> pages = e.getValue();
            boolean[] body = new boolean[pages.size()];
            java.util.stream.IntStream.range(0, pages.size()).parallel()
                    .forEach(i -> body[i] = hasBody(tree, reuse, pages.get(i)));
            List<String> kept = new ArrayList<>();
            for (int i = 0; i < body.length; i++) {
                if (body[i]) {
                    kept.add(pages.get(i));
                }
            }
            any |= !kept.isEmpty();
            withBody.put(e.getKey(), kept);
        }
        if (!any) {
            return;
        }
        withBody.forEach((bundle, kept) -> {
            if (!kept.isEmpty()) {
                byBundle.put(bundle, kept);
            }
        });
    }

    private static final String BODY = "data-pagefind-body";

    private static boolean hasBody(SiteTree tree, BundleReuse reuse, String page) {
        // the digest the shard keys use; a reuse without digests (a clean build) remembers nothing
        String digest = reuse.digest(page);
        if (digest.isEmpty()) {
            return hasBody(tree.read(page));
        }
        Boolean known = reuse.knownBody(digest);
        boolean body = known != null ? known : hasBody(tree.read(page));
        reuse.foundBody(digest, body);
        return body;
    }

    private static boolean hasBody(Path page) {
        try {
            // the attribute is ASCII; Latin-1 maps bytes to chars one to one, whatever the page's encoding
            return new String(Files.readAllBytes(page), StandardCharsets.ISO_8859_1).contains(BODY);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + page, e);
        }
    }

    /** The shard of {@code page} among {@code n}: a mixed hash of the path, the same on every run and machine. */
    static int shardOf(String page, int n) {
        long h = page.hashCode() * 0x9E3779B97F4A7C15L;
        return (int) Math.floorMod(h ^ (h >>> 29), (long) n);
    }

    /** Removes every bundle folder and the list of an earlier build. */
    static void removeBundles(Path site) {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(site,
                p -> Files.isDirectory(p) && (p.getFileName().toString().equals("pagefind")
                        || p.getFileName().toString().startsWith("pagefind-")))) {
            for (Path dir : entries) {
                PagefindIndexer.deleteTree(dir);
            }
            Files.deleteIfExists(site.resolve(LIST_FILE));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove old search bundles from " + site, e);
        }
    }

    /** Writes {@value #LIST_FILE} into the site folder {@code site}. */
    static void writeList(Path site, List<Shard> shards) {
        writeList(SiteTree.clean(site), shards);
    }

    /** Writes {@value #LIST_FILE}: the bundles in order, main language first. */
    static void writeList(SiteTree tree, List<Shard> shards) {
        StringBuilder json = new StringBuilder("{\"bundles\":[");
        for (int i = 0; i < shards.size(); i++) {
            Shard s = shards.get(i);
            json.append(i == 0 ? "" : ",").append("\n{\"dir\":\"").append(s.directory()).append("/\",\"lang\":\"")
                    .append(s.bundle().language()).append("\"}");
        }
        json.append("\n]}\n");
        tree.write(LIST_FILE, json.toString().getBytes(StandardCharsets.UTF_8));
    }
}
