package org.docedition.ingest;

import static org.docedition.ingest.Seeds.assertAllLinesAccounted;
import static org.docedition.ingest.Seeds.documents;
import static org.docedition.ingest.Seeds.seed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.docedition.model.Document;
import org.docedition.model.Paragraph;
import org.docedition.model.Problem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 6.2: real corpora vary in ways that do not change the meaning (blank lines, trailing
 * spaces after prefixes, indented paragraphs, line ends). Each variant of each format's fixture
 * must read into the same documents, with the same problems, as the plain fixture.
 *
 * <p>Listings without header lines or cut short, and collection pages that begin in the middle of
 * a document, change the meaning and are covered, with their warnings, in the readers' own tests.
 */
class SeedVariantsTest {

    private static final Path FIXTURES = Path.of(System.getProperty("basedir", ""))
            .resolve("src/test/resources/org/docedition/pipeline/fixture/seeds");

    private static String fixture(String name) {
        try {
            return Files.readString(FIXTURES.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Everything a document says, without line numbers (variants move lines). */
    private static String fingerprint(List<Document> docs) {
        return docs.stream().map(d -> String.join("\n",
                d.id().value(), d.kind().name(), d.source().id(), d.title(), String.valueOf(d.date()),
                String.valueOf(d.number()), d.numberMark(), String.valueOf(d.author()), String.valueOf(d.page()),
                String.valueOf(d.printed()), d.archive().map(a -> a.text()).orElse("-"),
                d.paragraphs().stream().map(Paragraph::text).collect(Collectors.joining(" | ")),
                d.original().map(o -> o.language() + " " + o.title() + " " + o.dateline() + " " + o.page() + " "
                        + o.column() + " " + o.paragraphs().stream().map(Paragraph::text)
                        .collect(Collectors.joining(" | "))).orElse("-"),
                d.footnotes().stream().map(f -> f.marker() + " " + f.text()).collect(Collectors.joining(" | ")),
                String.valueOf(d.textInSource())))
                .collect(Collectors.joining("\n\n"));
    }

    private static String problems(SeedReading r) {
        return r.problems().stream().map(p -> p.severity() + " " + p.message()).sorted()
                .collect(Collectors.joining("\n"));
    }

    private static void assertSameReading(SeedReader reader, String plain, String variant) {
        SeedText variantSeed = seed(variant);
        assertTrue(reader.recognises(variantSeed), "still recognised as a " + reader.format());
        SeedReading expected = reader.read(seed(plain));
        SeedReading actual = reader.read(variantSeed);
        assertFalse(documents(expected).isEmpty());
        assertEquals(fingerprint(documents(expected)), fingerprint(documents(actual)));
        assertEquals(problems(expected), problems(actual));
        assertTrue(actual.problems().stream().noneMatch(Problem::isError), actual.problems()::toString);
        assertAllLinesAccounted(actual);
    }

    /** Applies {@code change} to every line. */
    private static String eachLine(String text, UnaryOperator<String> change) {
        return text.lines().map(change).collect(Collectors.joining("\n", "", "\n"));
    }

    private static String variant(String text, String kind, List<String> paragraphStarts) {
        return switch (kind) {
            case "trailing-spaces" -> eachLine(text, l -> l.isEmpty() ? l : l + "  \t ");
            case "crlf" -> text.replace("\n", "\r\n");
            case "double-blank-lines" -> text.replace("\n\n", "\n\n\n");
            case "single-blank-lines" -> text.replaceAll("\n{3,}", "\n\n");
            case "blank-lines-with-spaces" -> eachLine(text, l -> l.isEmpty() ? "   " : l);
            case "indented-paragraphs" -> eachLine(text,
                    l -> paragraphStarts.stream().anyMatch(l::startsWith) ? "    " + l : l);
            case "tab-indented-paragraphs" -> eachLine(text,
                    l -> paragraphStarts.stream().anyMatch(l::startsWith) ? "\t" + l : l);
            default -> throw new IllegalArgumentException(kind);
        };
    }

    @ParameterizedTest
    @ValueSource(strings = {"trailing-spaces", "crlf", "double-blank-lines", "single-blank-lines",
            "blank-lines-with-spaces", "indented-paragraphs", "tab-indented-paragraphs"})
    void newspaper_variant_readsLikeThePlainArticle(String kind) {
        String plain = fixture("100_article.txt");
        assertSameReading(new NewspaperReader(), plain, variant(plain, kind, paragraphs(plain, "Xinhua", "More than")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"trailing-spaces", "crlf", "double-blank-lines", "single-blank-lines",
            "blank-lines-with-spaces", "indented-paragraphs", "tab-indented-paragraphs"})
    void collection_variant_readsLikeThePlainPage(String kind) {
        String plain = fixture("101_collection.txt");
        assertSameReading(new CollectionReader(), plain,
                variant(plain, kind, paragraphs(plain, "The ", "Minister of Culture G.F.")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"trailing-spaces", "crlf", "double-blank-lines", "single-blank-lines",
            "blank-lines-with-spaces", "indented-paragraphs", "tab-indented-paragraphs"})
    void catalogue_variant_readsLikeThePlainListing(String kind) {
        String plain = fixture("102_catalogue.txt");
        assertSameReading(new CatalogueReader(), plain, variant(plain, kind, paragraphs(plain, "A Soviet", "The embassy")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"<hr/>", "<hr>", "<HR />", "  <hr />  "})
    void newspaper_separatorSpelledDifferently_readsLikeThePlainArticle(String separator) {
        String plain = fixture("100_article.txt");
        assertTrue(plain.contains("\n<hr /> \n"));
        assertSameReading(new NewspaperReader(), plain, plain.replace("\n<hr /> \n", "\n" + separator + "\n")
                .replace("Original: ", "Original:"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Title:Friendship", "Title:\u00A0Friendship", "Title:   Friendship"})
    void newspaper_prefixSpacing_readsLikeThePlainArticle(String title) {
        String plain = fixture("100_article.txt");
        assertSameReading(new NewspaperReader(), plain, plain.replace("Title: Friendship", title));
    }

    @org.junit.jupiter.api.Test
    void catalogue_noBlankLinesAtAll_readsLikeThePlainListing() {
        String plain = fixture("102_catalogue.txt");
        assertSameReading(new CatalogueReader(), plain, plain.replaceAll("\n+", "\n"));
    }

    @org.junit.jupiter.api.Test
    void collection_prefixesWithExtraSpaces_readLikeThePlainPage() {
        String plain = fixture("101_collection.txt");
        assertSameReading(new CollectionReader(), plain, plain.replace("A source: ", "A source:   ")
                .replace("Archive: ", "Archive:\u00A0 ").replace("201.\n", "201. \n"));
    }

    /** The given line starts, checked to exist in {@code text} so a fixture edit cannot void the variant. */
    private static List<String> paragraphs(String text, String... starts) {
        for (String s : starts) {
            assertTrue(text.lines().anyMatch(l -> l.startsWith(s)), "fixture has a line starting '" + s + "'");
        }
        return List.of(starts);
    }
}
