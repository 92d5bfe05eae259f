package org.docedition.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DocumentTest {

    @Test
    void documentsAsMapKeys_findEqualOnesAndMissEditedOnes() {
        HistoricalDate date = HistoricalDate.ofDay(1954, 10, 12);
        Document read = TestDocuments.collectionDoc("72", date, "The first paragraph.", "The second.");
        Document readAgain = TestDocuments.collectionDoc("72", date, "The first paragraph.", "The second.");
        Document edited = TestDocuments.collectionDoc("72", date, "The first paragraph.", "The second, amended.");
        Map<Document, String> remembered = new HashMap<>();
        remembered.put(read, "words of doc. 72");

        assertEquals(read, readAgain);
        assertEquals(read.hashCode(), readAgain.hashCode());
        assertEquals("words of doc. 72", remembered.get(readAgain), "an equal document read again is found");
        assertNotEquals(read, edited);
        assertFalse(remembered.containsKey(edited), "an edited document is not: its words must be read again");
        assertTrue(remembered.containsKey(read));
    }
}
