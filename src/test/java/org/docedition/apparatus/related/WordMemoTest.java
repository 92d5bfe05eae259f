package org.docedition.apparatus.related;

import static org.docedition.apparatus.related.RelatedFixtures.day;
import static org.docedition.apparatus.related.RelatedFixtures.doc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.docedition.model.Document;
import org.docedition.model.DocumentId;
import org.junit.jupiter.api.Test;

class WordMemoTest {

    private static final String[] TOPICS = {"railway", "harvest", "tractor", "bridge", "canal", "steel"};

    private static List<Document> corpus() {
        List<Document> out = new ArrayList<>();
        for (int k = 0; k < 30; k++) {
            String topic = TOPICS[k % TOPICS.length];
            out.add(doc("s" + (k % 3), "s" + (k % 3) + "-" + k, day(1955, 1 + k % 12, 1 + k),
                    "Report on the " + topic, "The " + topic + " works of district " + (char) ('a' + k)
                            + " progressed; " + topic + " brigades praised near Harbin."));
        }
        return out;
    }

    private static Map<DocumentId, List<DocumentId>> build(WordMemo memo, List<Document> documents) {
        WordMemo.Reading reading = memo.reading(documents);
        Map<DocumentId, List<DocumentId>> found = RelatedDocuments.find(documents,
                Vocabulary.of(documents, reading), Map.of());
        memo.keep(reading);
        return found;
    }

    @Test
    void rebuild_unchangedDocuments_reusesEveryBestWords_sameResult() {
        List<Document> documents = corpus();
        WordMemo memo = new WordMemo();
        assertEquals(RelatedDocuments.find(documents, Map.of()), build(memo, documents));
        assertEquals(0, memo.reused());
        assertEquals(RelatedDocuments.find(documents, Map.of()), build(memo, documents));
        assertEquals(documents.size(), memo.reused());
    }

    @Test
    void rebuild_afterAnEdit_findsWhatAFreshBuildFinds_reusingLess() {
        List<Document> documents = new ArrayList<>(corpus());
        WordMemo memo = new WordMemo();
        build(memo, documents);
        Document edited = documents.get(4);
        documents.set(4, doc(edited.source().id(), edited.id().value(), edited.date().orElseThrow(),
                edited.title(), "Steel brigades and the railway canal near Harbin."));
        assertEquals(RelatedDocuments.find(documents, Map.of()), build(memo, documents));
        assertTrue(memo.reused() < documents.size(), "reused " + memo.reused());
    }

    @Test
    void reading_editionAboveTheLimit_isNotRemembered() {
        List<Document> many = java.util.Collections.nCopies(WordMemo.REMEMBERED_DOCUMENTS + 1, corpus().get(0));
        assertNull(new WordMemo().reading(many));
    }
}
