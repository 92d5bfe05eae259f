package org.docedition.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.docedition.link.Edition;
import org.docedition.link.EditionLinker;
import org.docedition.model.HistoricalDate;
import org.docedition.model.TestDocuments;
import org.junit.jupiter.api.Test;

class DocumentPageModelTest {

    private static Map<String, Object> model(String... paragraphs) {
        var d = TestDocuments.collectionDoc("72", HistoricalDate.ofDay(1954, 3, 1), paragraphs);
        Edition e = new EditionLinker().link(List.of(d));
        return DocumentPageModel.of(d, e);
    }

    @Test
    void description_shortText_isKindDateSourceAndTextWithMarkersAndBlanksFolded() {
        assertEquals("Collection document doc. 72, March 1, 1954. Soviet-Chinese relations. 1952-1955: Collection of "
                + "documents. The plant in Fulaerdi.", model("The   plant\u00a0in\n Fulaerdi*.").get("description"));
    }

    @Test
    void description_longText_isCutAtAWordWithAnEllipsis() {
        String d = model("word ".repeat(500)).get("description").toString();
        assertTrue(d.length() <= 161, d);
        assertTrue(d.endsWith(" word\u2026"), d);
    }

    @Test
    void of_seedLocation_isFileNameAndLineRange() {
        Map<String, Object> m = model("x");
        assertEquals("003.txt", m.get("seedFile"));
        assertEquals("lines 8\u201320", m.get("seedLines"));
    }
}
