package org.docedition.ingest;

import java.util.List;
import org.docedition.model.Document;
import org.docedition.model.Problem;

/**
 * Everything read from a seeds folder.
 *
 * @param documents every document and entry, in file then line order
 * @param problems  every problem found, errors and warnings
 * @param ledger    which seed lines were classified as what, for the no-text-lost check
 */
public record IngestResult(List<Document> documents, List<Problem> problems, LineLedger ledger) {

    public IngestResult {
        documents = List.copyOf(documents);
        problems = List.copyOf(problems);
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }
}
