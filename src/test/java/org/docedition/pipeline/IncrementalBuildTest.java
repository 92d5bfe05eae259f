package org.docedition.pipeline;

import org.docedition.files.Sha256;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.docedition.testing.TestTrees;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Incremental builds produce exactly the site a clean build of the same inputs produces: every
 * file byte-identical, search bundles apart (Pagefind does not write them reproducibly), which are
 * compared by the pages they index. Correctness only; how long they take is the benchmark's business.
 */
class IncrementalBuildTest {

    static final Path FIXTURE_SEEDS = SiteTrees.PROJECT.resolve("src/test/resources/org/docedition/pipeline/fixture/seeds");

    @TempDir
    Path temp;

    private Path seeds;
    private Path templates;

    private Path copyProject() throws IOException {
        seeds = TestTrees.copy(FIXTURE_SEEDS, temp.resolve("seeds"));
        templates = TestTrees.copy(SiteTrees.PROJECT.resolve("templates"), temp.resolve("templates"));
        return temp;
    }

    /** The content folder builds use; its parent's jbake.properties is the configuration. */
    private Path content = SiteTrees.PROJECT.resolve("content");

    private BuildReport build(Path site, boolean search, boolean incremental, ByteArrayOutputStream log) {
        return new EditionBuild(options(site, search), new PrintStream(log, true, StandardCharsets.UTF_8))
                .build(incremental);
    }

    private BuildOptions options(Path site, boolean search) {
        return new BuildOptions(SiteTrees.PROJECT, seeds, content, templates, site, false, search,
                java.util.Optional.empty());
    }

    private BuildReport build(Path site, boolean search, boolean incremental) {
        return build(site, search, incremental, new ByteArrayOutputStream());
    }

    /** Copies the project and builds it once, without search, into {@code site} under the temporary folder. */
    private Path copyProjectAndBuild() throws IOException {
        copyProject();
        Path site = temp.resolve("site");
        assertTrue(build(site, false, true).written());
        return site;
    }

    /** Builds incrementally into {@code site} and cleanly into a fresh folder; returns the differences. */
    private List<String> incrementalAgainstClean(Path site, boolean search) {
        assertTrue(build(site, search, true).written(), "incremental build failed");
        Path clean = temp.resolve("clean-" + System.nanoTime());
        assertTrue(build(clean, search, false).written(), "clean build failed");
        return SiteTrees.differences(SiteTrees.snapshot(site, IncrementalBuildTest::reproducible),
                SiteTrees.snapshot(clean, IncrementalBuildTest::reproducible));
    }

