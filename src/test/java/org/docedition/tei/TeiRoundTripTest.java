package org.docedition.tei;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.docedition.link.Edition;
import org.docedition.model.Document;
import org.docedition.model.Footnote;
import org.docedition.model.Paragraph;
import org.docedition.model.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A seeds folder holding only the TEI files a build wrote rebuilds the same edition: the same ids,
 * sources, titles, dates, kinds, numbers, references, paragraphs, notes and originals.
 */
class TeiRoundTripTest {

    /** Everything of a document a reader can see, without the seed file and lines it came from. */
    record Seen(String id, String kind, String source, String title, Optional<String> date, Optional<String> number,
                String numberMark, String author, String page, String printed, String archive,
                List<String> paragraphs, List<String> notes, String original, boolean textInSource,
                List<String> references, List<String> glossary) {
    }

    static Seen seen(Document d, Edition edition) {
        return new Seen(d.id().value(), d.kind().slug(), d.source().toString(), d.title(), d.date().map(x -> x.iso()),
                d.number(), d.numberMark(), d.author(), d.page(), d.printed().map(Object::toString).orElse(""),
                d.archive().map(a -> a.text()).orElse(""), d.paragraphs().stream().map(Paragraph::text).toList(),
                d.footnotes().stream().map(TeiRoundTripTest::note).toList(),
                d.original().map(o -> o.language() + "|" + o.title() + "|" + o.dateline() + "|" + o.page() + "|"
                        + o.column() + "|" + o.paragraphs().stream().map(Paragraph::text).toList()).orElse(""),
                d.textInSource(),
                edition.linksOf(d.id()).references().stream()
                        .map(r -> r.number() + "|" + r.phrase() + "|" + r.target().map(Object::toString).orElse("-"))
                        .toList(),
                d.glossary().stream().map(g -> g.original() + "|" + g.rendering()).toList());
    }

    private static String note(Footnote f) {
        return f.ordinal() + "|" + f.marker() + "|" + f.text();
    }

    private static List<Seen> seen(Edition edition) {
        return edition.documents().stream().map(d -> seen(d, edition)).toList();
    }

    private static void roundTrip(Path seeds, Path work) throws IOException {
        Path site = work.resolve("site");
        TeiEditions.Read first = TeiEditions.export(seeds, site);
        Path teiSeeds = work.resolve("tei-seeds");
        Files.createDirectories(teiSeeds);
        for (Path f : TeiEditions.files(site.resolve("data/tei"))) {
            Files.copy(f, teiSeeds.resolve(f.getFileName()));
        }
        TeiEditions.Read second = TeiEditions.read(teiSeeds);
        assertEquals(List.of(), second.ingest().problems().stream().filter(p -> p.message().contains("not read"))
                .map(Problem::toString).toList(), "every element the build writes is one the reader knows");
        assertEquals(0, second.ingest().ledger().unaccountedLines(), "every line of the TEI files is accounted for");
        List<Seen> before = seen(first.edition());
        List<Seen> after = seen(second.edition());
        assertEquals(before.size(), after.size());
        for (int i = 0; i < before.size(); i++) {
            assertEquals(before.get(i), after.get(i));
        }
    }

    @Test
    void seedEdition_readBackFromItsTei_isTheSameEdition(@TempDir Path work) throws IOException {
        roundTrip(TeiEditions.SEEDS, work);
    }

    @Test
    void fixtureEdition_readBackFromItsTei_isTheSameEdition(@TempDir Path work) throws IOException {
        roundTrip(TeiEditions.FIXTURE, work);
    }

    @Test
    void canonicalSeeds_partialDatesAuthorsAndNumberedNotes_surviveTheRoundTrip(@TempDir Path work) throws IOException {
        Path seeds = Files.createDirectories(work.resolve("seeds"));
        Files.writeString(seeds.resolve("900_month.md"), """
                ---
                title: Editorial note on the talks of October 1954
                date: 1954-10
                kind: editorial
                author: The editors
                ---
                The talks ended with the documents printed as doc. 90 to 99* & more *.

                A second paragraph  with two spaces, <angle> brackets & an ampersand 4 *.

                ## Notes

                * Dates are those of the printed collection.

                ** A note whose marker is not in the text.

                4 * The fourth note, numbered.
                """);
        Files.writeString(seeds.resolve("901_year.md"), """
                ---
                title: A report of 1955
                date: 1955
                kind: collection
                source: sscr-1952-1955
                number: 200
                ---
                See doc. 201 for the reply.
                """);
        Files.writeString(seeds.resolve("902_undated.md"), """
                ---
                title: An undated draft
                date: undated
                kind: collection
                source: sscr-1952-1955
                number: 201
                language: ru
                ---
                The draft, translated.

                ## Original

                ### Проект

                Текст проекта.
                """);
        roundTrip(seeds, work);
        List<Seen> seen = seen(TeiEditions.read(seeds).edition());
        assertEquals(List.of(Optional.of("1954-10"), Optional.of("1955"), Optional.<String>empty()),
                seen.stream().map(Seen::date).toList());
    }

    @Test
    void newspaperWithNamedEntities_keepsItsGlossary(@TempDir Path work) throws IOException {
        Path seeds = Files.createDirectories(work.resolve("seeds"));
        Files.copy(TeiEditions.PROJECT.resolve("src/test/resources/org/docedition/ingest/newspaper/1964-edition-named-entities.txt"),
                seeds.resolve("1964.txt"));
        assertFalse(TeiEditions.read(seeds).edition().documents().get(0).glossary().isEmpty(), "the seed has a glossary");
        roundTrip(seeds, work);
    }

    @Test
    void seedEdition_hasWhatTheRoundTripMustCarry(@TempDir Path work) {
        // the comparison above is only as good as the edition: it must hold every kind of part
        List<Seen> seen = seen(TeiEditions.export(TeiEditions.SEEDS, work).edition());
        assertTrue(seen.stream().anyMatch(s -> !s.original().isEmpty()), "an original");
        assertTrue(seen.stream().anyMatch(s -> !s.numberMark().isEmpty()), "a number mark");
        assertTrue(seen.stream().anyMatch(s -> s.notes().stream().anyMatch(n -> n.contains("\n\n"))), "a long note");
        assertTrue(seen.stream().anyMatch(s -> s.references().stream().anyMatch(r -> r.endsWith("-"))),
                "an unresolved reference");
        assertTrue(seen.stream().anyMatch(s -> s.references().stream().anyMatch(r -> !r.endsWith("-"))),
                "a resolved reference");
        assertTrue(seen.stream().anyMatch(s -> !s.textInSource()), "an entry without text");
        assertTrue(seen.stream().anyMatch(s -> !s.printed().isEmpty() && !s.archive().isEmpty()), "citations");
    }
}
