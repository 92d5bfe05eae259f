package org.docedition.apparatus.related;

import java.util.List;
import java.util.Map;
import org.docedition.model.Document;
import org.docedition.model.DocumentId;
import org.docedition.model.Mention;

/**
 * Finds, for each document, up to {@value #MOST} documents of other sources that are most like
 * it: by the persons they share, the distinctive words they share (weighted by how rare a word is
 * in the edition) and how close their dates are.
 *
 * <p>Two passes read the words: {@link Vocabulary} counts them, {@link Features} keeps each
 * document's most distinctive; {@link Similarity} then compares documents by them.
 */
public final class RelatedDocuments {

    /** Related documents shown per document at most. */
    public static final int MOST = 5;

    private RelatedDocuments() {
    }

    /** Related documents of each of {@code documents} (in date order), given who each names. */
    public static Map<DocumentId, List<DocumentId>> find(List<Document> documents,
                                                         Map<DocumentId, List<Mention>> mentions) {
        return find(documents, Vocabulary.of(documents), mentions);
    }

    /**
     * Related documents of each of {@code documents} (in date order), given their
     * {@code vocabulary} and who each names.
     */
    public static Map<DocumentId, List<DocumentId>> find(List<Document> documents, Vocabulary vocabulary,
                                                         Map<DocumentId, List<Mention>> mentions) {
        return similarity(documents, vocabulary, mentions).related(MOST);
    }

    /**
     * How alike {@code documents} are: asked of two documents, it says what they share. Hold it
     * only while asking: it keeps every document's features.
     */
    public static Similarity similarity(List<Document> documents, Vocabulary vocabulary,
                                        Map<DocumentId, List<Mention>> mentions) {
        return new Similarity(documents, Features.of(documents, vocabulary, mentions));
    }
}