    /**
     * Amends a sentence of one seed and builds {@code site} again, incrementally, asserting that it
     * rendered only what changed; returns what the build printed.
     */
    private String editOneSeedAndRebuild(Path site) throws IOException {
        SiteTrees.replaceFirst(seeds.resolve("101_collection.txt"), " the ", " the amended ");
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        assertTrue(build(site, false, true, log).written());
        String printed = log.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains(" rendered, the others unchanged"), printed);
        return printed;
    }

    /** Builds cleanly (no search) into a fresh folder; the differences between {@code built} and it, every file compared. */
    private List<String> differencesFromACleanBuild(Path built) {
        Path clean = temp.resolve("clean-" + System.nanoTime());
        assertTrue(build(clean, false, false).written(), "clean build failed");
        return SiteTrees.differences(SiteTrees.snapshot(built), SiteTrees.snapshot(clean));
    }

    private static boolean reproducible(String path) {
        return !path.startsWith("pagefind") && !path.equals("manifest-sha256.txt");
    }

    @Test
    void build_afterEditingOneSeed_equalsACleanBuild() throws IOException {
        Path site = copyProjectAndBuild();
        Path untouched = site.resolve("assets/site.css");
        Object inode = Files.getAttribute(untouched, "unix:ino");
        String printed = editOneSeedAndRebuild(site);
        // the site is patched in place: an unchanged file is neither rewritten nor replaced
        assertTrue(printed.matches("(?s).*publish +\\d+ files written, 0 removed, \\d+ unchanged.*"), printed);
        assertEquals(inode, Files.getAttribute(untouched, "unix:ino"));
        try (var siblings = Files.list(temp)) {
            assertEquals(List.of(), siblings.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("site."))
                    .toList(), "nothing is left beside the site");
        }

        assertEquals(List.of(), differencesFromACleanBuild(site));
    }

    /** The memo file the one-shot builds of {@code site} keep (see {@link MemoStore}). */
    private static Path memoFile(Path site) {
        return BuildCache.load(SiteTrees.PROJECT, site).directory().resolve(MemoStore.FILE_NAME);
    }

    @Test
    void build_afterEditingOneSeed_takesTheLastBuildsStoredMemosAndEqualsACleanBuild() throws IOException {
        Path site = copyProjectAndBuild();
        assertTrue(Files.isRegularFile(memoFile(site)), "the first build stores its memos");

        // each EditionBuild below is as a fresh process: it has no memos but those on disk
        String printed = editOneSeedAndRebuild(site);
        assertTrue(printed.contains("memos    what the last build read and keyed"), printed);
        assertFalse(printed.contains("note "), printed);
        assertEquals(List.of(), differencesFromACleanBuild(site));

        // and again, from the memos the incremental build stored
        SiteTrees.replaceFirst(seeds.resolve("101_collection.txt"), " amended ", " twice amended ");
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        assertTrue(build(site, false, true, log).written());
        assertTrue(log.toString(StandardCharsets.UTF_8).contains("memos    what the last build read"), log.toString());
        assertEquals(List.of(), differencesFromACleanBuild(site));
    }

    @Test
    void build_withADamagedMemoFile_readsEverythingAndEqualsACleanBuild() throws IOException {
        Path site = copyProjectAndBuild();
        Path memos = memoFile(site);
        byte[] stored = Files.readAllBytes(memos);
        Files.write(memos, java.util.Arrays.copyOf(stored, stored.length / 3));

        String printed = editOneSeedAndRebuild(site);

        assertTrue(printed.contains("memos    none to trust"), printed);
        assertEquals(List.of(), differencesFromACleanBuild(site));
        assertTrue(Files.size(memos) > stored.length / 3, "a whole memo file replaces the damaged one");
    }

    @Test
    void build_afterChangingADocumentDate_updatesNeighboursAndChronologyLikeACleanBuild() throws IOException {
        Path site = copyProjectAndBuild();
        // the article moves from 1955 to 1949: it gets other neighbours, and its old ones get new ones
        SiteTrees.replaceFirst(seeds.resolve("100_article.txt"), "Date: 1955-03-08", "Date: 1949-10-02");

        assertEquals(List.of(), incrementalAgainstClean(site, false));
    }

    @Test
    void build_afterDeletingASeed_removesItsPagesLikeACleanBuild() throws IOException {
        Path site = copyProjectAndBuild();
        List<String> before = SiteTrees.names(site.resolve("documents"));
        Files.delete(seeds.resolve("100_article.txt"));

        assertEquals(List.of(), incrementalAgainstClean(site, false));
        assertTrue(SiteTrees.names(site.resolve("documents")).size() < before.size());
    }

    @Test
    void build_ofALargeEditionsPages_afterDeletingAndEditingSeeds_equalsACleanBuild() throws IOException {
        copyProject();
        // limits as low as a small edition allows: the chronology has year pages, lists several pages
        content = TestTrees.copy(SiteTrees.PROJECT.resolve("content"), temp.resolve("content"));
        Files.writeString(temp.resolve("jbake.properties"), Files.readString(SiteTrees.PROJECT.resolve("jbake.properties"))
                + "\nchronology.year.pages.above=2\napparatus.list.page.size=2\n");
        Path site = temp.resolve("site");
        assertTrue(build(site, false, true).written());
        List<String> before = SiteTrees.names(site.resolve("sources"));
        assertTrue(before.stream().anyMatch(n -> n.contains(".page-2.")), before.toString());
        assertTrue(Files.isDirectory(site.resolve("chronology")));

        Files.delete(seeds.resolve("100_article.txt"));
        SiteTrees.replaceFirst(seeds.resolve("101_collection.txt"), " the ", " the amended ");
        assertEquals(List.of(), incrementalAgainstClean(site, false));
    }

    @Test
    void build_afterEditingATemplate_rendersEveryPageAgain() throws IOException {
        Path site = copyProjectAndBuild();
        SiteTrees.replaceFirst(templates.resolve("layout.ftl"), "</footer>", "<p>Edited footer.</p></footer>");

        assertEquals(List.of(), incrementalAgainstClean(site, false));
        assertTrue(Files.readString(site.resolve("index.html")).contains("Edited footer."));
    }

    @Test
    void build_withLinkedSeedsTemplatesAndContent_readsThemAndSeesAnEditInside() throws IOException {
        copyProject();
        Path real = temp.resolve("site-of-real-folders");
        assertTrue(build(real, false, false).written());
        // an editor's folders kept elsewhere and linked into the project (a shared theme, say)
        Path contentCopy = TestTrees.copy(content, temp.resolve("shared/content"));
        // the configuration beside content/ (jbake.properties), beside the link
        Files.copy(content.resolveSibling("jbake.properties"), temp.resolve("jbake.properties"));
        seeds = Files.createSymbolicLink(temp.resolve("seeds-link"), seeds);
        templates = Files.createSymbolicLink(temp.resolve("templates-link"), templates);
        content = Files.createSymbolicLink(temp.resolve("content-link"), contentCopy);
        Path site = temp.resolve("site");

        assertTrue(build(site, false, true).written());
        assertEquals(List.of(), SiteTrees.differences(SiteTrees.snapshot(real), SiteTrees.snapshot(site)),
                "the content pages and assets of linked folders are built as of real ones");

        SiteTrees.replaceFirst(templates.toRealPath().resolve("layout.ftl"), "</footer>",
                "<p>Edited footer.</p></footer>");
        BuildReport again = build(site, false, true);
        assertFalse(again.upToDate(), "an edit inside a linked templates folder is a change");
        assertTrue(Files.readString(site.resolve("index.html")).contains("Edited footer."));
    }

    @Test
    void build_intoALinkedSite_patchesTheFolderItNamesAndKeepsTheLink() throws IOException {
        copyProject();
        Path served = temp.resolve("www/edition");
        Path site = Files.createSymbolicLink(temp.resolve("site"), served);
        assertTrue(build(site, false, true).written());
        editOneSeedAndRebuild(site);

        assertTrue(Files.isSymbolicLink(site), "the link stays a link");
        assertEquals(List.of(), differencesFromACleanBuild(served));
    }

    @Test
    void build_afterAFolderWasMadeInsideTheSeeds_isNotUpToDateAndWarns() throws IOException {
        Path site = copyProjectAndBuild();
        Files.createDirectories(seeds.resolve("1958"));

        ByteArrayOutputStream log = new ByteArrayOutputStream();
        BuildReport again = build(site, false, true, log);

        assertFalse(again.upToDate(), log.toString(StandardCharsets.UTF_8));
        assertTrue(again.problems().stream().anyMatch(p -> p.toString().startsWith("seeds/1958/: warning")),
                again.problems()::toString);
    }

    @Test
    void build_withNothingChanged_skipsAndLeavesTheSiteAsItWas_evenWhenForcedToReadIt() throws IOException {
        copyProject();
        Path site = temp.resolve("site");
        BuildReport first = build(site, false, true);
        Map<String, byte[]> before = SiteTrees.snapshot(site);

        ByteArrayOutputStream log = new ByteArrayOutputStream();
        BuildReport again = build(site, false, true, log);

        assertTrue(log.toString(StandardCharsets.UTF_8).contains("up to date"), log.toString());
        assertTrue(again.upToDate() && !first.upToDate());
        assertEquals(first.documentsPerKind(), again.documentsPerKind());
        assertEquals(first.pagesWritten(), again.pagesWritten());
        assertEquals(first.problems(), again.problems());
        assertEquals(List.of(), SiteTrees.differences(before, SiteTrees.snapshot(site)));

        // as serve's first build when the site is up to date: everything is read, nothing is written
        ByteArrayOutputStream forcedLog = new ByteArrayOutputStream();
        BuildReport forced = new EditionBuild(options(site, false), new PrintStream(forcedLog, true,
                StandardCharsets.UTF_8), BuildMemos.remembering()).buildEvenIfUpToDate();
        String printed = forcedLog.toString(StandardCharsets.UTF_8);
        assertFalse(forced.upToDate() || printed.contains("up to date"), printed);
        assertTrue(forced.written() && forced.times().millis().containsKey("render"), forced.times().millis()::toString);
        // not even the manifest, which does not list itself, is written again
        assertTrue(printed.contains("publish  0 files written, 0 removed"), printed);
        assertEquals(first.pagesWritten(), forced.pagesWritten());
        assertEquals(List.of(), SiteTrees.differences(before, SiteTrees.snapshot(site)));
    }

    @Test
    void build_afterTheSiteWasChangedByHand_buildsItAgain() throws IOException {
        Path site = copyProjectAndBuild();
        Map<String, byte[]> built = SiteTrees.snapshot(site);
        Files.writeString(site.resolve("manifest-sha256.txt"), "tampered\n");
        Files.delete(site.resolve("index.html"));

        ByteArrayOutputStream log = new ByteArrayOutputStream();
        assertTrue(build(site, false, true, log).written());

        assertFalse(log.toString(StandardCharsets.UTF_8).contains("up to date"), log.toString());
        assertEquals(List.of(), SiteTrees.differences(built, SiteTrees.snapshot(site)));
    }

    @Test
    void build_withSearchAfterEditingOneSeed_reindexesLikeACleanBuild() throws IOException {
        copyProject();
        Path site = temp.resolve("site");
        assertTrue(build(site, true, true).written());
        SiteTrees.replaceFirst(seeds.resolve("102_catalogue.txt"), " the ", " the amended ");

        assertEquals(List.of(), incrementalAgainstClean(site, true));
        assertTrue(Files.isRegularFile(site.resolve("pagefind/pagefind.js")));
        String bundles = Files.readString(site.resolve("search-bundles.json"));
        assertTrue(bundles.contains("\"pagefind/\"") && !bundles.contains("\"pagefind-zh/\""), bundles);
        // the manifest lists the same files, with the same digests outside the search bundles
        List<String> manifest = Files.readAllLines(site.resolve("manifest-sha256.txt"));
        for (String line : manifest) {
            String path = line.substring(66);
            assertTrue(Files.isRegularFile(site.resolve(path)), path);
            if (reproducible(path)) {
                assertEquals(Sha256.ofFile(site.resolve(path)), line.substring(0, 64), path);
            }
        }
    }

}
