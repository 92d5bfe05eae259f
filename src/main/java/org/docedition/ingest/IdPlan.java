package org.docedition.ingest;

import java.util.List;
import org.docedition.model.DocumentId;

/**
 * The ids a document may take, in order of preference, for settling collisions between seeds.
 *
 * <p>A document takes its first id; only when another document claims the same id does it move
 * to the next (a longer title slug). Numbered documents have one id: two documents with the same
 * number in one collection are an error, not something to rename away.
 *
 * @param choices  candidate ids, shortest first
 * @param numbered whether the id is the source's own number (collisions are errors)
 * @param what     how to name the document in messages ({@code document number 72})
 * @param line     the line that carries the identifier (the number line, heading or date)
 */
record IdPlan(List<DocumentId> choices, boolean numbered, String what, int line) implements java.io.Serializable {

    IdPlan {
        choices = List.copyOf(choices);
        if (choices.isEmpty()) {
            throw new IllegalArgumentException("an id plan needs at least one id");
        }
    }

    static IdPlan numbered(DocumentId id, String number, int line) {
        return new IdPlan(List.of(id), true, "document number " + number, line);
    }

    static IdPlan titled(String what, int line, DocumentId... choices) {
        return new IdPlan(List.of(choices).stream().distinct().toList(), false, what, line);
    }

    DocumentId first() {
        return choices.get(0);
    }
}
