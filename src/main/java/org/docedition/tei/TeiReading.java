package org.docedition.tei;

import java.util.List;
import java.util.Map;
import org.docedition.model.Document;
import org.docedition.model.Problem;

/**
 * What {@link TeiReader} made of one TEI file.
 *
 * @param entries  the documents, in file order
 * @param problems errors and warnings, with the file's lines
 */
public record TeiReading(List<Entry> entries, List<Problem> problems) {

    public TeiReading {
        entries = List.copyOf(entries);
        problems = List.copyOf(problems);
    }

    /**
     * One document as read.
     *
     * @param document   the document; its id is the file's own ({@code idno type="docedition"}) when
     *                   {@code explicitId}, otherwise a first choice for the caller to settle
     * @param explicitId whether the file names the document's id
     * @param line       the line of the document's {@code div} (or {@code TEI})
     * @param kept       per line, the pieces of text the document keeps from it, for the no-text-lost check
     */
    public record Entry(Document document, boolean explicitId, int line, Map<Integer, List<String>> kept) {
        public Entry {
            kept = Map.copyOf(kept);
        }
    }
}
