package org.docedition.cli;

import java.util.concurrent.Callable;
import org.docedition.pipeline.BuildReport;
import org.docedition.pipeline.EditionBuild;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code edition check}: read and validate everything, print every problem, write nothing. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Read and validate the seeds; print every problem with file and line; write nothing.")
final class CheckCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ProjectOptions project;

    @Override
    public Integer call() {
        PrintWriter out = Console.out(spec);
        var options = project.toBuildOptions();
        BuildReport report = new EditionBuild(options, Console.stream(out)).check();
        ProblemPrinter.print(report.problems(), out);
        out.printf("Checked %d documents (%s): %s, %s%n", report.documents(),
                BuildCommand.perKind(report.documentsPerKind()), BuildReport.count(report.errors(), "error"),
                BuildReport.count(report.warnings(), "warning"));
        return report.failed(options.strict()) ? 1 : 0;
    }
}
