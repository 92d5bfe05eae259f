package org.docedition.cli;

import java.io.PrintWriter;
import java.util.List;
import org.docedition.model.Problem;

/** Prints problems one per line, {@code file:line: severity: message}, the form editors jump to. */
final class ProblemPrinter {

    private ProblemPrinter() {
    }

    static void print(List<Problem> problems, PrintWriter to) {
        problems.forEach(to::println);
    }
}
