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
 */
public record DocumentLinks(List<Reference> references, Optional<DocumentId> previous, Optional<DocumentId> next,
                            List<DocumentId> citedBy) {

    public DocumentLinks {
        references = List.copyOf(references);
        citedBy = List.copyOf(citedBy);
    }
}
