package org.docedition.apparatus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.docedition.link.EditionLinker;
import org.docedition.model.Document;
import org.docedition.model.HistoricalDate;
import org.docedition.model.Problem;
import org.docedition.model.TestDocuments;
import org.junit.jupiter.api.Test;

/** Issue 18.4: check lists the names that look like persons or places and that the authority lacks. */
class UnknownNamesTest {

    private static List<String> unknown(String text) {
        Document d = TestDocuments.collectionDoc("1", HistoricalDate.ofDay(1954, 10, 1), text);
        PersonsFile persons = PersonsFile.parse("p.csv", List.of("id,name,variants", "gromyko-a-a,Andrei A. Gromyko,Gromyko A.A."),
                new java.util.ArrayList<>());
        Apparatus a = new ApparatusBuilder(persons).reportingUnknownNames().build(new EditionLinker().link(List.of(d)));
        return a.problems().stream().map(Problem::message).filter(m -> m.contains("looks like"))
                .map(m -> m.substring(1, m.indexOf("' looks"))).toList();
    }

    @Test
    void knownNames_notListed() {
        assertEquals(List.of(), unknown("Gromyko A.A. received the ambassador. A.A. Gromyko said so."));
    }

    @Test
    void invertedAndTitledAndRomanised_listed() {
        List<String> found = unknown("Palgunov N.G. wrote. Minister of Culture Mikhailov came with Zhang Wentian.");
        assertTrue(found.containsAll(List.of("Palgunov N.G.", "Mikhailov", "Zhang Wentian")), found::toString);
    }

    @Test
    void placeAfterPreposition_listed_butMonthsAndLanguagesNot() {
        List<String> found = unknown("They went to Lanzhou in October, and spoke in Chinese.");
        assertEquals(List.of("Lanzhou"), found);
    }

    @Test
    void chineseNameBeforeComrade_listed() {
        List<Problem> found = UnknownNames.inChinese("文化部部长沈雁冰同志在会上讲话。");
        assertEquals(1, found.size(), found::toString);
        assertTrue(found.get(0).message().startsWith("'沈雁冰'"), found::toString);
    }
}
