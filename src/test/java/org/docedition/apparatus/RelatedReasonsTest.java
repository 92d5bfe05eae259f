package org.docedition.apparatus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.docedition.apparatus.related.Feature;
import org.docedition.apparatus.related.RelatedDocuments;
import org.docedition.model.Document;
import org.docedition.model.DocumentId;
import org.docedition.model.Kind;
import org.docedition.model.Paragraph;
import org.docedition.model.Person;
import org.docedition.model.Source;
import org.docedition.model.SourceLocation;
import org.junit.jupiter.api.Test;

class RelatedReasonsTest {

    private static final Document OTHER = new Document(new DocumentId("x-1"), Kind.NEWSPAPER,
            new Source("x", "X", Kind.NEWSPAPER), "Cultural Cooperation Talks", Optional.empty(), Optional.empty(), "",
            "", "", Optional.empty(), Optional.empty(), List.of(new Paragraph("The Cultural Exchange plans grew.", 3)),
            Optional.empty(), List.of(), true, new SourceLocation("seeds/x.txt", 1, 3));

    @Test
    void surface_foldedWordsAreShownAsTheRelatedDocumentPrintsThem() {
        assertEquals("cultural exchange", RelatedReasons.surface(OTHER, "cultur exchang"));
        assertEquals("cooperation", RelatedReasons.surface(OTHER, "cooper"));
        assertEquals("zzz", RelatedReasons.surface(OTHER, "zzz"));
    }

    @Test
    void of_personsWordsAndDays_saysWhyInOneLine() {
        Person mao = new Person("mao-zedong", "Mao Zedong", "Mao Zedong", "", "", "", "", "", List.of(), "", "",
                List.of(), List.of());
        RelatedDocuments.Related r = new RelatedDocuments.Related(OTHER.id(), List.of(
                new Feature(Feature.Kind.PERSON, "mao-zedong"), new Feature(Feature.Kind.PHRASE, "cultur exchang")),
                OptionalLong.of(412));
        assertEquals("both name Mao Zedong; share \u201ccultural exchange\u201d; 412 days apart",
                RelatedReasons.of(r, Map.of("mao-zedong", mao), id -> OTHER));
    }
}
