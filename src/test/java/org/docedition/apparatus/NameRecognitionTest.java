package org.docedition.apparatus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.docedition.link.EditionLinker;
import org.docedition.model.Document;
import org.docedition.model.HistoricalDate;
import org.docedition.model.Mention;
import org.docedition.model.NameSpan;
import org.docedition.model.Problem;
import org.docedition.model.TestDocuments;
import org.junit.jupiter.api.Test;

/** Issue 18: every form a person's or place's name takes in the texts is found through the authority. */
class NameRecognitionTest {

    private static final String PERSONS = """
            # a comment before the header
            id,name,sort_name,name_zh,variants,born
            khrushchev-n-s,Nikita S. Khrushchev,"Khrushchev, Nikita Sergeyevich",赫鲁晓夫,Khrushchev N.S. | Khruschev,1894-04-17
            zhou-enlai,Zhou Enlai,,周恩来,Chou En-lai | 周总理,1898-03-05
            zhou-enlai-2,Zhou Enlai II,,,,
            li-fuchun,Li Fuchun,,,Li,
            li-jishen,Li Jishen,,,Li,
            """;
    private static final String PLACES = """
            id,name,name_zh,variants,latitude,longitude
            port-arthur,Port Arthur,旅顺,Lüshun | 旅顺口,38.81,121.26
            """;

    private static Apparatus build(String... paragraphs) {
        List<Problem> problems = new ArrayList<>();
        PersonsFile persons = PersonsFile.parse("content/persons.csv", PERSONS.lines().toList(), problems);
        PlacesFile places = PlacesFile.parse("content/places.csv", PLACES, problems);
        assertEquals(List.of(), problems);
        Document d = TestDocuments.collectionDoc("1", HistoricalDate.ofDay(1954, 10, 1), paragraphs);
        return new ApparatusBuilder(persons, places).build(new EditionLinker().link(List.of(d)));
    }

    private static List<String> printed(Apparatus a, String text) {
        List<String> out = new ArrayList<>();
        for (DocumentNames n : a.names().values()) {
            for (NameSpan s : n.paragraph(0)) {
                out.add(text.substring(s.start(), s.end()) + "=" + s.id());
            }
        }
        return out;
    }

    @Test
    void inverted_surnameThenInitials_namesThePerson() {
        String text = "The letter of Khrushchev N.S. was read.";
        assertEquals(List.of("Khrushchev N.S.=khrushchev-n-s"), printed(build(text), text));
    }

    @Test
    void initialsFirst_andSpacedInitials_nameThePerson() {
        String text = "N.S. Khrushchev spoke, then N. S. Khrushchev again; Khrushchev N. S. closed.";
        assertEquals(List.of("N.S. Khrushchev=khrushchev-n-s", "N. S. Khrushchev=khrushchev-n-s",
                "Khrushchev N. S.=khrushchev-n-s"), printed(build(text), text));
    }

    @Test
    void possessive_namesThePersonWithoutTheApostrophe() {
        String text = "Khrushchev's report and Zhou Enlai’s reply.";
        assertEquals(List.of("Khrushchev=khrushchev-n-s", "Zhou Enlai=zhou-enlai"), printed(build(text), text));
    }

    @Test
    void wadeGilesAndMisspelling_listedAsVariants_nameThePerson() {
        String text = "Chou En-lai met Khruschev.";
        Apparatus a = build(text);
        assertEquals(List.of("Chou En-lai=zhou-enlai", "Khruschev=khrushchev-n-s"), printed(a, text));
        Mention m = a.mentions().values().iterator().next().get(0);
        assertEquals("Chou En-lai met Khruschev.", m.sentence());
    }

    @Test
    void chinese_foundAsSubstring_longestFormWins() {
        String text = "周总理和赫鲁晓夫同志在旅顺口会见。";
        assertEquals(List.of("周总理=zhou-enlai", "赫鲁晓夫=khrushchev-n-s", "旅顺口=port-arthur"), printed(build(text), text));
    }

    @Test
    void place_currentAndHistoricalNames_nameThePlace() {
        Apparatus a = build("From Port Arthur to Lüshun.");
        assertEquals(1, a.places().size());
        assertEquals("Port Arthur", a.places().get(0).name());
        assertEquals(1, a.placeMentions().values().iterator().next().get(0).count() - 1);
    }

    @Test
    void sharedSurname_reportedWithItsLine_andLinkedToNeither() {
        String text = "Comrade Li spoke.";
        Apparatus a = build(text);
        assertEquals(List.of(), printed(a, text));
        assertTrue(a.problems().stream().anyMatch(p -> p.message().contains("'Li' may name li-fuchun or li-jishen")
                && p.line() > 0), a.problems()::toString);
        assertTrue(a.problems().stream().anyMatch(p -> p.file().equals("content/persons.csv")
                && p.message().contains("'Li' is a name of li-fuchun and li-jishen")), a.problems()::toString);
    }

    @Test
    void personsIndex_showsDisplayNameAndSortsBySortName() {
        Apparatus a = build("Zhou Enlai and Khrushchev N.S.");
        assertEquals(List.of("Nikita S. Khrushchev", "Zhou Enlai"), a.persons().stream().map(p -> p.name()).toList());
        assertEquals("1894-04-17", a.persons().get(0).born());
        assertEquals("赫鲁晓夫", a.persons().get(0).nameZh());
    }
}
