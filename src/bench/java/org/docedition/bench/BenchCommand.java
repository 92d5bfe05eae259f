package org.docedition.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code edition bench}: the benchmark's command line. It lives outside the tool's jar
 * ({@code target/docedition-bench.jar}); the {@code edition} script runs it with the tool's jar on
 * the class path, which the child builds use too.
 */
@Command(name = "edition bench", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Generate synthetic editions and print build figures per size and stage, with Hugo + Pagefind "
                + "on the same documents as a reference (see README, 'Benchmark').",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every build succeeded", "1:a build failed or a prerequisite is missing", "2:usage error"})
public final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--sizes", paramLabel = "N,N", split = ",", converter = Size.class,
            description = "Corpus sizes in documents (1k = 1000; default: 1000,10000).")
    List<Integer> sizes;

    @Option(names = "--runs", paramLabel = "N", description = "Runs per size; figures are medians (default: 3).")
    Integer runs;

    @Option(names = "--no-hugo", description = "Leave out the Hugo + Pagefind reference.")
    boolean noHugo;

    @Option(names = "--no-incremental", description = "Leave out the rebuilds (unchanged, one seed edited) and the serve latency.")
    boolean noIncremental;

    @Option(names = "--no-search", description = "Build without Pagefind (for sizes where it runs out of memory).")
    boolean noSearch;

    @Option(names = "--catalogue", paramLabel = "PERCENT",
            description = "Share of catalogue records in each corpus; the rest is half People's Daily articles with "
                    + "Chinese originals, half collection documents (default: 0, the mix of issue 23's figures).")
    Integer cataloguePercent;

    @Option(names = "--generate-only", description = "Only write each size's corpus into the work folder "
            + "(<work>/<size>/project/seeds, and <work>/<size>/hugo unless --no-hugo); build nothing.")
    boolean generateOnly;

    @Option(names = "--profile", description = "Record a JFR profile of each size's first build and print its hot methods.")
    boolean profile;

    @Option(names = "--project", paramLabel = "DIR", description = "The edition project (default: current folder).")
    Path project = Path.of(".");

    @Option(names = "--work", paramLabel = "DIR", description = "Corpora, sites and Hugo trees (default: <project>/bench-work).")
    Path work;

    @Option(names = "--heap", paramLabel = "SIZE", description = "The builds' heap cap, -Xmx (default: 2g).")
    String heap;

    @Option(names = "--classpath", paramLabel = "CP", description = "Class path of the builds (default: this JVM's, the tool's jar).")
    String classpath;

    @Option(names = "--memory-limit", paramLabel = "SIZE", converter = Bytes.class,
            description = "Address-space cap of every child process, e.g. 16g; 0 or none for no cap "
                    + "(default: three quarters of the machine's memory).")
    Long memoryLimit;

    private PrintStream out;

    /** Runs the benchmark and exits with its code. */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the benchmark with {@code args}; returns 0 when every build succeeded, 1 on a failure, 2 on a usage error. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        BenchCommand command = new BenchCommand();
        command.out = out;
        CommandLine cl = new CommandLine(command)
                .setOut(new PrintWriter(out, true, StandardCharsets.UTF_8))
                .setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        cl.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException ? 2 : 1);
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("bench: " + e.getMessage());
            return 1;
        });
        return cl.execute(args);
    }

    /** The options {@code args} give, defaults filled in; a bad value is a usage error. */
    static BenchmarkOptions parse(String... args) {
        BenchCommand command = new BenchCommand();
        new CommandLine(command).parseArgs(args);
        return command.options();
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        BenchmarkReport report = new Benchmark(out).run(options());
        return report.failures().isEmpty() ? 0 : 1;
    }

    /** The options as {@link BenchmarkOptions}; values it rejects are usage errors. */
    BenchmarkOptions options() {
        try {
            BenchmarkOptions o = BenchmarkOptions.defaults(project.toAbsolutePath().normalize())
                    .withHugo(!noHugo).withIncremental(!noIncremental).withSearch(!noSearch).withProfile(profile)
                    .withGenerateOnly(generateOnly);
            if (cataloguePercent != null) {
                o = o.withCataloguePercent(cataloguePercent);
            }
            if (sizes != null) {
                o = o.withSizes(new ArrayList<>(sizes));
            }
            if (runs != null) {
                o = o.withRuns(runs);
            }
            if (work != null) {
                o = o.withWorkDir(work);
            }
            if (heap != null) {
                o = o.withHeap(heap);
            }
            if (classpath != null) {
                o = o.withClasspath(classpath);
            }
            if (memoryLimit != null) {
                o = o.withMemoryLimit(memoryLimit);
            }
            return o;
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    /** A corpus size: {@code 10000}, {@code 10_000} or {@code 10k}. */
    static final class Size implements CommandLine.ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            String s = value.strip().replace("_", "").replaceAll("(?i)k$", "000");
            try {
                return Integer.parseInt(s);
            } catch (NumberFormatException e) {
                throw new CommandLine.TypeConversionException("a size is a whole number of documents, such as 1000 "
                        + "or 10k, not " + value);
            }
        }
    }

    /** {@code 12g}, {@code 800m} or a plain number of bytes; {@code 0} or {@code none} for no limit. */
    static final class Bytes implements CommandLine.ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            String s = value.strip().toLowerCase(Locale.ROOT);
            if (s.equals("none")) {
                return 0L;
            }
            long unit = s.endsWith("g") ? 1L << 30 : s.endsWith("m") ? 1L << 20 : 1;
            try {
                return Long.parseLong(unit == 1 ? s : s.substring(0, s.length() - 1)) * unit;
            } catch (NumberFormatException e) {
                throw new CommandLine.TypeConversionException("a size such as 12g, not " + value);
            }
        }
    }
}
