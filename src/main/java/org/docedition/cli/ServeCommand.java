package org.docedition.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.docedition.pipeline.BuildMemos;
import org.docedition.pipeline.BuildOptions;
import org.docedition.pipeline.BuildReport;
import org.docedition.pipeline.EditionBuild;
import org.docedition.model.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code edition serve}: preview site/ locally and rebuild when seeds, content, templates or the
 * configuration ({@code jbake.properties}) change.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Build, serve site/ on 127.0.0.1 and rebuild when seeds, content, templates or "
                + "jbake.properties change.")
final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ProjectOptions project;

    @Option(names = "--port", defaultValue = "8000", description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--no-watch", description = "Serve only; do not rebuild on change.")
    boolean noWatch;

    @Option(names = "--timings", description = "Print one 'timing <stage> <ms>' line per stage of each rebuild.")
    boolean timings;

    @Override
    public Integer call() throws IOException, InterruptedException {
        BuildOptions options = project.toBuildOptions();
        serve(options, server -> Console.out(spec).println("Serving " + options.siteDir() + " at http://127.0.0.1:"
                + server.port() + "/  (Ctrl+C to stop)"), report -> { });
        return 0;
    }

    /**
     * Builds, serves and (unless {@code --no-watch}) rebuilds on change until interrupted.
     *
     * @param started told the server once it listens
     * @param rebuilt told each rebuild's report, after the site was swapped in or kept
     */
    void serve(BuildOptions options, Consumer<PreviewServer> started, Consumer<BuildReport> rebuilt)
            throws IOException, InterruptedException {
        BuildMemos memos = BuildMemos.remembering();
        BuildReport first = rebuild(options, memos, timings, Round.FIRST);
        try (PreviewServer server = PreviewServer.start(options.siteDir(), new InetSocketAddress("127.0.0.1", port))) {
            if (noWatch) {
                started.accept(server);
                Thread.currentThread().join();
            }
            // "Serving" is printed once the folders are watched: an edit made after it is never missed
            new ChangeWatcher(options.seedsDir(), options.contentDir(), options.templatesDir())
                    .alsoFile(options.configurationFile())
                    .onChange(() -> {
                        started.accept(server);
                        if (first.upToDate()) {
                            // the site was up to date, so nothing was read: read it all now, while the
                            // preview is served, so that the first edit costs what the next ones do
                            // (an edit made meanwhile is rebuilt right after)
                            Console.out(spec).println("Reading the edition for fast rebuilds (the site is served meanwhile)");
                            rebuild(options, memos, timings, Round.READ);
                        }
                    }, () -> rebuilt.accept(rebuild(options, memos, timings, Round.EDIT)));
        }
    }

    /** Why {@link #rebuild} runs: the build at start, the reading of an up-to-date site, or an edit. */
    enum Round { FIRST, READ, EDIT }

    /**
     * Builds once, with what earlier builds kept in {@code memos} (a seed not changed since is not
     * read again, nor an unchanged document's words); a failure is reported and the previous site kept, whatever failed (bad input, or
     * a missing tool such as Pagefind), so the preview keeps running until the editor fixes it.
     * {@link Round#READ} builds also when nothing changed, to fill the memos.
     */
    private BuildReport rebuild(BuildOptions options, BuildMemos memos, boolean timings, Round round) {
        PrintWriter out = Console.out(spec);
        BuildReport report;
        try {
            EditionBuild build = new EditionBuild(options, Console.stream(out), memos);
            report = round == Round.READ ? build.buildEvenIfUpToDate() : build.build();
        } catch (RuntimeException e) {
            report = BuildReport.stoppedBy(Problem.error(options.siteDir().getFileName().toString(), 0,
                    String.valueOf(e.getMessage())));
        }
        ProblemPrinter.print(report.problems(), Console.err(spec));
        if (timings) {
            report.times().millis().forEach((stage, ms) -> out.println("timing " + stage + " " + ms));
        }
        outcome(round, report).ifPresent(out::println);
        return report;
    }

    /**
     * The line that ends a round. Only a build after an edit says {@code Rebuilt:}, the line the
     * benchmark waits for; the first build of a site already up to date has said so in its own line.
     */
    static Optional<String> outcome(Round round, BuildReport report) {
        if (!report.written()) {
            return Optional.of("Build failed: " + BuildReport.count(report.errors(), "error")
                    + "; still serving the previous site");
        }
        return switch (round) {
            case READ -> Optional.of("Ready: the edition's " + report.pagesWritten()
                    + " pages are remembered; a rebuild now does only what an edit changes");
            case EDIT -> Optional.of("Rebuilt: " + BuildReport.count(report.pagesWritten(), "page"));
            case FIRST -> report.upToDate() ? Optional.empty()
                    : Optional.of("Built: " + BuildReport.count(report.pagesWritten(), "page"));
        };
    }
}
