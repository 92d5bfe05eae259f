package org.docedition.publish;

import java.util.List;
import org.docedition.model.Problem;

/**
 * The no-text-lost check's account of the seed lines.
 *
 * @param kept        non-blank lines whose kept text was found on their document's page
 * @param chrome      lines classified as page chrome
 * @param unaccounted lines neither chrome nor found on their document's page
 * @param problems    one error per unaccounted line (capped per file, with a closing count)
 */
public record FidelityReport(long kept, long chrome, long unaccounted, List<Problem> problems) {

    public FidelityReport {
        problems = List.copyOf(problems);
    }

    /** Whether every non-blank line is chrome or shown on its document's page. */
    public boolean ok() {
        return unaccounted == 0;
    }

    /** {@code fidelity: 620 lines kept, 15 chrome, 0 unaccounted}. */
    public String summary() {
        return "fidelity: " + kept + " lines kept, " + chrome + " chrome, " + unaccounted + " unaccounted";
    }
}
