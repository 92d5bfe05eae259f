package org.docedition.ingest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.docedition.model.Document;
import org.docedition.model.Problem;

/**
 * What a reader made of one seed file: documents (each with its id plan and its lines), the
 * lines it classified as page chrome, and problems. Readers fill it in as they go.
 */
final class SeedReading {

    /**
     * One document as read.
     *
     * @param document the document, carrying its preferred id
     * @param plan     the ids it may take if another document claims the preferred one
     * @param lines    the lines it was read from and the text each keeps
     */
    record Entry(Document document, IdPlan plan, DocumentLines lines) implements java.io.Serializable {
    }

    private final SeedText seed;
    private final List<Entry> entries = new ArrayList<>();
    private final Set<Integer> chrome = new TreeSet<>();
    private final List<Problem> problems = new ArrayList<>();

    SeedReading(SeedText seed) {
        this.seed = seed;
    }

    SeedText seed() {
        return seed;
    }

    void add(Document document, IdPlan plan, DocumentLines lines) {
        entries.add(new Entry(document, plan, lines));
    }

    /** Marks {@code line} as page chrome: navigation, pagination, labels, never document text. */
    void chrome(int line) {
        chrome.add(line);
    }

    void error(int line, String message) {
        problems.add(Problem.error(seed.file(), line, message));
    }

    void warning(int line, String message) {
        problems.add(Problem.warning(seed.file(), line, message));
    }

    List<Entry> entries() {
        return Collections.unmodifiableList(entries);
    }

    Set<Integer> chromeLines() {
        return Collections.unmodifiableSet(chrome);
    }

    List<Problem> problems() {
        return Collections.unmodifiableList(problems);
    }
}
