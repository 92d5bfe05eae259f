package org.docedition.bench;

import java.nio.file.Path;
import java.util.List;

/**
 * What the benchmark runs.
 *
 * @param sizes       corpus sizes in documents, e.g. 1,000 and 10,000
 * @param projectDir  the edition project: its templates/, content/ and node_modules/ (Pagefind) are used
 * @param workDir     where corpora, sites and Hugo trees go ({@code bench-work/}, git-ignored)
 * @param runs        runs per size; figures are medians
 * @param hugo        also build the same documents with Hugo + Pagefind as the reference
 * @param incremental also time a rebuild without changes and one after editing one seed
 * @param heap        the child JVM's heap cap ({@code -Xmx}), e.g. {@code 2g}
 * @param classpath   classpath of the child JVM (the shaded jar)
 * @param profile     record a JFR profile of the first full build of each size and print its hot methods
 * @param seed        the corpus generator's seed
 * @param search      build with search (Pagefind); without it, the other stages can be measured at sizes
 *                    where Pagefind runs out of memory
 * @param memoryLimit address-space cap for every child process in bytes ({@code prlimit --as}), 0 for none:
 *                    Pagefind needs about 200 KB per page, so a large corpus could otherwise drive a shared
 *                    machine out of memory and get unrelated processes killed
 * @param cataloguePercent the share of catalogue records in each corpus, 0 (the mix: half articles
 *                    with Chinese originals, half collection documents) to 100
 * @param generateOnly only write each size's corpus (seeds, and the Hugo content unless {@code hugo} is off)
 *                    into the work folder, build nothing
 */
public record BenchmarkOptions(List<Integer> sizes, Path projectDir, Path workDir, int runs, boolean hugo,
                               boolean incremental, String heap, String classpath, boolean profile, long seed,
                               boolean search, long memoryLimit, int cataloguePercent, boolean generateOnly) {

    public BenchmarkOptions {
        sizes = List.copyOf(sizes);
        if (sizes.isEmpty() || sizes.stream().anyMatch(s -> s < 10)) {
            throw new IllegalArgumentException("sizes must be at least 10 documents each: " + sizes);
        }
        if (runs < 1) {
            throw new IllegalArgumentException("runs must be at least 1: " + runs);
        }
        if (cataloguePercent < 0 || cataloguePercent > 100) {
            throw new IllegalArgumentException("the catalogue share is a percentage, 0-100: " + cataloguePercent);
        }
        projectDir = projectDir.toAbsolutePath().normalize();
        workDir = workDir.toAbsolutePath().normalize();
    }

    /**
     * 1,000 and 10,000 documents, 3 runs, Hugo and incremental included, 2 GB heap, work in
     * {@code <project>/bench-work}, and the classpath of the running JVM (the shaded jar under {@code ./edition}).
     */
    public static BenchmarkOptions defaults(Path projectDir) {
        return new BenchmarkOptions(List.of(1_000, 10_000), projectDir, projectDir.resolve("bench-work"), 3, true,
                true, "2g", absolute(System.getProperty("java.class.path")), false, SyntheticCorpus.DEFAULT_SEED,
                true, defaultMemoryLimit(), 0, false);
    }

    public BenchmarkOptions withSearch(boolean s) {
        return new BenchmarkOptions(sizes, projectDir, workDir, runs, hugo, incremental, heap, classpath, profile, seed,
                s, memoryLimit, cataloguePercent, generateOnly);
    }

    public BenchmarkOptions withMemoryLimit(long bytes) {
        return new BenchmarkOptions(sizes, projectDir, workDir, runs, hugo, incremental, heap, classpath, profile, seed,
                search, bytes, cataloguePercent, generateOnly);
    }

    /** Three quarters of the machine's memory, leaving room for everything else running on it. */
    static long defaultMemoryLimit() {
        try {
            for (String line : java.nio.file.Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemTotal:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) * 1024 / 4 * 3;
                }
            }
        } catch (java.io.IOException | RuntimeException e) {
            // not Linux: no limit
        }
        return 0;
    }

    /** The classpath with every entry made absolute: the child build runs in another folder. */
    static String absolute(String classpath) {
        return java.util.Arrays.stream(classpath.split(java.io.File.pathSeparator)).filter(e -> !e.isBlank())
                .map(e -> Path.of(e).toAbsolutePath().normalize().toString())
                .collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
    }

    public BenchmarkOptions withSizes(List<Integer> s) {
        return new BenchmarkOptions(s, projectDir, workDir, runs, hugo, incremental, heap, classpath, profile, seed,
                search, memoryLimit, cataloguePercent, generateOnly);
    }

    public BenchmarkOptions withRuns(int r) {
        return new BenchmarkOptions(sizes, projectDir, workDir, r, hugo, incremental, heap, classpath, profile, seed,
                search, memoryLimit, cataloguePercent, generateOnly);
    }

    public BenchmarkOptions withHugo(boolean h) {
        return new BenchmarkOptions(sizes, projectDir, workDir, runs, h, incremental, heap, classpath, profile, seed,
                search, memoryLimit, cataloguePercent, generateOnly);
    }

    public BenchmarkOptions withIncremental(boolean i) {
        return new BenchmarkOptions(sizes, projectDir, workDir, runs, hugo, i, heap, classpath, profile, seed,
                search, memoryLimit, cataloguePercent, generateOnly);
    }

    public BenchmarkOptions withWorkDir(Path w) {
        return new BenchmarkOptions(sizes, projectDir, w, runs, hugo, incremental, heap, classpath, profile, seed,
                search, memoryLimit, cataloguePercent, generateOnly);
    }

    public BenchmarkOptions withHeap(String h) {
        return new BenchmarkOptions(sizes, projectDir, workDir, runs, hugo, incremental, h, classpath, profile, seed,
                search, memoryLimit, cataloguePercent, generateOnly);
    }

    public BenchmarkOptions withClasspath(String c) {
        return new BenchmarkOptions(sizes, projectDir, workDir, runs, hugo, incremental, heap, absolute(c), profile,
                seed, search, memoryLimit, cataloguePercent, generateOnly);
    }

    public BenchmarkOptions withCataloguePercent(int c) {
        return new BenchmarkOptions(sizes, projectDir, workDir, runs, hugo, incremental, heap, classpath, profile, seed,
                search, memoryLimit, c, generateOnly);
    }

    public BenchmarkOptions withGenerateOnly(boolean g) {
        return new BenchmarkOptions(sizes, projectDir, workDir, runs, hugo, incremental, heap, classpath, profile, seed,
                search, memoryLimit, cataloguePercent, g);
    }

    public BenchmarkOptions withProfile(boolean p) {
        return new BenchmarkOptions(sizes, projectDir, workDir, runs, hugo, incremental, heap, classpath, p, seed,
                search, memoryLimit, cataloguePercent, generateOnly);
    }
}
