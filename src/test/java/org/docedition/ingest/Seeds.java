package org.docedition.ingest;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.docedition.model.Document;
import org.docedition.model.Problem;
import org.docedition.model.Severity;

/** Small helpers for reader tests: inline seed texts and problem lookups. */
final class Seeds {

    static final String FILE = "seeds/test.txt";
    static final String NBSP = "\u00A0";

    private Seeds() {
    }

    /** A seed made of {@code text}, split into lines as the decoder would. */
    static SeedText seed(String text) {
        return new SeedText(FILE, SeedDecoder.split(text));
    }

    static List<Document> documents(SeedReading reading) {
        return reading.entries().stream().map(SeedReading.Entry::document).collect(Collectors.toList());
    }

    static List<Problem> problems(SeedReading reading, Severity severity) {
        return reading.problems().stream().filter(p -> p.severity() == severity).collect(Collectors.toList());
    }

    /** Asserts a problem of {@code severity} on {@code line} whose message contains {@code text}. */
    static void assertProblem(List<Problem> problems, Severity severity, int line, String text) {
        assertTrue(problems.stream().anyMatch(p -> p.severity() == severity && p.line() == line
                        && p.message().contains(text)),
                () -> "expected " + severity + " at line " + line + " containing '" + text + "' in " + problems);
    }

    /** Asserts every non-blank line of the reading is chrome or owned by a document. */
    static void assertAllLinesAccounted(SeedReading reading) {
        SeedText seed = reading.seed();
        java.util.Set<Integer> owned = new java.util.HashSet<>();
        reading.entries().forEach(e -> owned.addAll(e.lines().kept().keySet()));
        for (int i = seed.nextNonBlank(0); i <= seed.size(); i = seed.nextNonBlank(i)) {
            int line = i;
            assertTrue(owned.contains(line) || reading.chromeLines().contains(line),
                    () -> "line " + line + " unaccounted: " + seed.line(line));
        }
    }
}
