package org.docedition.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class BenchmarkTest {

    @TempDir
    Path dir;

    @Test
    void parse_options_overrideDefaults() {
        BenchmarkOptions o = BenchCommand.parse(new String[] {"--sizes", "1k,10000", "--runs", "1", "--no-hugo",
                "--no-incremental", "--project", dir.toString(), "--heap", "1g", "--profile"});
        assertEquals(List.of(1000, 10000), o.sizes());
        assertEquals(1, o.runs());
        assertFalse(o.hugo());
        assertFalse(o.incremental());
        assertTrue(o.profile());
        assertEquals("1g", o.heap());
        assertEquals(dir.resolve("bench-work"), o.workDir());
    }

    @Test
    void parse_defaults_oneAndTenThousandThreeRunsWithHugo() {
        BenchmarkOptions o = BenchCommand.parse();
        assertEquals(List.of(1000, 10000), o.sizes());
        assertEquals(3, o.runs());
        assertTrue(o.hugo());
        assertTrue(o.incremental());
        assertEquals("2g", o.heap());
    }

    @Test
    void parse_mixOptions_catalogueShareAndGenerateOnly() {
        assertEquals(0, BenchCommand.parse().cataloguePercent(), "the issue's mix by default");
        assertFalse(BenchCommand.parse().generateOnly());
        BenchmarkOptions o = BenchCommand.parse("--catalogue", "20", "--generate-only");
        assertEquals(20, o.cataloguePercent());
        assertTrue(o.generateOnly());
        assertThrows(CommandLine.ParameterException.class, () -> BenchCommand.parse("--catalogue", "120"));
    }

    @Test
    void run_generateOnly_writesSeedsAndHugoContentAndBuildsNothing() throws Exception {
        Path work = dir.resolve("work");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = BenchCommand.run(new String[] {"--generate-only", "--sizes", "20", "--project", dir.toString(),
                "--work", work.toString(), "--classpath", dir.toString()}, new PrintStream(out, true,
                StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()));
        String printed = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, code, printed);
        assertTrue(printed.contains("20 documents (10 newspaper, 10 collection, 0 catalogue)"), printed);
        try (var seeds = Files.list(work.resolve("20/project/seeds"))) {
            assertTrue(seeds.count() >= 11, "ten article files and the collection's");
        }
        assertTrue(Files.exists(work.resolve("20/hugo/config.toml")));
        assertFalse(Files.exists(work.resolve("20/project/site")), "nothing built");
    }

    @Test
    void parse_badInput_isAUsageError() {
        assertThrows(CommandLine.ParameterException.class, () -> BenchCommand.parse(new String[] {"--sizes", "many"}));
        assertThrows(CommandLine.ParameterException.class, () -> BenchCommand.parse(new String[] {"--sizes", "5"}));
        assertThrows(CommandLine.ParameterException.class, () -> BenchCommand.parse(new String[] {"--runs"}));
        assertThrows(CommandLine.ParameterException.class, () -> BenchCommand.parse(new String[] {"--fast"}));
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = BenchCommand.run(new String[] {"--fast"}, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(2, code);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("Unknown option: '--fast'"));
    }

    @Test
    void run_withoutTheBuildOnTheClasspath_saysHowToBuildIt() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = BenchCommand.run(new String[] {"--classpath", dir.toString(), "--project", dir.toString(),
                "--no-hugo"}, new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true,
                StandardCharsets.UTF_8));
        assertEquals(1, code);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("mvn -B -DskipTests package"), err.toString());
    }

    @Test
    void run_twoRuns_eachBuildsAfreshAndEarlierOutputsAreDeletedOnlyAtTheEnd() throws Exception {
        Path real = Path.of(System.getProperty("basedir", "")).toAbsolutePath().normalize();
        assumeTrue(Files.isDirectory(real.resolve("node_modules/@pagefind")), "Pagefind is installed (npm ci)");
        Path work = dir.resolve("work");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = BenchCommand.run(new String[] {"--sizes", "20", "--runs", "2", "--no-hugo", "--no-incremental",
                "--no-search", "--heap", "512m", "--project", real.toString(), "--work", work.toString(),
                "--classpath", BenchmarkOptions.absolute(System.getProperty("java.class.path"))},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        String printed = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, code, printed + err);
        assertTrue(printed.contains("run 1/2") && printed.contains("run 2/2"), printed);
        assertTrue(Files.readString(work.resolve("20/project/site/index.html")).contains("<html"),
                "the last run's site is kept for inspection");
        assertFalse(Files.exists(work.resolve(".trash")), "the earlier run's outputs are deleted at the end");
    }

    @Test
    void memoryLimit_sizesAndPrlimitWrapper() {
        assertEquals(12L << 30, new BenchCommand.Bytes().convert("12g"));
        assertEquals(800L << 20, new BenchCommand.Bytes().convert("800M"));
        assertEquals(0L, new BenchCommand.Bytes().convert("none"));
        assertThrows(CommandLine.TypeConversionException.class, () -> new BenchCommand.Bytes().convert("lots"));
        assertEquals(List.of("hugo"), MeasuredProcess.limited(List.of("hugo"), 0));
        List<String> capped = MeasuredProcess.limited(List.of("hugo"), 1L << 30);
        assertEquals("hugo", capped.get(capped.size() - 1));
        if (capped.size() > 1) {
            assertEquals(List.of("/usr/bin/prlimit", "--as=1073741824", "--", "hugo"), capped);
        }
    }

    @Test
    void commandLine_withHeapLog_writesTheGcLogThere() {
        List<String> cmd = EditionCommandLine.build("app.jar", "2g", Path.of("/p"), Path.of("/p/seeds"),
                Path.of("/p/site"), java.util.Optional.empty(), java.util.Optional.of(Path.of("/l/gc.log")), true);
        assertEquals("-Xlog:gc,gc+heap+exit:file=/l/gc.log", cmd.get(2));
    }

    @Test
    void pagesWritten_readFromTheBuildsLastLine() {
        assertEquals(OptionalLong.of(15_359), Benchmark.pagesWritten("timing render 14500\nBuilt 10000 documents "
                + "(5000 newspaper, 5000 collection): 15359 pages in /w/site, 62.3 s\n"));
        assertEquals(OptionalLong.empty(), Benchmark.pagesWritten("Build failed: 1 error"));
    }

    @Test
    void stages_inPrintedOrderInSecondsWithTheirSum() {
        java.util.Map<String, Long> m = new java.util.LinkedHashMap<>();
        m.put("ingest", 3_200L);
        m.put("render", 14_500L);
        assertEquals("ingest 3.20, render 14.50 s (sum 17.7 s)", Benchmark.stages(m));
        assertEquals("none printed", Benchmark.stages(java.util.Map.of()));
    }

    @Test
    void median_oddAndEvenCounts() {
        assertEquals(OptionalLong.of(5), Benchmark.median(List.of(9L, 1L, 5L)));
        assertEquals(OptionalLong.of(4), Benchmark.median(List.of(9L, 1L, 3L, 5L)));
        assertEquals(OptionalLong.empty(), Benchmark.median(List.of()));
    }

    @Test
    void commandLine_buildsInAChildJvmWithCappedHeapAndTimings() {
        List<String> cmd = EditionCommandLine.build("app.jar", "2g", Path.of("/p"), Path.of("/p/seeds"),
                Path.of("/p/site"), java.util.Optional.empty(), java.util.Optional.empty(), true);
        assertTrue(cmd.get(0).endsWith("java"));
        assertEquals(List.of("-Xmx2g", "-cp", "app.jar", "org.docedition.cli.Main", "build", "--project", "/p",
                "--seeds", "/p/seeds", "--out", "/p/site", "--timings"), cmd.subList(1, cmd.size()));
    }
}
