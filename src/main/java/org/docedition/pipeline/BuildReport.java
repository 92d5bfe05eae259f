package org.docedition.pipeline;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.docedition.model.Kind;
import org.docedition.model.Problem;

/**
 * What a build or check found and did.
 *
 * @param documentsPerKind documents and entries read, per kind
 * @param pagesWritten     HTML pages written (0 for a check or a failed build)
 * @param problems         every problem, sorted by file and line
 * @param times            time per stage
 * @param written          whether site/ was replaced, or was up to date already
 * @param upToDate         whether the build found no input changed since the last one and did nothing
 */
public record BuildReport(Map<Kind, Integer> documentsPerKind, int pagesWritten, List<Problem> problems,
                          StageTimes times, boolean written, boolean upToDate) {

    public BuildReport {
        // in the kinds' declared order, so summaries read the same every time
        documentsPerKind = Collections.unmodifiableMap(new TreeMap<>(documentsPerKind));
        // one problem found twice (two markers on one line, two stages) is reported once
        problems = problems.stream().distinct().toList();
    }

    public long errors() {
        return problems.stream().filter(Problem::isError).count();
    }

    public long warnings() {
        return problems.size() - errors();
    }

    /** Whether the run failed: any error, or any warning when {@code strict}. */
    public boolean failed(boolean strict) {
        return errors() > 0 || (strict && warnings() > 0);
    }

    public int documents() {
        return documentsPerKind.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** {@code n} of {@code noun}, as the report's numbers are told: "1 warning", "2 warnings". */
    public static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** The report of a build that stopped on {@code problem} (a missing tool, an unwritable folder) before reporting. */
    public static BuildReport stoppedBy(Problem problem) {
        return new BuildReport(Map.of(), 0, List.of(problem), new StageTimes(), false, false);
    }

    BuildReport asNotWritten() {
        return new BuildReport(documentsPerKind, pagesWritten, problems, times, false, false);
    }
}
