package org.docedition.apparatus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.docedition.ingest.SeedIngester;
import org.docedition.link.Edition;
import org.docedition.link.EditionLinker;
import org.docedition.model.CitationParts;
import org.docedition.model.Document;
import org.docedition.model.DocumentId;
import org.docedition.model.Mention;
import org.docedition.model.Person;
import org.docedition.model.Problem;
import org.docedition.apparatus.related.RelatedDocuments;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The apparatus of the real seeds in {@code seeds/}, with the editors' {@code content/persons.csv}. */
class ApparatusRealSeedsTest {

    static final Path PROJECT = Path.of("").toAbsolutePath();
    static Edition edition;
    static Apparatus apparatus;
    static Map<String, Person> persons;

    @BeforeAll
    static void build() {
        edition = new EditionLinker().link(new SeedIngester().ingest(PROJECT.resolve("seeds")).documents());
        apparatus = ApparatusBuilder.forContent(PROJECT.resolve("content")).build(edition);
        persons = apparatus.personsById();
    }

    static DocumentId doc(int number) {
        return new DocumentId("sscr-1952-1955-doc-" + number);
    }

    static Set<String> personsOf(DocumentId id) {
        return apparatus.mentions().getOrDefault(id, List.of()).stream().map(Mention::personId)
                .collect(Collectors.toSet());
    }

    static Document document(DocumentId id) {
        return edition.find(id).orElseThrow();
    }

    static List<Problem> warningsAt(int line) {
        return apparatus.problems().stream().filter(p -> p.line() == line).toList();
    }

    @Test
    void persons_suslovNote_becomesPersonWithBiographyFromDoc77() {
        Person suslov = persons.get("suslov-m-a");
        assertEquals(1, suslov.notes().size());
        assertTrue(suslov.notes().get(0).biography().startsWith("Member of the Politburo"));
        assertEquals(doc(77), suslov.notes().get(0).document());
        assertTrue(personsOf(doc(77)).contains("suslov-m-a"));
    }

    @Test
    void persons_zhouEnlai_namedInAtLeastTwoSeedFiles() {
        Set<String> files = apparatus.personDocuments().get("zhou-enlai").stream()
                .map(id -> document(id).location().file()).collect(Collectors.toSet());
        assertTrue(files.size() >= 2, files::toString);
    }

    @Test
    void persons_misspelledAndGluedNames_foundThroughVariants() {
        DocumentId letter = new DocumentId(
                "wilson-center-digital-archive-1960-07-18-letter-khrushchev-to-the-central-committee");
        assertTrue(personsOf(letter).contains("khrushchev-n-s"));
        // "Khruschev" in the summary counts as a second mention of the same person
        Mention m = apparatus.mentions().get(letter).stream().filter(x -> x.personId().equals("khrushchev-n-s"))
                .findFirst().orElseThrow();
        assertTrue(m.count() >= 2, m::toString);
        // "ZhuDe" (glued) in doc. 99
        assertTrue(personsOf(doc(99)).contains("zhu-de"));
    }

    @Test
    void persons_noteNameVariant_joinsListedPerson() {
        // the note misspells Song Qingling as "Gong Qingling"; persons.csv lists it as her variant
        Person song = persons.get("song-qingling");
        assertEquals(1, song.notes().size());
        assertEquals("Gong Qingling", song.notes().get(0).nameAsPrinted());
        assertFalse(persons.containsKey("gong-qingling"));
    }

    @Test
    void persons_initialsBeforeSurnameAndDeclension_sameperson() {
        // doc. 99 prints "Comrade Bulganin N.A.", doc. 82's note "Bulganin N.A.", doc. 98 the same
        assertTrue(personsOf(doc(98)).contains("bulganin-n-a"));
        assertTrue(personsOf(doc(82)).contains("bulganin-n-a"));
        // doc. 98 prints "Editor-in-Chief ... D.T. Shepilov", initials first
        Mention shepilov = apparatus.mentions().get(doc(98)).stream()
                .filter(x -> x.personId().equals("shepilov-d-t")).findFirst().orElseThrow();
        assertEquals("D.T. Shepilov", shepilov.asPrinted());
    }

