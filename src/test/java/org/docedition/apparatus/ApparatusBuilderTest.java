package org.docedition.apparatus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.docedition.link.EditionLinker;
import org.docedition.model.Document;
import org.docedition.model.Footnote;
import org.docedition.model.HistoricalDate;
import org.docedition.model.Mention;
import org.docedition.model.Problem;
import org.docedition.model.TestDocuments;
import org.junit.jupiter.api.Test;

/** The apparatus of small hand-made editions: ambiguity, the persons file, footnote checks. */
class ApparatusBuilderTest {

    static Apparatus build(List<String> personsCsv, Document... documents) {
        List<Problem> fileProblems = new ArrayList<>();
        PersonsFile file = PersonsFile.parse("content/persons.csv", personsCsv, fileProblems);
        assertEquals(List.of(), fileProblems);
        return new ApparatusBuilder(file).build(new EditionLinker().link(List.of(documents)));
    }

    static Document doc(String number, String text, Footnote... notes) {
        return TestDocuments.collectionDoc(number, HistoricalDate.ofDay(1954, 10, 1), List.of(notes), text);
    }

    @Test
    void names_formListedForTwoPersons_reportedNotLinked() {
        Apparatus a = build(List.of("id,name,variants", "li-fuchun,Li Fuchun,Li", "li-jishen,Li Jishen,Li"),
                doc("1", "Comrade Li spoke, then Li Fuchun."));
        List<Mention> mentions = a.mentions().get(TestDocuments.collectionDoc("1", null).id());
        assertEquals(List.of("li-fuchun"), mentions.stream().map(Mention::personId).toList());
        assertTrue(a.problems().stream().anyMatch(p -> p.file().equals("003.txt") && p.line() == 10
                && p.message().contains("'Li' may name li-fuchun or li-jishen")), a.problems()::toString);
        assertTrue(a.problems().stream().anyMatch(p -> p.file().equals("content/persons.csv") && p.line() == 2));
    }

    @Test
    void names_surnameBesideOtherInitials_isSomeoneElse() {
        Apparatus a = build(List.of(), doc("1", "Zorin A.B. and comrade Zorin met.",
                new Footnote(1, "*", "Zorin V.A. - Deputy Minister of Foreign Affairs.", 12)));
        Mention zorin = a.mentions().values().iterator().next().get(0);
        assertEquals("zorin-v-a", zorin.personId());
        // "Zorin A.B." is not counted; "comrade Zorin" is
        assertEquals("Zorin", zorin.asPrinted());
        assertEquals(2, zorin.count()); // and the note itself
    }

    @Test
    void footnotes_unmatchedMarkerAndNote_warned() {
        Apparatus a = build(List.of(), doc("5", "Beijing** and Moscow*.",
                new Footnote(1, "*", "See doc. 4.", 12), new Footnote(3, "***", "Not published.", 13)));
        assertTrue(a.problems().stream().anyMatch(p -> p.line() == 10 && p.message().contains("'**'")));
        assertTrue(a.problems().stream().anyMatch(p -> p.line() == 13 && p.message().contains("has no marker")));
        assertFalse(a.problems().stream().anyMatch(p -> p.line() == 12));
    }

    @Test
    void personsFile_badLines_reportedWithLine() {
        List<Problem> problems = new ArrayList<>();
        PersonsFile f = PersonsFile.parse("content/persons.csv",
                List.of("# comment", "Bad Id,Name", "zhu-de,Zhu De,ZhuDe|Chu Teh", "zhu-de,Zhu De"), problems);
        assertEquals(1, f.persons().size());
        assertEquals(List.of("ZhuDe", "Chu Teh"), f.persons().get(0).variants());
        assertEquals(List.of(2, 4), problems.stream().map(Problem::line).toList());
    }

    @Test
    void citations_unknownCutName_readAsKnownAndWarned() {
        List<Problem> problems = new ArrayList<>();
        var parts = CitationParser.parse(new org.docedition.model.ArchiveCitation("ews. 1954. 12 Oct.", 7), "f.txt",
                problems);
        assertEquals("Izvestia", parts.holder());
        assertEquals(1, problems.size());
        assertEquals(7, problems.get(0).line());
    }

    @Test
    void sameFile_aLargeDelo_eachPageListsTheTenNearestAndCountsTheRest() {
        // every test document cites the same delo
        Document[] docs = java.util.stream.IntStream.rangeClosed(1, 25)
                .mapToObj(i -> doc(Integer.toString(i), "Text " + i + ".")).toArray(Document[]::new);
        Apparatus a = build(List.of("id,name,variants"), docs);

        Apparatus.FileMates first = a.sameFile().get(docs[0].id());
        assertEquals(24, first.others());
        assertEquals(numbers(2, 11), numbers(first));
        assertEquals(numbers(8, 18).stream().filter(n -> n != 13).toList(), numbers(a.sameFile().get(docs[12].id())));
        assertEquals(numbers(15, 24), numbers(a.sameFile().get(docs[24].id())));
    }

    private static List<Integer> numbers(int from, int to) {
        return java.util.stream.IntStream.rangeClosed(from, to).boxed().toList();
    }

    private static List<Integer> numbers(Apparatus.FileMates mates) {
        return mates.nearest().stream()
                .map(id -> Integer.parseInt(id.value().substring(id.value().lastIndexOf('-') + 1))).toList();
    }
}
