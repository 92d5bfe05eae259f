package org.docedition.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestWriterTest {

    @TempDir
    Path site;

    private void smallSite() {
        PublishFixtures.write(site.resolve("index.html"), "<!doctype html><title>Edition</title>");
        PublishFixtures.write(site.resolve("documents/sscr-1952-1955-doc-89.html"), "<p>Doc. 89</p>");
        PublishFixtures.write(site.resolve("pagefind/fragment/en_1.pf_fragment"), "x");
        PublishFixtures.write(site.resolve("data/documents.json"), "[]\n");
        PublishFixtures.write(site.resolve("about us.html"), "a space in the name");
        PublishFixtures.write(site.resolve("关于.html"), "a Chinese name");
    }

    /** Runs {@code sha256sum -c} in {@code dir}: the check a mirror runs. */
    private static Result sha256sumCheck(Path dir) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("sha256sum", "--strict", "-c", ManifestWriter.FILE_NAME)
                .directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "sha256sum finished");
        return new Result(p.exitValue(), out);
    }

    private record Result(int exit, String output) {
    }

    @Test
    void write_smallSite_verifiesWithSha256sum() throws Exception {
        smallSite();
        assertEquals(6, new ManifestWriter().write(site));
        Result r = sha256sumCheck(site);
        assertEquals(0, r.exit(), r.output());
        assertEquals(6, r.output().lines().filter(l -> l.endsWith(": OK")).count(), r.output());
    }

    @Test
    void write_fileChangedAfterwards_sha256sumReportsIt() throws Exception {
        smallSite();
        new ManifestWriter().write(site);
        PublishFixtures.write(site.resolve("documents/sscr-1952-1955-doc-89.html"), "<p>tampered</p>");
        Result r = sha256sumCheck(site);
        assertNotEquals(0, r.exit());
        assertTrue(r.output().contains("documents/sscr-1952-1955-doc-89.html: FAILED"), r.output());
    }

    @Test
    void write_listsFilesSortedAndNotItself() throws IOException {
        smallSite();
        new ManifestWriter().write(site);
        new ManifestWriter().write(site);
        List<String> paths = Files.readAllLines(site.resolve(ManifestWriter.FILE_NAME)).stream()
                .map(l -> l.substring(66)).toList();
        assertEquals(paths.stream().sorted().toList(), paths);
        assertFalse(paths.contains(ManifestWriter.FILE_NAME));
        assertTrue(paths.contains("pagefind/fragment/en_1.pf_fragment"));
        assertTrue(Files.readAllLines(site.resolve(ManifestWriter.FILE_NAME)).get(0).matches("[0-9a-f]{64}  .+"));
    }

    @Test
    void write_nameWithBackslashAndNewline_isEscapedAsSha256sumExpects() throws Exception {
        smallSite();
        PublishFixtures.write(site.resolve("odd\\name\nhere.txt"), "odd");
        new ManifestWriter().write(site);
        Result r = sha256sumCheck(site);
        assertEquals(0, r.exit(), r.output());
    }

    @Test
    void write_twice_givesIdenticalBytes() throws IOException {
        smallSite();
        new ManifestWriter().write(site);
        byte[] first = Files.readAllBytes(site.resolve(ManifestWriter.FILE_NAME));
        new ManifestWriter().write(site);
        assertEquals(new String(first, StandardCharsets.UTF_8),
                Files.readString(site.resolve(ManifestWriter.FILE_NAME)));
    }
}
