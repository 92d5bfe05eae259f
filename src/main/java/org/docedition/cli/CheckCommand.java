package org.docedition.cli;

import java.util.concurrent.Callable;
import org.docedition.pipeline.BuildReport;
import org.docedition.pipeline.EditionBuild;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code edition check}: read and validate everything, print every problem, write nothing. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Read and validate the seeds; print every problem with file and line; write nothing.")
final class CheckCommand implements Callable<Integer> {

    @Mixin
    ProjectOptions project;

    @Override
    public Integer call() {
        var options = project.toBuildOptions();
        BuildReport report = new EditionBuild(options, System.out).check();
        ProblemPrinter.print(report.problems(), System.out);
        System.out.printf("Checked %d documents (%s): %s, %s%n", report.documents(),
                BuildCommand.perKind(report.documentsPerKind()), BuildReport.count(report.errors(), "error"),
                BuildReport.count(report.warnings(), "warning"));
        return report.failed(options.strict()) ? 1 : 0;
    }
}
