package org.docedition.link;

import java.util.List;
import java.util.Optional;
import org.docedition.model.DocumentId;
import org.docedition.model.Reference;

/**
 * What a page needs to know about a document's place in the edition.
 *
 * @param references the document-number references in its text and footnotes, in reading order
 * @param previous   the document before it in date order
 * @param next       the document after it in date order
 * @param citedBy    documents whose references resolve to it, in date order
 * @param previousInSource the document before it in its source's own order (the collection's numbers)
 * @param nextInSource     the document after it in its source's own order
 */
public record DocumentLinks(List<Reference> references, Optional<DocumentId> previous, Optional<DocumentId> next,
                            List<DocumentId> citedBy, Optional<DocumentId> previousInSource,
                            Optional<DocumentId> nextInSource) implements java.io.Serializable {

    public DocumentLinks {
        references = List.copyOf(references);
        citedBy = List.copyOf(citedBy);
        previousInSource = previousInSource == null ? Optional.empty() : previousInSource;
        nextInSource = nextInSource == null ? Optional.empty() : nextInSource;
    }

    /** Links without neighbours in the source's own order. */
    public DocumentLinks(List<Reference> references, Optional<DocumentId> previous, Optional<DocumentId> next,
                         List<DocumentId> citedBy) {
        this(references, previous, next, citedBy, Optional.empty(), Optional.empty());
    }
}
