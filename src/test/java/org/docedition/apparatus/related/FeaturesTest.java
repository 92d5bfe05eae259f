package org.docedition.apparatus.related;

import static org.docedition.apparatus.related.RelatedFixtures.day;
import static org.docedition.apparatus.related.RelatedFixtures.doc;
import static org.docedition.apparatus.related.RelatedFixtures.mention;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.docedition.model.Document;
import org.junit.jupiter.api.Test;

class FeaturesTest {

    private final Document a = doc("a", "a-1", day(1954, 10, 1), "Port Arthur",
            "Port Arthur naval base returned; the naval base was handed over.");
    private final Document b = doc("b", "b-1", day(1954, 10, 2), "Naval base",
            "Naval base at Port Arthur. Tractors delivered.");
    private final Document c = doc("c", "c-1", day(1954, 10, 3), "Tractors", "Tractors for collective farms.");
    private final List<Document> documents = List.of(a, b, c);

    private static List<Feature> describe(Features f, int document) {
        List<Feature> out = new ArrayList<>();
        for (int id : f.ids()[document]) {
            out.add(f.describe(id));
        }
        return out;
    }

    @Test
    void of_wordOfOneDocumentOnly_notKept() {
        Features f = Features.of(documents, Vocabulary.of(documents), Map.of());
        List<Feature> ofA = describe(f, 0);
        assertTrue(ofA.contains(new Feature(Feature.Kind.WORD, "naval")), ofA::toString);
        assertTrue(ofA.contains(new Feature(Feature.Kind.PHRASE, "naval base")), ofA::toString);
        assertFalse(ofA.contains(new Feature(Feature.Kind.WORD, "return")), "only in a: " + ofA);
        assertFalse(describe(f, 2).contains(new Feature(Feature.Kind.WORD, "farm")));
    }

    @Test
    void of_weightsOfEachDocument_haveLengthOne_idsAscend() {
        Features f = Features.of(documents, Vocabulary.of(documents), Map.of(a.id(), List.of(mention("p", a)),
                c.id(), List.of(mention("p", c))));
        for (int i = 0; i < documents.size(); i++) {
            double sum = 0;
            for (double w : f.weights()[i]) {
                sum += w * w;
            }
            assertEquals(1.0, sum, 1e-9, "document " + i);
            for (int k = 1; k < f.ids()[i].length; k++) {
                assertTrue(f.ids()[i][k - 1] < f.ids()[i][k]);
            }
        }
    }

    @Test
    void of_personNamedByTwoDocuments_becomesAFeatureOfBoth() {
        Features f = Features.of(documents, Vocabulary.of(documents),
                Map.of(a.id(), List.of(mention("khrushchev", a)), c.id(), List.of(mention("khrushchev", c))));
        assertTrue(describe(f, 0).contains(new Feature(Feature.Kind.PERSON, "khrushchev")));
        assertTrue(describe(f, 2).contains(new Feature(Feature.Kind.PERSON, "khrushchev")));
        assertFalse(describe(f, 1).contains(new Feature(Feature.Kind.PERSON, "khrushchev")));
    }

    @Test
    void of_personNamedByOneDocument_relatesNothingAndIsNoFeature() {
        Features f = Features.of(documents, Vocabulary.of(documents), Map.of(c.id(), List.of(mention("khrushchev", c))));
        assertFalse(describe(f, 2).contains(new Feature(Feature.Kind.PERSON, "khrushchev")));
    }

    @Test
    void of_wordsKept_atMostWordsPerDocument() {
        StringBuilder text = new StringBuilder();
        for (int k = 0; k < 200; k++) {
            text.append("term").append((char) ('a' + k % 26)).append((char) ('a' + k / 26)).append(". ");
        }
        Document x = doc("x", "x-1", null, "List", text.toString());
        Document y = doc("y", "y-1", null, "List", text.toString());
        Document z = doc("z", "z-1", null, "Other", "Nothing alike here.");
        Features f = Features.of(List.of(x, y, z), Vocabulary.of(List.of(x, y, z)), Map.of());
        assertEquals(Features.WORDS, f.ids()[0].length);
    }
}