    @Test
    void footnotes_markerWithoutNoteAndNoteWithoutMarker_warnedWithLine() {
        assertTrue(warningsAt(445).stream().anyMatch(p -> p.message().contains("doc. 80 has no note 1")));
        assertTrue(warningsAt(615).stream().anyMatch(p -> p.message().contains("has no marker")));
        assertTrue(apparatus.problems().stream().allMatch(p -> p.file().startsWith("seeds/")
                || p.file().endsWith(PersonsFile.NAME)), apparatus.problems()::toString);
    }

    @Test
    void footnotes_doc98_everyMarkerHasItsNote() {
        Document d98 = document(doc(98));
        assertTrue(apparatus.problems().stream().noneMatch(p -> p.line() >= d98.location().firstLine()
                && p.line() <= d98.location().lastLine() && p.message().contains("doc. 98")));
        assertEquals(8, d98.footnotes().size());
    }

    @Test
    void citations_archiveCitation_readIntoParts() {
        CitationParts c = apparatus.citations().get(doc(72));
        assertEquals(CitationParts.Type.ARCHIVE, c.type());
        assertEquals("AVP RF", c.holder());
        assertEquals(List.of("0100", "47", "384", "52", "12-20"),
                List.of(c.fond(), c.opis(), c.papka(), c.delo(), c.sheets()));
        // a typo of the Russian abbreviation, and "D 1" without its full stop
        CitationParts wua = apparatus.citations().get(doc(103));
        assertEquals("AVP RF", wua.holder());
        assertEquals("WUA RF", wua.printedAs());
        assertEquals("1", wua.delo());
    }

    @Test
    void citations_truthCitation_isPravdaIssue() {
        CitationParts c = apparatus.citations().get(doc(94));
        assertEquals(CitationParts.Type.NEWSPAPER, c.type());
        assertEquals("Pravda", c.holder());
        assertEquals("Truth", c.printedAs());
        assertEquals(Optional.of("1954-10-12"), c.issue().map(i -> i.iso()));
    }

    @Test
    void citations_sameDelo_linkedBothWays() {
        assertEquals(List.of(doc(81)), apparatus.sameFile().get(doc(71)).nearest());
        assertEquals(List.of(doc(71)), apparatus.sameFile().get(doc(81)).nearest());
        assertTrue(apparatus.sameFile().get(doc(78)).nearest().contains(doc(83)));
    }

    @Test
    void archives_pagePerArchiveAndFond() {
        Apparatus.Holding avp = apparatus.holdings().stream().filter(h -> h.name().equals("AVP RF")).findFirst()
                .orElseThrow();
        assertTrue(avp.fonds().stream().anyMatch(f -> f.fond().equals("0100") && f.documents().contains(doc(72))));
        assertTrue(apparatus.holdings().stream().anyMatch(h -> h.name().equals("Pravda")));
    }

    @Test
    void sources_collection_inNumberOrderWithGaps() {
        Apparatus.SourceListing sscr = apparatus.sources().stream()
                .filter(s -> s.source().id().equals("sscr-1952-1955")).findFirst().orElseThrow();
        List<String> gaps = sscr.entries().stream().filter(e -> e.document().isEmpty()).map(Apparatus.Entry::number)
                .toList();
        assertEquals(List.of("87", "88", "100"), gaps);
        assertEquals("70", sscr.entries().get(0).number());
        assertEquals(3, sscr.missing());
        assertEquals(3, sscr.unnumbered().size());
    }

    @Test
    void related_culturalCooperationArticle_findsCatalogueConversationOnCulturalExchange() {
        List<DocumentId> related = apparatus.related().get(new DocumentId("peoples-daily-1957-11-23-p6"));
        assertTrue(related.contains(new DocumentId(
                "wilson-center-digital-archive-1959-03-30-memorandum-of-conversation-with-the-deputy")),
                related::toString);
    }

    @Test
    void related_atMostFiveFromOtherSources_sameOnEveryRun() {
        Apparatus again = ApparatusBuilder.forContent(PROJECT.resolve("content")).build(edition);
        assertEquals(apparatus.related(), again.related());
        apparatus.related().forEach((id, list) -> {
            assertTrue(list.size() <= RelatedDocuments.MOST);
            String source = document(id).source().id();
            list.forEach(r -> assertFalse(document(r).source().id().equals(source), id + " -> " + r));
        });
    }
}
