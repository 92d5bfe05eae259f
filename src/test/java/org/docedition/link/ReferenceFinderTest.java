package org.docedition.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReferenceFinderTest {

    @Test
    void find_anyCaseOfDocAndDocs_found() {
        assertEquals(List.of(new ReferenceFinder.Found("5", "SEE DOC. 5", 4)), ReferenceFinder.find("As: SEE DOC. 5."));
        assertEquals(List.of(new ReferenceFinder.Found("89", "see Docs. 89", 0), new ReferenceFinder.Found("90", "90", 17)),
                ReferenceFinder.find("see Docs. 89 and 90"));
        assertEquals(List.of(new ReferenceFinder.Found("7", "Cm. doc.7", 0)), ReferenceFinder.find("Cm. doc.7"));
    }

    @Test
    void find_noDocWithFullStop_nothing() {
        assertEquals(List.of(), ReferenceFinder.find("See document 5, see doc 6, see docx. 7, see do. 8"));
        assertEquals(List.of(), ReferenceFinder.find(""));
        assertEquals(List.of(), ReferenceFinder.find("doc."));
    }
}
