package org.docedition.link;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.docedition.model.Document;
import org.docedition.model.DocumentId;
import org.docedition.model.Problem;
import org.docedition.model.Source;

/**
 * The linked edition: documents in chronological order with everything a page needs precomputed,
 * so rendering a page never searches the whole edition.
 *
 * @param documents  every document, in chronological order (undated last, then by source and number)
 * @param links      per document: references, neighbours, cited-by
 * @param sources    the publications, in the order first met
 * @param chronology documents grouped by year and month
 * @param problems   link-stage warnings (unresolved references and the like)
 */
public record Edition(List<Document> documents, Map<DocumentId, DocumentLinks> links, List<Source> sources,
                      Chronology chronology, List<Problem> problems, Map<DocumentId, Document> byId) {

    public Edition {
        documents = List.copyOf(documents);
        links = Map.copyOf(links);
        sources = List.copyOf(sources);
        problems = List.copyOf(problems);
        byId = Map.copyOf(byId);
    }

    /** An edition whose id index is built from {@code documents}. */
    public Edition(List<Document> documents, Map<DocumentId, DocumentLinks> links, List<Source> sources,
                   Chronology chronology, List<Problem> problems) {
        this(documents, links, sources, chronology, problems, indexById(documents));
    }

    private static Map<DocumentId, Document> indexById(List<Document> documents) {
        Map<DocumentId, Document> m = new java.util.HashMap<>();
        for (Document d : documents) {
            m.put(d.id(), d);
        }
        return m;
    }

    /** The links of a document of this edition. */
    public DocumentLinks linksOf(DocumentId id) {
        DocumentLinks l = links.get(id);
        if (l == null) {
            throw new IllegalArgumentException("not in this edition: " + id);
        }
        return l;
    }

    /** The document with this id, if in the edition. */
    public Optional<Document> find(DocumentId id) {
        return Optional.ofNullable(byId.get(id));
    }

    /**
     * The documents of {@code ids}, in their order, each as {@link #find} gives it (empty where
     * this edition has none).
     */
    public List<Optional<Document>> findAll(List<DocumentId> ids) {
        List<Optional<Document>> found = new java.util.ArrayList<>(ids.size());
        for (DocumentId id : ids) {
            found.add(find(id));
        }
        return found;
    }
}
