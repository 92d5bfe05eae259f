package org.docedition.model;

import java.util.Optional;

/**
 * A document-number reference ("See doc. 89") found in a document's text or footnotes.
 *
 * @param number the cited number, as printed
 * @param phrase the full phrase as printed ({@code See doc. 89})
 * @param target the document it resolves to within the citing document's source, if in the edition
 * @param line   the seed line it stands on
 */
public record Reference(String number, String phrase, Optional<DocumentId> target, int line) implements java.io.Serializable {

    public boolean resolved() {
        return target.isPresent();
    }
}
