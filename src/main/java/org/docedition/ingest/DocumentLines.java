package org.docedition.ingest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The seed lines one document was read from, each with the pieces of its text the document keeps
 * (a heading keeps its title and date, a footnote its text without the marker).
 *
 * <p>The no-text-lost check later looks for each kept piece on the document's page.
 */
final class DocumentLines implements java.io.Serializable {

    private final Map<Integer, List<String>> kept = new LinkedHashMap<>();

    /** Records that {@code line} belongs to the document and keeps {@code pieces} (blank ones skipped). */
    DocumentLines keep(int line, String... pieces) {
        List<String> list = kept.computeIfAbsent(line, l -> new ArrayList<>());
        for (String p : pieces) {
            if (p != null && !SeedText.isBlank(p)) {
                list.add(SeedText.trim(p));
            }
        }
        return this;
    }

    boolean isEmpty() {
        return kept.isEmpty();
    }

    /** The first line, or 0 when there is none. */
    int first() {
        return kept.keySet().stream().mapToInt(Integer::intValue).min().orElse(0);
    }

    /** The last line, or 0 when there is none. */
    int last() {
        return kept.keySet().stream().mapToInt(Integer::intValue).max().orElse(0);
    }

    Map<Integer, List<String>> kept() {
        return Collections.unmodifiableMap(kept);
    }
}
