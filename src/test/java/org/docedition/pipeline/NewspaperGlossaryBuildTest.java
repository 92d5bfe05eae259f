package org.docedition.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A later People's Daily issue ('Edition:', a Named Entities list) built into a site. */
class NewspaperGlossaryBuildTest {

    private static final Path PROJECT = Path.of("").toAbsolutePath();
    private static final Path FIXTURE = PROJECT.resolve(
            "src/test/resources/org/docedition/ingest/newspaper/1964-edition-named-entities.txt");

    @TempDir
    Path work;

    /** The problems the commands print for a build of {@code seeds}, one a line. */
    private List<String> build(Path seeds, Path site) {
        BuildOptions options = BuildOptions.defaults(PROJECT).withSeeds(seeds).withSite(site).withSearch(false);
        PrintStream progress = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        BuildReport report = new EditionBuild(options, progress).build();
        assertEquals(0, report.errors(), report.problems().toString());
        assertTrue(report.written());
        return report.problems().stream().map(Object::toString).toList();
    }

    @Test
    void build_namedEntities_shownAsNamesInTheOriginal_notAsTextOrFootnotes() throws IOException {
        Path seeds = Files.createDirectories(work.resolve("seeds"));
        Files.copy(FIXTURE, seeds.resolve("100_later.txt"));
        Path site = work.resolve("site");
        List<String> problems = build(seeds, site);

        assertTrue(problems.stream().noneMatch(p -> p.contains("100_later.txt")), "no warning: " + problems);
        Document page = Jsoup.parse(site.resolve("documents/peoples-daily-1964-06-01-p1.html").toFile(), "UTF-8");
        Element glossary = page.selectFirst("section.glossary");
        assertNotNull(glossary);
        assertEquals("Names in the original", glossary.selectFirst("h2").text());
        List<String> names = glossary.select("li").eachText();
        assertEquals(List.of("周恩来 · Zhou Enlai", "陈毅 · Chen Yi", "阿尔巴尼亚 · Albania"), names);
        assertEquals("zh-Hans", glossary.selectFirst(".glossary-original").attr("lang"));
        assertFalse(page.selectFirst(".text-translation").text().contains("Named Entities"));
        assertFalse(page.selectFirst(".text-translation").text().contains("周恩来"));
        assertTrue(page.selectFirst("dl").text().contains("Newspaper page 1"), page.selectFirst("dl").text());
    }

    @Test
    void build_sameWarningTwiceOnOneLine_printedOnce() throws IOException {
        Path seeds = Files.createDirectories(work.resolve("seeds"));
        Files.writeString(seeds.resolve("100_bold.txt"), "Title: T\nDate: 1964-02-03\nEdition: 2\n\n"
                + "A **bold** word.\n<hr />\nOriginal:\n### 题\n    文。\n", StandardCharsets.UTF_8);
        List<String> problems = build(seeds, work.resolve("site"));
        List<String> marker = problems.stream().filter(l -> l.contains("100_bold.txt:5: warning: footnote marker"))
                .toList();
        assertEquals(1, marker.size(), problems.toString());
    }
}
