package org.docedition.cli;

import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.docedition.pipeline.BuildReport;
import org.docedition.pipeline.EditionBuild;
import org.docedition.model.Kind;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code edition build}: seeds to site/, search included. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Build the site from the seeds (search included). site/ is replaced only if the build succeeds.")
final class BuildCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ProjectOptions project;

    @Option(names = "--no-search", description = "Skip the Pagefind index (faster previews).")
    boolean noSearch;

    @Option(names = "--timings", description = "Print one 'timing <stage> <ms>' line per stage.")
    boolean timings;

    @Option(names = "--full", description = "Render and index everything, reusing nothing from the previous build.")
    boolean full;

    @Override
    public Integer call() {
        PrintWriter out = Console.out(spec);
        PrintWriter err = Console.err(spec);
        var options = project.toBuildOptions().withSearch(!noSearch);
        BuildReport report = new EditionBuild(options, Console.stream(out)).build(!full);
        ProblemPrinter.print(report.problems(), err);
        if (timings) {
            report.times().millis().forEach((stage, ms) -> out.println("timing " + stage + " " + ms));
        }
        if (report.failed(options.strict())) {
            err.printf("Build failed: %s, %s%s. %s was left as it was.%n",
                    BuildReport.count(report.errors(), "error"), BuildReport.count(report.warnings(), "warning"),
                    options.strict() ? " (--strict)" : "", options.siteDir());
            return 1;
        }
        out.printf("Built %d documents (%s): %d pages in %s, %.1f s%s%n", report.documents(),
                perKind(report.documentsPerKind()), report.pagesWritten(), options.siteDir(),
                report.times().totalMillis() / 1000.0,
                report.warnings() > 0 ? ", " + BuildReport.count(report.warnings(), "warning") : "");
        return 0;
    }

    static String perKind(Map<Kind, Integer> perKind) {
        return perKind.entrySet().stream().map(e -> e.getValue() + " " + e.getKey().slug())
                .collect(Collectors.joining(", "));
    }
}
