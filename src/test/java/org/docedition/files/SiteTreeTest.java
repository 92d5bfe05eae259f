package org.docedition.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteTreeTest {

    @TempDir
    Path dir;

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** A published site of three files and its manifest's digests. */
    private Map<String, String> published() throws IOException {
        Path site = dir.resolve("site");
        Files.createDirectories(site.resolve("documents"));
        Files.writeString(site.resolve("index.html"), "home");
        Files.writeString(site.resolve("documents/a.html"), "a");
        Files.writeString(site.resolve("documents/b.html"), "b");
        return Map.of("index.html", Sha256.of("home"), "documents/a.html", Sha256.of("a"),
                "documents/b.html", Sha256.of("b"));
    }

    private Path stage() throws IOException {
        return Files.createDirectories(dir.resolve("stage"));
    }

    @Test
    void clean_writesEveryFileAndKnowsItsDigest() throws IOException {
        SiteTree tree = SiteTree.clean(stage());
        tree.write("documents/a.html", utf8("a"));
        tree.write("index.html", utf8("home"));
        assertEquals("a", Files.readString(dir.resolve("stage/documents/a.html")));
        assertEquals(List.of("documents/a.html", "index.html"), tree.paths());
        assertEquals(tree.paths(), tree.writtenPaths());
        assertEquals(Sha256.of("home"), tree.digest("index.html"));
        assertFalse(tree.keep("index.html"), "a clean tree has nothing to keep");
        assertEquals(List.of(), tree.removed());
    }

    @Test
    void patching_writesOnlyWhatChanged_andRemovesWhatIsNoLongerMade() throws IOException {
        SiteTree tree = SiteTree.patching(dir.resolve("site"), published(), stage());
        tree.write("index.html", utf8("home"));              // same bytes: kept in place
        tree.write("documents/a.html", utf8("a, edited"));   // changed: staged
        tree.write("documents/c.html", utf8("c"));           // new: staged
        // documents/b.html is not made any more
        assertFalse(Files.exists(dir.resolve("stage/index.html")));
        assertEquals("a, edited", Files.readString(dir.resolve("stage/documents/a.html")));
        assertEquals(List.of("documents/a.html", "documents/c.html"), tree.writtenPaths());
        assertEquals(List.of("documents/a.html", "documents/c.html", "index.html"), tree.paths());
        assertEquals(List.of("documents/b.html"), tree.removed());
        assertEquals(dir.resolve("site/index.html"), tree.read("index.html"));
        assertEquals(dir.resolve("stage/documents/a.html"), tree.read("documents/a.html"));
        assertEquals(Sha256.of("a, edited"), tree.digest("documents/a.html"));
    }

    @Test
    void patching_writesAFileTheManifestListsButThatIsGone() throws IOException {
        Map<String, String> manifest = published();
        Files.delete(dir.resolve("site/index.html"));
        SiteTree tree = SiteTree.patching(dir.resolve("site"), manifest, stage());
        tree.write("index.html", utf8("home"));
        assertEquals(List.of("index.html"), tree.writtenPaths());
        assertFalse(tree.keep("index.html"));
    }

    @Test
    void keep_takesThePublishedFileWhenThereIsOne() throws IOException {
        SiteTree tree = SiteTree.patching(dir.resolve("site"), published(), stage());
        assertTrue(tree.keep("documents/b.html"));
        assertFalse(tree.keep("documents/new.html"), "nothing published there");
        assertEquals(Sha256.of("b"), tree.digest("documents/b.html"));
        assertEquals(List.of("documents/b.html"), tree.paths());
        assertEquals(List.of(), tree.writtenPaths());
    }

    @Test
    void keepFolder_takesEveryPublishedFileUnderIt() throws IOException {
        SiteTree tree = SiteTree.patching(dir.resolve("site"), published(), stage());
        assertTrue(tree.keepFolder("documents"));
        assertFalse(tree.keepFolder("pagefind"));
        assertEquals(List.of("documents/a.html", "documents/b.html"), tree.paths());
        assertEquals(List.of("index.html"), tree.removed());
    }

    @Test
    void addWritten_takesInWhatAnotherProgramWrote_digestReadWhenAsked() throws IOException {
        SiteTree tree = SiteTree.clean(stage());
        Files.createDirectories(dir.resolve("stage/pagefind/index"));
        Files.writeString(dir.resolve("stage/pagefind/pagefind.js"), "js");
        Files.writeString(dir.resolve("stage/pagefind/index/en_1.pf_index"), "index");
        tree.addWritten("pagefind");
        assertEquals(List.of("pagefind/index/en_1.pf_index", "pagefind/pagefind.js"), tree.paths());
        assertEquals(Sha256.of("js"), tree.digest("pagefind/pagefind.js"));
    }
}
