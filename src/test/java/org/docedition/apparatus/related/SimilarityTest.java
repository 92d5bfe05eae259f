package org.docedition.apparatus.related;

import static org.docedition.apparatus.related.RelatedFixtures.day;
import static org.docedition.apparatus.related.RelatedFixtures.doc;
import static org.docedition.apparatus.related.RelatedFixtures.mention;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.docedition.model.Document;
import org.docedition.model.DocumentId;
import org.docedition.model.Mention;
import org.junit.jupiter.api.Test;

class SimilarityTest {

    private final Document railwayA = doc("a", "a-1", day(1955, 1, 10), "Railway agreement",
            "The Changchun railway was handed over under the railway agreement.");
    private final Document harvestB = doc("b", "b-1", day(1955, 1, 11), "Harvest report",
            "Wheat harvest in Henan exceeded plans.");
    private final Document weatherC = doc("c", "c-1", day(1955, 1, 11), "Weather", "Snowfall over Mongolia.");
    private final Document railwayB = doc("b", "b-2", day(1955, 1, 12), "Railway transfer",
            "Transfer of the Changchun railway under the agreement.");
    private final Document harvestA = doc("a", "a-2", day(1955, 1, 13), "Harvest figures",
            "Wheat harvest figures for Henan.");
    private final List<Document> documents = List.of(railwayA, harvestB, weatherC, railwayB, harvestA);
    private final Map<DocumentId, List<Mention>> mentions = Map.of(
            railwayA.id(), List.of(mention("zhou-enlai", railwayA)),
            railwayB.id(), List.of(mention("zhou-enlai", railwayB)));

    private Map<DocumentId, List<DocumentId>> related() {
        return RelatedDocuments.find(documents, mentions);
    }

    @Test
    void find_documentsOfOtherSourcesSharingWords_areRelated() {
        assertEquals(List.of(railwayB.id()), related().get(railwayA.id()));
        assertEquals(List.of(harvestA.id()), related().get(harvestB.id()));
    }

    @Test
    void find_documentSharingNothing_hasNoRelated_evenOnTheSameDay() {
        assertFalse(related().containsKey(weatherC.id()));
        related().values().forEach(list -> assertFalse(list.contains(weatherC.id())));
    }

    @Test
    void find_sameSource_neverRelated() {
        related().forEach((id, list) -> list.forEach(r -> assertFalse(id.value().charAt(0) == r.value().charAt(0),
                id + " -> " + r)));
    }

    @Test
    void find_equalScores_orderedById() {
        Document x = doc("a", "a-9", day(1960, 5, 1), "Harbin bridge", "Harbin bridge rebuilt.");
        Document z = doc("c", "c-9", day(1960, 5, 2), "Harbin bridge", "Harbin bridge rebuilt.");
        Document y = doc("b", "b-9", day(1960, 5, 2), "Harbin bridge", "Harbin bridge rebuilt.");
        Document other = doc("d", "d-9", day(1960, 5, 3), "Fishing fleet", "Fishing fleet returned.");
        Document other2 = doc("e", "e-9", day(1960, 5, 3), "Fishing fleet", "Fishing fleet returned.");
        Map<DocumentId, List<DocumentId>> found = RelatedDocuments.find(List.of(x, z, y, other, other2), Map.of());
        assertEquals(List.of(y.id(), z.id()), found.get(x.id()));
    }

    @Test
    void shared_reportsPersonsWordsAndPhrases_mostWeightyFirst() {
        Vocabulary vocabulary = Vocabulary.of(documents);
        Similarity similarity = RelatedDocuments.similarity(documents, vocabulary, mentions);
        List<Feature> shared = similarity.shared(railwayA.id(), railwayB.id());
        assertEquals(new Feature(Feature.Kind.PERSON, "zhou-enlai"), shared.get(0), shared::toString);
        assertTrue(shared.contains(new Feature(Feature.Kind.WORD, "railway")), shared::toString);
        assertTrue(shared.contains(new Feature(Feature.Kind.WORD, "changchun")), shared::toString);
        assertTrue(shared.contains(new Feature(Feature.Kind.PHRASE, "changchun railway")), shared::toString);
        assertEquals(List.of(), similarity.shared(railwayA.id(), weatherC.id()));
        assertEquals(List.of(), similarity.shared(railwayA.id(), new DocumentId("nowhere")));
    }

    @Test
    void daysApart_datedDocuments_countsDays_undatedEmpty() {
        Document undated = doc("z", "z-1", null, "Railway note", "Changchun railway.");
        List<Document> all = List.of(undated, railwayA, railwayB);
        Similarity similarity = RelatedDocuments.similarity(all, Vocabulary.of(all), Map.of());
        assertEquals(OptionalLong.of(2), similarity.daysApart(railwayA.id(), railwayB.id()));
        assertEquals(OptionalLong.empty(), similarity.daysApart(railwayA.id(), undated.id()));
    }

    @Test
    void dateScore_sameDayHalf_aYearApartAQuarter_undatedNothing() {
        assertEquals(0.5, Similarity.dateScore(100, 100));
        assertEquals(0.25, Similarity.dateScore(100, 465));
        assertEquals(0, Similarity.dateScore(Long.MIN_VALUE, 100));
    }

    @Test
    void epochDay_partialDate_standsForTheMiddleOfItsPeriod() {
        assertEquals(java.time.LocalDate.of(1955, 7, 15).toEpochDay(),
                Similarity.epochDay(org.docedition.model.HistoricalDate.ofYear(1955)));
        assertEquals(java.time.LocalDate.of(1955, 3, 15).toEpochDay(),
                Similarity.epochDay(org.docedition.model.HistoricalDate.ofMonth(1955, 3)));
        assertEquals(java.time.LocalDate.of(1955, 3, 31).toEpochDay(), Similarity.epochDay(day(1955, 3, 31)));
    }
}
