package org.docedition.bench;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.docedition.files.FileTrees;
import org.docedition.search.PagefindBinary;
import org.docedition.search.SearchIndexException;

/**
 * Benchmarks the edition build on synthetic corpora against Hugo + Pagefind.
 *
 * <p>For each size: generate the corpus (once; kept in the work folder), then per run build it in
 * a child JVM with a capped heap exactly as {@code ./edition build --timings} does, rebuild with no
 * change, rebuild after one seed edit, and build the same documents with Hugo and index them with
 * the same Pagefind; also time how long a seed edit takes to reach the site {@code edition serve}
 * serves ({@link ServeSession}). Prints medians as Markdown tables. Nothing here is a unit test: it
 * is run by hand ({@code ./edition bench}, or this class's {@code main}) and takes minutes.
 */
public final class Benchmark {

    /** Links from each size's project folder to the real project's shared parts. */
    private static final List<String> SHARED = List.of("templates", "content", "node_modules", "package.json",
            "package-lock.json");
    private static final long TIMEOUT_MINUTES = 60;

    private final PrintStream out;

    public Benchmark(PrintStream out) {
        this.out = out;
    }

    /**
     * Runs the benchmark and prints progress and the tables to this benchmark's stream.
     *
     * @throws IllegalStateException when a prerequisite is missing (the jar, Pagefind); the message says what to do
     */
    public BenchmarkReport run(BenchmarkOptions options) throws IOException, InterruptedException {
        if (options.generateOnly()) {
            return generateOnly(options);
        }
        requireBuildOnClasspath(options.classpath());
        // the binary the build's search stage runs, found the same way
        Path pagefind;
        try {
            pagefind = PagefindBinary.locate(options.projectDir()).executable();
        } catch (SearchIndexException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
        boolean hugo = options.hugo();
        if (hugo && !HugoReference.available()) {
            out.println("hugo not found: install the Debian package with `sudo apt-get install -y hugo` for the "
                    + "reference figures (or pass --no-hugo). Continuing without Hugo.");
            hugo = false;
        }
        String machine = machine();
        out.println("Benchmark on " + machine);
        out.println("Work folder: " + options.workDir());
        if (options.memoryLimit() > 0) {
            out.printf(Locale.ROOT, "Child processes are capped at %.1f GB of address space (--memory-limit).%n",
                    options.memoryLimit() / (double) (1L << 30));
        }
        if (loadAverage() > 0.5) {
            out.printf(Locale.ROOT, "Note: load average %.1f before starting; other processes compete for the CPU "
                    + "and slow every figure below.%n", loadAverage());
        }
        List<SizeResult> results = new ArrayList<>();
        for (int size : options.sizes()) {
            results.add(runSize(size, options, hugo, new HugoReference(pagefind, options.memoryLimit())));
        }
        // deleted only now, when nothing is timed any more: see setAside
        FileTrees.delete(trash(options));
        BenchmarkReport report = new BenchmarkReport(machine, options.runs(), results);
        out.println();
        out.println("Medians of " + options.runs() + " run(s); build = child JVM -Xmx" + options.heap()
                + ", wall time from start to exit, search included; heap peak = most heap in use in its GC log, "
                + "heap live = most in use right after a collection; one-edit = a fresh `edition build` after "
                + "editing one seed.");
        if (options.incremental()) {
            out.println("serve edit = edit-to-site latency in `edition serve` (seed write to 'Rebuilt:'), median of "
                    + "the edits after the first, in a warm JVM.");
        }
        if (results.stream().anyMatch(r -> r.hugoPagefindShards() > 0)) {
            out.println("Hugo+Pagefind (N shards) = Pagefind failed on Hugo's whole site, so it indexed the same pages "
                    + "in N folders of at most " + String.format(Locale.ROOT, "%,d", HugoReference.SHARD_PAGES)
                    + ", as many at a time as there are processors (see each run's line).");
        }
        out.println();
        out.print(report.table());
        out.println();
        out.println("Stages (median ms of each, as the build printed them with --timings):");
        out.print(report.stageTable());
        out.println();
        out.println("Targets (issue 23):");
        out.print(report.targets(options.heap()));
        if (!report.failures().isEmpty()) {
            out.println();
            out.println("Failures:");
            out.print(report.failures());
        }
        return report;
    }

    /** Writes each size's corpus as {@link #runSize} would, and nothing else: corpora to share or inspect. */
    private BenchmarkReport generateOnly(BenchmarkOptions o) throws IOException {
        for (int size : o.sizes()) {
            Path dir = o.workDir().resolve(Integer.toString(size));
            Path seeds = dir.resolve("project").resolve("seeds");
            CorpusSummary corpus = corpus(size, o, seeds, dir.resolve("hugo"), o.hugo());
            out.printf(Locale.ROOT, "%,d documents: %s%n  seeds: %s%n", size, corpus, seeds);
            if (o.hugo()) {
                out.println("  Hugo site: " + dir.resolve("hugo"));
            }
        }
        return new BenchmarkReport(machine(), 0, List.of());
    }

    private SizeResult runSize(int size, BenchmarkOptions o, boolean hugo, HugoReference reference)
            throws IOException, InterruptedException {
        Path dir = o.workDir().resolve(Integer.toString(size));
        Path project = dir.resolve("project");
        Path seeds = project.resolve("seeds");
        Path site = project.resolve("site");
        Path logs = dir.resolve("logs");
        out.printf(Locale.ROOT, "%n== %,d documents ==%n", size);
        CorpusSummary corpus = corpus(size, o, seeds, dir.resolve("hugo"), hugo);
        out.println("corpus: " + corpus);
        linkShared(o.projectDir(), project);

        List<Map<String, Long>> stages = new ArrayList<>();
        List<Long> build = new ArrayList<>();
        List<Long> rss = new ArrayList<>();
        List<Long> childRss = new ArrayList<>();
        List<Long> heapPeak = new ArrayList<>();
        List<Long> heapLive = new ArrayList<>();
        List<Long> pages = new ArrayList<>();
        List<Long> output = new ArrayList<>();
        List<Long> index = new ArrayList<>();
        List<Long> noChange = new ArrayList<>();
        List<Long> oneEdit = new ArrayList<>();
        List<Long> serveEdit = new ArrayList<>();
        List<Long> hugoBuild = new ArrayList<>();
        List<Long> hugoIndex = new ArrayList<>();
        long hugoOutput = 0;
        long hugoIndexBytes = 0;
        int hugoShards = 0;
        List<String> failures = new ArrayList<>();
        for (int run = 1; run <= o.runs(); run++) {
            setAside(project, dir.resolve("hugo-public"), trash(o));
            settleDisk();
            double load = loadAverage();
            Optional<Path> jfr = o.profile() && run == 1 ? Optional.of(dir.resolve("build.jfr")) : Optional.empty();
            Path heapLog = logs.resolve("gc-run" + run + ".log");
            Files.createDirectories(logs);
            Files.deleteIfExists(heapLog);
            MeasuredProcess.Result full = build(o, project, seeds, site, logs, jfr, Optional.of(heapLog));
            if (!full.ok()) {
                failures.add(String.format(Locale.ROOT, "build failed (exit %d) after %.1f s, JVM peak %d MB, "
                        + "child peak %d MB; it printed:%n%s", full.exitCode(), full.wallMillis() / 1000.0,
                        full.peakRssKb() / 1024, full.peakChildRssKb() / 1024,
                        (tail(full.stdout()) + "\n" + full.stderrTail()).indent(4)));
                out.println("  build failed: " + full.stderrTail());
                break;
            }
            Map<String, Long> times = TimingParser.parse(full.stdout());
            if (times.isEmpty() && run == 1) {
                failures.add("the build printed no timing lines ('timing <stage> <ms>'); stage columns are empty");
            }
            stages.add(times);
            build.add(full.wallMillis());
            rss.add(full.peakRssKb());
            childRss.add(full.peakChildRssKb());
            Optional<HeapLog> heap = HeapLog.read(heapLog);
            heap.ifPresent(h -> {
                heapPeak.add(h.peakUsedKb());
                heapLive.add(h.maxLiveKb());
            });
            OptionalLong written = pagesWritten(full.stdout());
            written.ifPresent(pages::add);
            output.add(DirectoryTree.size(site));
            index.add(indexBytes(site));
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  run %d/%d (load %.1f): build %.1f s",
                    run, o.runs(), load, full.wallMillis() / 1000.0));
            written.ifPresent(n -> line.append(String.format(Locale.ROOT, ", %,d pages", n)));
            line.append(heap.map(h -> String.format(Locale.ROOT, ", heap peak %,d MB (live after GC %,d MB) of -Xmx%s",
                    h.peakUsedKb() / 1024, h.maxLiveKb() / 1024, o.heap())).orElse(", heap: no GC log"));
            line.append(String.format(Locale.ROOT, ", RSS peak %,d MB (Pagefind %,d MB)", full.peakRssKb() / 1024,
                    full.peakChildRssKb() / 1024));
            line.append("\n    stages: ").append(stages(times));
            if (o.incremental()) {
                incremental(o, project, seeds, site, logs, noChange, oneEdit, failures, line);
                serve(o, project, seeds, site, logs.resolve("serve-run" + run), serveEdit, failures, line);
            }
            if (hugo) {
                settleDisk();
                HugoReference.Run h = reference.run(dir.resolve("hugo"), dir.resolve("hugo-public"), logs, o.search());
                if (h.hugo().ok()) {
                    hugoBuild.add(h.hugo().wallMillis());
                    hugoOutput = h.outputBytes();
                    line.append(String.format(Locale.ROOT, "%n    reference: Hugo %.1f s", h.hugo().wallMillis() / 1000.0));
                }
                if (h.index() != null && h.index().ok()) {
                    hugoIndex.add(h.index().wallMillis());
                    hugoIndexBytes = h.indexBytes();
                    line.append(String.format(Locale.ROOT, " + Pagefind %.1f s (peak %d MB)",
                            h.index().wallMillis() / 1000.0,
                            Math.max(h.index().peakRssKb(), h.index().peakChildRssKb()) / 1024));
                }
                if (h.sharded() != null) {
                    line.append(String.format(Locale.ROOT, " in %d shards of at most %,d pages, %d at a time "
                                    + "(on the whole site it failed after %.1f s at %,d MB: %s)", h.shards(),
                            HugoReference.SHARD_PAGES, HugoReference.parallelism(),
                            h.pagefind().wallMillis() / 1000.0, h.pagefind().peakRssKb() / 1024,
                            h.pagefind().failureLine()));
                    hugoShards = h.shards();
                }
                if (h.hugo().ok() && h.index() != null && h.index().ok()) {
                    long referenceMillis = h.hugo().wallMillis() + h.index().wallMillis();
                    line.append(String.format(Locale.ROOT, " = %.1f s; ours/reference %.2f", referenceMillis / 1000.0,
                            (double) full.wallMillis() / referenceMillis));
                } else if (h.hugo().ok() && !o.search()) {
                    line.append(String.format(Locale.ROOT, "; ours/reference %.2f (both without search)",
                            (double) full.wallMillis() / h.hugo().wallMillis()));
                }
                if (!h.ok()) {
                    MeasuredProcess.Result failed = h.hugo().ok() ? h.index() : h.hugo();
                    failures.add(String.format(Locale.ROOT, "Hugo reference: %s failed after %.1f s, peak %d MB: %s",
                            h.hugo().ok() ? "Pagefind" : "hugo", failed.wallMillis() / 1000.0,
                            failed.peakRssKb() / 1024, failed.failureLine()));
                    hugo = false;
                }
            }
            out.println(line);
        }
        if (o.profile() && Files.exists(dir.resolve("build.jfr"))) {
            out.println("profile of the first full build (" + dir.resolve("build.jfr") + "):");
            out.print(FlightRecordingSummary.summarise(dir.resolve("build.jfr"), 15).indent(2));
        }
        return new SizeResult(corpus, build.size(), medianStages(stages), median(build).orElse(0),
                median(rss).orElse(0), median(childRss).orElse(0), median(heapPeak).orElse(0),
                median(heapLive).orElse(0), median(pages).orElse(0), median(output).orElse(0),
                median(index).orElse(0), median(noChange), median(oneEdit), median(serveEdit), median(hugoBuild),
                median(hugoIndex), hugoShards, hugoOutput, hugoIndexBytes, failures);
    }

    private void incremental(BenchmarkOptions o, Path project, Path seeds, Path site, Path logs, List<Long> noChange,
                             List<Long> oneEdit, List<String> failures, StringBuilder line)
            throws IOException, InterruptedException {
        settleDisk();
        MeasuredProcess.Result again = build(o, project, seeds, site, logs, Optional.empty(), Optional.empty());
        if (!again.ok()) {
            failures.add("rebuild without change failed: " + again.stderrTail());
            return;
        }
        noChange.add(again.wallMillis());
        settleDisk();
        SeedEdit edit = SeedEdit.apply(seeds);
        MeasuredProcess.Result edited;
        try {
            edited = build(o, project, seeds, site, logs, Optional.empty(), Optional.empty());
        } finally {
            edit.undo();
        }
        if (!edited.ok()) {
            failures.add("rebuild after editing " + edit.file().getFileName() + " failed: " + edited.stderrTail());
            return;
        }
        oneEdit.add(edited.wallMillis());
        line.append(String.format(Locale.ROOT, "%n    rebuild, nothing changed: %.2f s (stages: %s)%n    one-shot build "
                        + "after editing %s: %.2f s (stages: %s)", again.wallMillis() / 1000.0,
                stages(TimingParser.parse(again.stdout())), edit.file().getFileName(), edited.wallMillis() / 1000.0,
                stages(TimingParser.parse(edited.stdout()))));
    }

    /** Edit-to-site latency in {@code edition serve}: the warm median goes to {@code serveEdit}. */
    private void serve(BenchmarkOptions o, Path project, Path seeds, Path site, Path logPrefix, List<Long> serveEdit,
                       List<String> failures, StringBuilder line) throws IOException, InterruptedException {
        settleDisk();
        List<String> command = MeasuredProcess.limited(
                EditionCommandLine.serve(o.classpath(), o.heap(), project, seeds, site), o.memoryLimit());
        try {
            ServeLatency latency = ServeSession.measure(command, project, seeds, logPrefix,
                    Duration.ofMinutes(TIMEOUT_MINUTES));
            latency.warmMedianMillis().ifPresent(serveEdit::add);
            line.append("\n    ").append(latency.describe());
        } catch (IOException e) {
            failures.add("serve edit latency: " + e.getMessage());
            line.append("\n    serve failed: ").append(e.getMessage().lines().findFirst().orElse("").replaceAll(":$", ""))
                    .append(" (see Failures)");
        }
    }

    private static MeasuredProcess.Result build(BenchmarkOptions o, Path project, Path seeds, Path site, Path logs,
                                                Optional<Path> jfr, Optional<Path> heapLog)
            throws IOException, InterruptedException {
        List<String> command = EditionCommandLine.build(o.classpath(), o.heap(), project, seeds, site, jfr, heapLog,
                o.search());
        return MeasuredProcess.run(MeasuredProcess.limited(command, o.memoryLimit()), project, Map.of(), logs,
                TIMEOUT_MINUTES);
    }

    /**
     * Generates the corpus unless the work folder already holds the same one (same size, seed, mix and
     * generator).
     */
    private CorpusSummary corpus(int size, BenchmarkOptions o, Path seeds, Path hugoDir, boolean hugo)
            throws IOException {
        Path marker = seeds.getParent().getParent().resolve("corpus.txt");
        String key = "size=" + size + " seed=" + o.seed() + " catalogue=" + o.cataloguePercent() + "% generator="
                + GENERATOR_VERSION;
        if (Files.exists(marker) && Files.isDirectory(seeds) && (!hugo || Files.isDirectory(hugoDir))) {
            List<String> lines = Files.readAllLines(marker, StandardCharsets.UTF_8);
            if (lines.size() == 2 && lines.get(0).equals(key)) {
                long[] f = Arrays.stream(lines.get(1).split(" ")).mapToLong(Long::parseLong).toArray();
                return new CorpusSummary((int) f[0], (int) f[1], (int) f[2], (int) f[3], (int) f[4], f[5], (int) f[6]);
            }
        }
        out.printf(Locale.ROOT, "generating %,d documents into %s ...%n", size, seeds);
        Files.deleteIfExists(marker);
        FileTrees.delete(seeds);
        FileTrees.delete(hugoDir);
        long start = System.nanoTime();
        CorpusSummary c = new SyntheticCorpus(o.seed(), o.cataloguePercent()).write(size, seeds, hugo ? hugoDir : null);
        out.printf(Locale.ROOT, "generated in %.1f s%n", (System.nanoTime() - start) / 1e9);
        Files.writeString(marker, key + "\n" + c.documents() + " " + c.newspaper() + " " + c.collection() + " "
                + c.catalogue() + " " + c.files() + " " + c.bytes() + " " + c.distinctWords() + "\n");
        return c;
    }

    /** Bumped whenever the generator's output changes, so kept corpora are regenerated. */
    static final int GENERATOR_VERSION = 2;

    private static void linkShared(Path projectDir, Path project) throws IOException {
        Files.createDirectories(project);
        for (String name : SHARED) {
            Path link = project.resolve(name);
            Path target = projectDir.resolve(name);
            if (Files.exists(target) && !Files.exists(link, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                Files.createSymbolicLink(link, target);
            }
        }
    }

    /** Where the outputs of earlier runs wait until the benchmark ends (see {@link #setAside}). */
    private static Path trash(BenchmarkOptions o) {
        return o.workDir().resolve(".trash");
    }

    /**
     * Moves everything a run wrote (the project's site and caches, Hugo's output) out of the way,
     * into {@code trash}, which is deleted when the benchmark ends, keeping the seeds and the links
     * to shared parts.
     *
     * <p>Why not delete it here: on ext4 without a journal the file system does not reuse a freed
     * inode for a while, and looks past each such inode whenever it makes a file. Deleting the
     * previous run's files just before a build slows that build's writing stages several times, so
     * the benchmark would charge its own clean-up to the build it times (figures in BENCHMARKS.md,
     * "What changed in how the benchmark measures").
     */
    private static void setAside(Path project, Path hugoOutput, Path trash) throws IOException {
        Files.createDirectories(trash);
        List<Path> outputs = new ArrayList<>();
        try (Stream<Path> entries = Files.list(project)) {
            for (Path p : entries.toList()) {
                String name = p.getFileName().toString();
                if (!name.equals("seeds") && !SHARED.contains(name)) {
                    outputs.add(p);
                }
            }
        }
        for (Path hugo : List.of(hugoOutput, HugoReference.shardsOf(hugoOutput))) {
            if (Files.exists(hugo)) {
                outputs.add(hugo);
            }
        }
        for (Path p : outputs) {
            Files.move(p, Files.createTempDirectory(trash, "run-").resolve(p.getFileName()));
        }
    }

    /** Flushes what the previous run wrote and gives the disk a moment before the next timed build. */
    private static void settleDisk() throws IOException, InterruptedException {
        try {
            new ProcessBuilder("sync").inheritIO().start().waitFor();
        } catch (IOException e) {
            // no sync command: the pause alone has to do
        }
        Thread.sleep(3000);
    }

    private static final Pattern BUILT = Pattern.compile("(?m)^Built \\d+ documents .*?: (\\d+) pages in ");

    /** The pages a build says it wrote ("Built 10000 documents (...): 15359 pages in site, 62.3 s"). */
    static OptionalLong pagesWritten(String stdout) {
        Matcher m = BUILT.matcher(stdout);
        return m.find() ? OptionalLong.of(Long.parseLong(m.group(1))) : OptionalLong.empty();
    }

    /** Stage times in seconds, in the order the build printed them: "ingest 3.2, apparatus 3.4, ... (sum 62.0 s)". */
    static String stages(Map<String, Long> millis) {
        if (millis.isEmpty()) {
            return "none printed";
        }
        StringBuilder sb = new StringBuilder();
        millis.forEach((stage, ms) -> sb.append(sb.length() > 0 ? ", " : "").append(stage).append(' ')
                .append(String.format(Locale.ROOT, "%.2f", ms / 1000.0)));
        return sb.append(String.format(Locale.ROOT, " s (sum %.1f s)",
                millis.values().stream().mapToLong(Long::longValue).sum() / 1000.0)).toString();
    }

    private static long indexBytes(Path site) throws IOException {
        long total = 0;
        if (Files.isDirectory(site)) {
            try (Stream<Path> entries = Files.list(site)) {
                for (Path p : entries.filter(e -> e.getFileName().toString().startsWith("pagefind")).toList()) {
                    total += DirectoryTree.size(p);
                }
            }
        }
        return total;
    }

    private static Map<String, Long> medianStages(List<Map<String, Long>> runs) {
        Set<String> names = new LinkedHashSet<>();
        runs.forEach(r -> names.addAll(r.keySet()));
        Map<String, Long> medians = new LinkedHashMap<>();
        for (String n : names) {
            median(runs.stream().filter(r -> r.containsKey(n)).map(r -> r.get(n)).toList())
                    .ifPresent(m -> medians.put(n, m));
        }
        return medians;
    }

    private static String tail(String stdout) {
        String[] lines = stdout.strip().split("\n");
        return String.join("\n", List.of(lines).subList(Math.max(0, lines.length - 8), lines.length));
    }

    static OptionalLong median(List<Long> values) {
        if (values.isEmpty()) {
            return OptionalLong.empty();
        }
        long[] v = values.stream().mapToLong(Long::longValue).sorted().toArray();
        return OptionalLong.of(v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2);
    }

    private static void requireBuildOnClasspath(String classpath) {
        List<URL> urls = new ArrayList<>();
        for (String entry : classpath.split(File.pathSeparator)) {
            try {
                urls.add(Path.of(entry).toUri().toURL());
            } catch (MalformedURLException | RuntimeException e) {
                // an unusable entry cannot hold the build either
            }
        }
        try (URLClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), null)) {
            if (loader.findResource(EditionCommandLine.MAIN_CLASS.replace('.', '/') + ".class") == null) {
                throw new IllegalStateException("The build (" + EditionCommandLine.MAIN_CLASS + ") is not on the "
                        + "classpath " + classpath + ": build the jar with `mvn -B -DskipTests package` and run "
                        + "`java -cp target/docedition.jar org.docedition.bench.Benchmark`, or pass --classpath.");
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the classpath " + classpath + ": " + e.getMessage(), e);
        }
    }

    /**
     * The one-minute load average, or -1 where unknown. Printed with each run because a busy
     * machine (another build, a test run) slows a 2-core benchmark more than any code change.
     */
    static double loadAverage() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** Processors, memory, JVM and OS, in one line. */
    static String machine() {
        long memKb = 0;
        try {
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemTotal:")) {
                    memKb = Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: memory is left out
        }
        return String.format(Locale.ROOT, "%d processors, %.1f GB RAM, Java %s (%s), %s %s",
                Runtime.getRuntime().availableProcessors(), memKb / 1024.0 / 1024.0, System.getProperty("java.version"),
                System.getProperty("java.vm.name"), System.getProperty("os.name"), System.getProperty("os.version"));
    }
}
