package org.docedition.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.docedition.files.Sha256;
import org.docedition.files.SiteTree;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Re-indexing a shard with the published bundle offered to Pagefind (see {@link EarlierBundle})
 * makes the bundle a clean index makes: the same fragments and index chunks, byte for byte, and no
 * file of the earlier bundle the new one does not name.
 */
class EarlierBundleTest {

    private static final String EDITED = "documents/sscr-1952-1955-doc-93.html";
    private static final String DELETED = "documents/sscr-1952-1955-doc-94.html";

    @TempDir
    Path temp;

    private final PagefindIndexer indexer = new PagefindIndexer(SearchFixture.projectDir());

    @Test
    void metadata_namesEveryContentNamedFileOfTheBundle() throws IOException {
        Path site = SearchFixture.copySite(temp.resolve("site"));
        indexer.index(site);
        Path bundle = site.resolve("pagefind");
        Path meta;
        try (Stream<Path> files = Files.list(bundle)) {
            meta = files.filter(f -> f.getFileName().toString().endsWith(".pf_meta")).findFirst().orElseThrow();
        }

        Set<String> strings = PagefindMeta.strings(Files.readAllBytes(meta), meta.getFileName().toString());

        Set<String> named = new TreeSet<>();
        for (String folder : new String[] {"fragment", "index", "filter"}) {
            try (Stream<Path> files = Files.list(bundle.resolve(folder))) {
                files.map(f -> f.getFileName().toString().replaceFirst("\\.pf_[a-z]+$", "")).forEach(named::add);
            }
        }
        assertEquals(11 - 3, countIn(bundle.resolve("fragment")), "one fragment per English page");
        assertTrue(strings.containsAll(named), "not named: " + difference(named, strings));
        String entry = Files.readString(bundle.resolve(EarlierBundle.ENTRY));
        String version = entry.replaceFirst("(?s).*\"version\":\"([^\"]+)\".*", "$1");
        assertTrue(strings.contains(version), "the version (" + version + ") is a text string too: " + strings);
    }

    @Test
    void place_offersTheContentNamedFilesOnlyOfABundleOfTheSamePagefind() throws IOException {
        Path published = SearchFixture.copySite(temp.resolve("published"));
        indexer.index(published);
        SiteTree tree = SiteTree.patching(published, digests(published), Files.createDirectories(temp.resolve("stage")));
        long named = digests(published).keySet().stream()
                .filter(p -> p.matches("pagefind/(fragment|index|filter)/.*|pagefind/pagefind\\..*\\.pf_meta")).count();

        Path same = Files.createDirectories(temp.resolve("same"));
        EarlierBundle.place(tree, "pagefind", same, PagefindBinary.locate(SearchFixture.projectDir()).version());
        Path other = Files.createDirectories(temp.resolve("other"));
        EarlierBundle placed = EarlierBundle.place(tree, "pagefind", other, "0.0.1");

        assertEquals(named, digests(same).size(), "one empty placeholder per content-named file");
        assertTrue(digests(same).values().stream().allMatch(Sha256.of(new byte[0])::equals));
        assertEquals(0, digests(other).size(), "another version may name other bytes alike: nothing offered");
        assertTrue(placed == EarlierBundle.NONE);
    }

    @Test
    void reindexing_withThePublishedBundleOffered_makesWhatACleanIndexMakes() throws IOException {
        SiteTree tree = reindexAfterAnEdit(false);

        // the fragments of pages not edited are the published files, kept where they are
        long writtenFragments = tree.writtenPaths().stream().filter(p -> p.startsWith("pagefind/fragment/")).count();
        assertEquals(1, writtenFragments, tree.writtenPaths().toString());
    }

    @Test
    void reindexing_whenAPublishedFileToKeepIsGone_indexesTheShardAfresh() throws IOException {
        SiteTree tree = reindexAfterAnEdit(true);

        // the edited page's fragment, and the lost one written again; the others are published as they are
        long writtenFragments = tree.writtenPaths().stream().filter(p -> p.startsWith("pagefind/fragment/")).count();
        assertEquals(2, writtenFragments, tree.writtenPaths().toString());
    }

