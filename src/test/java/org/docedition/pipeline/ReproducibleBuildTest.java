package org.docedition.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two builds of the same input give a byte-identical site: no wall-clock time in the output, and
 * the one date the harvest files carry comes from {@code SOURCE_DATE_EPOCH} when it is set.
 *
 * <p>Pagefind's bundles ({@code pagefind*}) are left out of the comparison, and so are their lines
 * in the manifest: Pagefind does not promise identical bundles (1.5.2 wrote filter values in
 * hash-map order, so the names of its filter and metadata files changed from run to run).
 * Without search the whole site, manifest included, must be identical.
 */
class ReproducibleBuildTest {

    /** Everything except Pagefind's folders. */
    private static final Predicate<String> NOT_PAGEFIND = name -> !name.startsWith("pagefind");

    @Test
    void twoBuildsWithSearch_areByteIdenticalOutsidePagefind(@TempDir Path work) throws IOException {
        Path a = work.resolve("a/site");
        Path b = work.resolve("b/site");
        assertTrue(SiteTrees.build(SiteTrees.SEEDS, a, true).written());
        assertTrue(SiteTrees.build(SiteTrees.SEEDS, b, true).written());
        assertEquals(List.of(), SiteTrees.differences(withoutPagefindLines(SiteTrees.snapshot(a, NOT_PAGEFIND)),
                withoutPagefindLines(SiteTrees.snapshot(b, NOT_PAGEFIND))));
        assertNoWallClock(a);
    }

    @Test
    void twoBuildsWithoutSearch_areByteIdenticalManifestIncluded(@TempDir Path work) {
        Path a = work.resolve("a/site");
        Path b = work.resolve("b/site");
        assertTrue(SiteTrees.build(SiteTrees.SEEDS, a, false).written());
        assertTrue(SiteTrees.build(SiteTrees.SEEDS, b, false).written());
        Map<String, byte[]> first = SiteTrees.snapshot(a);
        assertTrue(first.containsKey("manifest-sha256.txt") && first.containsKey("feed.xml"), first.keySet()::toString);
        assertEquals(List.of(), SiteTrees.differences(first, SiteTrees.snapshot(b)));
    }

    @Test
    void twoBuildsWithSourceDateEpoch_areByteIdenticalAndCarryThatDate(@TempDir Path work) throws Exception {
        Path a = work.resolve("a/site");
        Path b = work.resolve("b/site");
        // SOURCE_DATE_EPOCH is read from the environment, so these builds run as child processes
        assertEquals(0, cli(work, "1700000000", "build", "--no-search", "--out", a.toString(),
                "--site-url", "https://example.org/edition/"));
        assertEquals(0, cli(work, "1700000000", "build", "--no-search", "--out", b.toString(),
                "--site-url", "https://example.org/edition/"));
        assertEquals(List.of(), SiteTrees.differences(SiteTrees.snapshot(a), SiteTrees.snapshot(b)));
        String feed = Files.readString(a.resolve("feed.xml"), StandardCharsets.UTF_8);
        assertTrue(feed.contains("<updated>2023-11-14T22:13:20Z</updated>"), feed.substring(0, 600));

        Path c = work.resolve("c/site");
        assertEquals(0, cli(work, null, "build", "--no-search", "--out", c.toString(),
                "--site-url", "https://example.org/edition/"));
        // the TEI corpus's publicationStmt names the build's date; OAI datestamps are the build's date
        // for records not in the published file (here every record: c is a new site)
        assertEquals(List.of("differs: data/edition.tei.xml", "differs: data/oai-pmh.xml", "differs: feed.xml",
                        "differs: manifest-sha256.txt", "differs: sitemap.xml"),
                SiteTrees.differences(SiteTrees.snapshot(a), SiteTrees.snapshot(c)),
                "SOURCE_DATE_EPOCH changes the harvest files' dates and nothing else");
        assertTrue(Files.readString(a.resolve("sitemap.xml")).contains("<lastmod>2023-11-14</lastmod>"));
        assertTrue(Files.readString(a.resolve("data/oai-pmh.xml")).contains("<oai:datestamp>2023-11-14</oai:datestamp>"));
        assertFalse(Files.readString(c.resolve("feed.xml")).contains("2023-11-14"));
        assertFalse(Files.readString(c.resolve("sitemap.xml")).contains("<lastmod>"));
    }

    /** Runs {@code edition args} in a child JVM with {@code epoch} as SOURCE_DATE_EPOCH (unset when null). */
    private static int cli(Path work, String epoch, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), "org.docedition.cli.Main"));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(SiteTrees.PROJECT.toFile())
                .redirectErrorStream(true).redirectOutput(work.resolve("cli-" + System.nanoTime() + ".log").toFile());
        pb.environment().remove("SOURCE_DATE_EPOCH");
        pb.environment().remove("EDITION_SITE_URL");
        if (epoch != null) {
            pb.environment().put("SOURCE_DATE_EPOCH", epoch);
        }
        Process p = pb.start();
        if (!p.waitFor(10, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("the build did not finish");
        }
        return p.exitValue();
    }

    /** The manifest without the lines of Pagefind's files, whose names and bytes vary. */
    private static Map<String, byte[]> withoutPagefindLines(Map<String, byte[]> files) {
        byte[] manifest = files.get("manifest-sha256.txt");
        String kept = new String(manifest, StandardCharsets.UTF_8).lines()
                .filter(l -> !l.substring(l.indexOf("  ") + 2).startsWith("pagefind"))
                .reduce("", (x, l) -> x + l + "\n");
        files.put("manifest-sha256.txt", kept.getBytes(StandardCharsets.UTF_8));
        return files;
    }

    /** No file holds today's date, the mark of a wall-clock timestamp. */
    private static void assertNoWallClock(Path site) {
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        List<String> dated = new ArrayList<>();
        SiteTrees.snapshot(site).forEach((name, bytes) -> {
            if (new String(bytes, StandardCharsets.UTF_8).contains(today)) {
                dated.add(name);
            }
        });
        assertEquals(List.of(), dated, "files holding today's date " + today);
    }
}
