package org.docedition.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link ServeSession} against stand-ins for serve (small shell scripts) and against the real
 * {@code edition serve} on a 100-document corpus. Nothing about timing is asserted; every wait has
 * a generous limit.
 */
class ServeSessionTest {

    /** A stand-in for serve: prints "Serving", then "Rebuilt: 3 pages" whenever the file $1 changes. */
    private static final String REBUILDS = """
            echo 'Serving site at http://127.0.0.1:1/'
            before=$(cksum < "$1")
            while :; do
              now=$(cksum < "$1")
              if [ "$now" != "$before" ]; then before=$now; echo 'ingest 1 document'; echo 'Rebuilt: 3 pages'; fi
              sleep 0.05
            done
            """;

    @TempDir
    Path dir;

    @Test
    void measure_timesEveryEditThenStopsServeAndRestoresTheSeed() throws Exception {
        Path seed = seed();
        byte[] original = Files.readAllBytes(seed);
        Set<Long> before = descendants();
        ServeLatency latency = ServeSession.measure(shell(REBUILDS, seed), dir, seed.getParent(),
                dir.resolve("logs/serve-run1"), Duration.ofMinutes(1));
        assertEquals(ServeSession.EDITS, latency.editMillis().size());
        assertTrue(latency.editMillis().stream().allMatch(m -> m >= 0), latency.toString());
        assertTrue(latency.warmMedianMillis().isPresent());
        assertArrayEquals(original, Files.readAllBytes(seed));
        assertEquals(before, descendants(), "serve is stopped");
        String log = Files.readString(dir.resolve("logs/serve-run1-stdout.txt"));
        assertTrue(log.startsWith("Serving "), log);
        assertEquals(ServeSession.EDITS, log.lines().filter(l -> l.startsWith("Rebuilt:")).count(), log);
    }

    @Test
    void measure_failedRebuild_isReportedAndTheSeedRestored() throws Exception {
        Path seed = seed();
        byte[] original = Files.readAllBytes(seed);
        Set<Long> before = descendants();
        IOException e = assertThrows(IOException.class, () -> ServeSession.measure(shell("""
                echo 'Serving site at http://127.0.0.1:1/'
                echo 'something went wrong' >&2
                sleep 6
                echo 'Build failed: 1 errors; still serving the previous site'
                sleep 60
                """, seed), dir, seed.getParent(), dir.resolve("logs/serve"), Duration.ofMinutes(1)));
        assertTrue(e.getMessage().contains("Build failed: 1 errors"), e.getMessage());
        assertTrue(e.getMessage().contains("something went wrong"), "stderr is quoted: " + e.getMessage());
        assertArrayEquals(original, Files.readAllBytes(seed));
        assertEquals(before, descendants(), "serve is stopped");
    }

    @Test
    void measure_serveExitsOrHangs_isReportedAndStopped() throws Exception {
        Path seed = seed();
        IOException exited = assertThrows(IOException.class, () -> ServeSession.measure(
                shell("echo 'no such option' >&2; exit 2", seed), dir, seed.getParent(), dir.resolve("logs/a"),
                Duration.ofMinutes(1)));
        assertTrue(exited.getMessage().startsWith("serve exited (code 2) before its 'Serving' line"),
                exited.getMessage());
        assertTrue(exited.getMessage().contains("no such option"), exited.getMessage());

        Set<Long> before = descendants();
        IOException hung = assertThrows(IOException.class, () -> ServeSession.measure(shell("sleep 120", seed), dir,
                seed.getParent(), dir.resolve("logs/b"), Duration.ofSeconds(1)));
        assertTrue(hung.getMessage().startsWith("serve printed no 'Serving' line within 1 s"), hung.getMessage());
        assertEquals(before, descendants(), "serve is stopped");
    }

    @Test
    void measure_realServeOnASmallCorpus() throws Exception {
        Path real = Path.of(System.getProperty("basedir", "")).toAbsolutePath().normalize();
        assumeTrue(Files.isDirectory(real.resolve("node_modules/@pagefind")), "Pagefind is installed (npm ci)");
        Path project = dir.resolve("project");
        Path seeds = project.resolve("seeds");
        new SyntheticCorpus(SyntheticCorpus.DEFAULT_SEED).write(100, seeds);
        for (String shared : List.of("templates", "content", "node_modules", "package.json", "package-lock.json")) {
            Files.createSymbolicLink(project.resolve(shared), real.resolve(shared));
        }
        Path edited = SeedEdit.prepare(seeds).file();
        byte[] original = Files.readAllBytes(edited);
        Set<Long> before = descendants();
        String classpath = BenchmarkOptions.absolute(System.getProperty("java.class.path"));
        List<String> command = EditionCommandLine.serve(classpath, "512m", project, seeds, project.resolve("site"));
        ServeLatency latency = ServeSession.measure(command, project, seeds, dir.resolve("logs/serve"),
                Duration.ofMinutes(3));
        assertEquals(ServeSession.EDITS, latency.editMillis().size());
        assertTrue(latency.describe().startsWith("serve: edit to site "), latency.describe());
        assertArrayEquals(original, Files.readAllBytes(edited));
        assertEquals(before, descendants(), "serve is stopped");
        assertTrue(Files.readString(project.resolve("site/index.html")).contains("<html"));
    }

    @Test
    void commandLine_servesOnAFreePortWithTheBuildsHeapAndFolders() {
        List<String> cmd = EditionCommandLine.serve("app.jar", "2g", Path.of("/p"), Path.of("/p/seeds"),
                Path.of("/p/site"));
        assertTrue(cmd.get(0).endsWith("java"));
        assertEquals(List.of("-Xmx2g", "-cp", "app.jar", "org.docedition.cli.Main", "serve", "--project", "/p",
                "--seeds", "/p/seeds", "--out", "/p/site", "--port", "0", "--timings"), cmd.subList(1, cmd.size()));
    }

    /** One collection page with one numbered document, as {@link SeedEdit} expects. */
    private Path seed() throws IOException {
        Path seeds = Files.createDirectories(dir.resolve("seeds"));
        return Files.writeString(seeds.resolve("c-0001.txt"), "1.\n\nThe first paragraph.\n");
    }

    private static List<String> shell(String script, Path seed) {
        return List.of("sh", "-c", script, "serve", seed.toString());
    }

    private static Set<Long> descendants() {
        return ProcessHandle.current().descendants().filter(ProcessHandle::isAlive).map(ProcessHandle::pid)
                .collect(Collectors.toSet());
    }
}