    /**
     * Indexes the fixture site, edits one page and deletes another, indexes again patching the
     * published site (after deleting one of its fragments from the disk, not from its manifest, if
     * {@code loseAFragment}), and checks the bundles against a clean index of the same pages.
     */
    private SiteTree reindexAfterAnEdit(boolean loseAFragment) throws IOException {
        Path published = SearchFixture.copySite(temp.resolve("published"));
        indexer.index(published);
        Map<String, String> manifest = digests(published);
        Path expected = SearchFixture.copySite(temp.resolve("expected"));
        edit(expected.resolve(EDITED));
        Files.delete(expected.resolve(DELETED));
        indexer.index(expected);
        if (loseAFragment) {
            // a fragment the new bundle uses too, so Pagefind leaves its placeholder
            String kept = digests(expected, "pagefind/fragment/").keySet().stream()
                    .filter(f -> Files.exists(published.resolve("pagefind").resolve(f))).findFirst().orElseThrow();
            Files.delete(published.resolve("pagefind").resolve(kept));
        }

        // the new site: the same pages but one edited and one deleted, patching the published one
        SiteTree tree = SiteTree.patching(published, manifest, Files.createDirectories(temp.resolve("stage")));
        for (String path : new TreeSet<>(manifest.keySet())) {
            if (!path.startsWith("pagefind") && !path.equals(EDITED) && !path.equals(DELETED)) {
                assertTrue(tree.keep(path), path);
            }
        }
        tree.write(EDITED, Files.readAllBytes(expected.resolve(EDITED)));
        indexer.index(tree, BundleReuse.NONE);

        for (String bundle : new String[] {"pagefind", "pagefind-zh"}) {
            Map<String, String> made = bundleFiles(tree, bundle);
            Map<String, String> clean = bundleFiles(SiteTree.existing(expected), bundle);
            for (String folder : new String[] {"fragment/", "index/"}) {
                assertEquals(only(clean, folder), only(made, folder), bundle + "/" + folder);
            }
            assertEquals(only(clean, "filter/").size(), only(made, "filter/").size(), bundle + "/filter/");
            assertEquals(clean.keySet().stream().filter(p -> p.endsWith(".pf_meta")).count(),
                    made.keySet().stream().filter(p -> p.endsWith(".pf_meta")).count(), bundle + ": one metadata file");
            assertEquals(clean.size(), made.size(), bundle + ": " + made.keySet());
            for (Map.Entry<String, String> file : made.entrySet()) {
                assertNotEquals(Sha256.of(new byte[0]), file.getValue(), "an empty placeholder went into the site: "
                        + file.getKey());
            }
        }
        assertNotEquals(only(digests(published, "pagefind/fragment/"), ""),
                only(bundleFiles(tree, "pagefind"), "fragment/"), "the edit changed the English fragments");
        return tree;
    }

    private static Map<String, String> digests(Path site, String under) throws IOException {
        Map<String, String> files = new TreeMap<>();
        digests(site).forEach((path, digest) -> {
            if (path.startsWith(under)) {
                files.put(path.substring("pagefind/".length()), digest);
            }
        });
        return files;
    }

    private static void edit(Path page) throws IOException {
        String html = Files.readString(page, StandardCharsets.UTF_8);
        String edited = html.replaceFirst("<p>", "<p>Zanzibarian marginalia. ");
        assertNotEquals(html, edited);
        Files.writeString(page, edited, StandardCharsets.UTF_8);
    }

    /** Each file of {@code tree} under {@code bundle}/, with its digest, relative to the bundle. */
    private static Map<String, String> bundleFiles(SiteTree tree, String bundle) {
        Map<String, String> files = new TreeMap<>();
        for (String path : tree.paths()) {
            if (path.startsWith(bundle + "/")) {
                files.put(path.substring(bundle.length() + 1), Sha256.ofFile(tree.read(path)));
            }
        }
        return files;
    }

    private static Map<String, String> only(Map<String, String> files, String folder) {
        return files.entrySet().stream().filter(e -> e.getKey().startsWith(folder))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, TreeMap::new));
    }

    private static Map<String, String> digests(Path site) throws IOException {
        Map<String, String> digests = new HashMap<>();
        try (Stream<Path> walk = Files.walk(site)) {
            for (Path file : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                digests.put(SiteTree.relative(site, file), Sha256.ofFile(file));
            }
        }
        return digests;
    }

    private static long countIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.count();
        }
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> d = new TreeSet<>(a);
        d.removeAll(b);
        return d;
    }
}
