package org.docedition.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticCorpusTest {

    private static final Pattern NUMBER_LINE = Pattern.compile("(?m)^(\\d+)\\.\\*?$");
    private static final Pattern REFERENCE = Pattern.compile("doc\\. (\\d+)");

    @TempDir
    Path dir;

    @Test
    void write_sameSeed_sameBytes() throws IOException {
        new SyntheticCorpus(7).write(200, dir.resolve("a"));
        new SyntheticCorpus(7).write(200, dir.resolve("b"));
        List<Path> a = files(dir.resolve("a"));
        assertEquals(names(a), names(files(dir.resolve("b"))));
        for (Path f : a) {
            assertArrayEquals(Files.readAllBytes(f), Files.readAllBytes(dir.resolve("b").resolve(f.getFileName())),
                    f.getFileName().toString());
        }
    }

    @Test
    void write_otherSeed_otherText() throws IOException {
        new SyntheticCorpus(7).write(200, dir.resolve("a"));
        new SyntheticCorpus(8).write(200, dir.resolve("b"));
        assertNotEquals(Files.readString(dir.resolve("a/n-000001.txt")), Files.readString(dir.resolve("b/n-000001.txt")));
    }

    @Test
    void write_200Documents_summaryMatchesFiles() throws IOException {
        CorpusSummary s = new SyntheticCorpus(SyntheticCorpus.DEFAULT_SEED).write(200, dir);
        assertEquals(200, s.documents());
        assertEquals(200, s.newspaper() + s.collection() + s.catalogue());
        List<Path> files = files(dir);
        assertEquals(s.files(), files.size());
        assertEquals(s.newspaper(), files.stream().filter(f -> name(f).startsWith("n-")).count(),
                "one article per newspaper file");
        long catalogueRecords = 0;
        for (Path f : files.stream().filter(f -> name(f).startsWith("k-")).toList()) {
            catalogueRecords += Pattern.compile("(?m)^[A-Z][a-z]+ \\d{1,2}, \\d{4}\\r?$").matcher(read(f)).results().count();
        }
        assertEquals(s.catalogue(), catalogueRecords, "one date line per catalogue record");
        assertEquals(s.bytes(), files.stream().mapToLong(f -> f.toFile().length()).sum());
    }

    @Test
    void write_collectionPages_numbersRunWithoutGapsAcrossFiles() throws IOException {
        CorpusSummary s = new SyntheticCorpus(3).write(1000, dir);
        List<Integer> numbers = collectionNumbers();
        assertTrue(files(dir).stream().filter(f -> name(f).startsWith("c-")).count() >= 2, "split over several pages");
        for (int i = 0; i < numbers.size(); i++) {
            assertEquals(i + 1, numbers.get(i));
        }
        assertTrue(numbers.size() < s.collection(), "some entries have no number (text printed elsewhere)");
        assertTrue(numbers.size() > s.collection() * 9 / 10);
    }

    @Test
    void write_collectionReferences_mostResolveWithinTheCollection() throws IOException {
        new SyntheticCorpus(3).write(1000, dir);
        Set<Integer> numbers = new HashSet<>(collectionNumbers());
        int refs = 0;
        int resolved = 0;
        for (Path f : files(dir).stream().filter(f -> name(f).startsWith("c-")).toList()) {
            Matcher m = REFERENCE.matcher(read(f));
            while (m.find()) {
                refs++;
                resolved += numbers.contains(Integer.parseInt(m.group(1))) ? 1 : 0;
            }
        }
        assertTrue(refs > 200, "cross references are common: " + refs);
        assertTrue(resolved > refs * 9 / 10, resolved + " of " + refs + " resolve");
        assertTrue(resolved < refs, "a few cite documents not in the edition, as real editions do");
    }

    @Test
    void write_collectionPage_hasTheRealChromeFootnotesAndBiographies() throws IOException {
        new SyntheticCorpus(3).write(1000, dir);
        String page = read(dir.resolve("c-000001.txt"));
        assertTrue(page.startsWith("Soviet China relationship\n\nMarx-Engels |"));
        assertTrue(page.contains("\nA source: Soviet-Chinese relations. 1952-1955: Collection of documents. 2015. p"));
        assertTrue(page.contains("\nArchive: "));
        assertTrue(Pattern.compile("(?m)^\\* See doc\\. \\d+\\.$").matcher(page).find(), "cross-reference note");
        assertTrue(Pattern.compile("(?m)^\\*+ [A-Z][a-z]+ [A-Z][a-z]*\\.[A-Z][a-z]?\\. - ").matcher(page).find()
                        || Pattern.compile("(?m)^\\*+ [A-Z][a-z]+ [A-Z][a-z]+ - ").matcher(page).find(),
                "biography note 'Suslov M.A. - ...'");
        assertTrue(Pattern.compile("(?m)\\. \u00a0?(January|February|March|April|May|June|July|August|September"
                + "|October|November|December) \\d{1,2}, 195\\d$").matcher(page.replace('\u00a0', ' ')).find(),
                "headings end in their date");
    }

    @Test
    void write_article_hasHeaderTextAndChineseOriginal() throws IOException {
        new SyntheticCorpus(3).write(200, dir);
        String a = read(dir.resolve("n-000001.txt"));
        assertTrue(Pattern.compile("^Title: .+\nAuthor:.*\nDate: \\d{4}-\\d{2}-\\d{2}\nPage: \\d\n").matcher(a).find(), a);
        assertTrue(a.contains("\n<hr /> \n\nOriginal: \n\n\n### "));
        assertTrue(Pattern.compile("\n第\\d版\\(\\)\n专栏：\n\n    \\p{IsHan}").matcher(a).find());
        String english = a.substring(0, a.indexOf("<hr />"));
        assertTrue(english.length() > 1200 && english.length() < 6000, "English text of 2-3 KB: " + english.length());
    }

    @Test
    void write_articles_eachOnItsOwnDateAndPage() throws IOException {
        new SyntheticCorpus(3).write(2000, dir);
        Set<String> slots = new HashSet<>();
        for (Path f : files(dir).stream().filter(f -> name(f).startsWith("n-")).toList()) {
            List<String> lines = Files.readAllLines(f);
            assertTrue(slots.add(lines.get(2).strip() + " " + lines.get(3).strip()), "duplicate in " + name(f));
        }
        assertEquals(1000, slots.size());
    }

    @Test
    void write_defaultMix_halfArticlesHalfCollectionNoCatalogue() throws IOException {
        CorpusSummary s = new SyntheticCorpus(3).write(1001, dir);
        assertEquals(500, s.newspaper());
        assertEquals(501, s.collection());
        assertEquals(0, s.catalogue());
        assertEquals(0, files(dir).stream().filter(f -> name(f).startsWith("k-")).count());
    }

    @Test
    void write_catalogueShare_takenFirstRestSplitInHalves() throws IOException {
        CorpusSummary s = new SyntheticCorpus(3, 10).write(1000, dir);
        assertEquals(100, s.catalogue());
        assertEquals(450, s.newspaper());
        assertEquals(450, s.collection());
        assertEquals(10, files(dir).stream().filter(f -> name(f).startsWith("k-")).count(), "ten records a page");
        assertThrows(IllegalArgumentException.class, () -> new SyntheticCorpus(3, 101));
    }

    @Test
    void articleCapacity_holdsTheHalfOfAHundredThousandDocuments() {
        assertTrue(ArticleGenerator.capacity() / 2 >= 50_000, "capacity " + ArticleGenerator.capacity());
    }

    @Test
    void write_beyondArticleCapacity_isRejectedWithTheLimit() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new SyntheticCorpus(3).write(ArticleGenerator.capacity() + 10, dir));
        assertTrue(e.getMessage().contains("articles at most"), e.getMessage());
    }

    @Test
    void write_largerCorpus_hasAGrowingVocabulary() throws IOException {
        CorpusSummary small = new SyntheticCorpus(3).write(200, dir.resolve("small"));
        CorpusSummary large = new SyntheticCorpus(3).write(2000, dir.resolve("large"));
        assertTrue(small.distinctWords() > 3000, "not a fixed word list: " + small.distinctWords());
        assertTrue(large.distinctWords() > 2.5 * small.distinctWords(),
                small.distinctWords() + " -> " + large.distinctWords());
    }

    @Test
    void write_collectionDocuments_averageSeveralKilobytes() throws IOException {
        CorpusSummary s = new SyntheticCorpus(3).write(1000, dir);
        long bytes = 0;
        for (Path f : files(dir).stream().filter(f -> name(f).startsWith("c-")).toList()) {
            bytes += Files.size(f);
        }
        long average = bytes / s.collection();
        assertTrue(average > 2500 && average < 6000, "average collection document: " + average + " bytes");
    }

    @Test
    void write_hugoDir_oneMarkdownFilePerDocumentWithEscapedMarkers() throws IOException {
        CorpusSummary s = new SyntheticCorpus(3).write(200, dir.resolve("seeds"), dir.resolve("hugo"));
        Path content = dir.resolve("hugo/content");
        long pages;
        try (Stream<Path> all = Files.walk(content)) {
            pages = all.filter(p -> name(p).endsWith(".md") && !name(p).equals("_index.md")).count();
        }
        assertEquals(s.documents(), pages, "one page per document, the Chinese original on its article's page");
        assertTrue(Files.exists(dir.resolve("hugo/config.toml")));
        assertTrue(Files.exists(dir.resolve("hugo/layouts/_default/single.html")));
        String doc = read(content.resolve("collection/sscr-2.md"));
        assertTrue(doc.startsWith("---\ntitle: \""));
        assertFalse(Pattern.compile("[^\\\\]\\*").matcher(doc.substring(doc.indexOf("\n---\n"))).find(),
                "footnote asterisks are escaped, not emphasis");
    }

    @Test
    void write_hugoArticle_carriesItsChineseOriginalOnTheSamePage() throws IOException {
        new SyntheticCorpus(3).write(20, dir.resolve("seeds"), dir.resolve("hugo"));
        String seed = read(dir.resolve("seeds/n-000001.txt"));
        String headline = seed.substring(seed.indexOf("### ") + 4, seed.indexOf('\n', seed.indexOf("### ")));
        String firstOriginal = seed.lines().filter(l -> l.startsWith("    ")).skip(headline.split("  ").length)
                .findFirst().orElseThrow().strip();
        String page;
        try (Stream<Path> all = Files.list(dir.resolve("hugo/content/newspaper"))) {
            page = all.filter(p -> !name(p).equals("_index.md")).map(p -> {
                try {
                    return read(p);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).filter(t -> t.contains(headline)).findFirst().orElseThrow();
        }
        assertTrue(page.contains("<section class=\"original\" lang=\"zh-Hans\">"), page);
        assertTrue(page.contains("<p>" + firstOriginal + "</p>"), page);
        assertFalse(page.substring(page.indexOf("<section")).contains("\n\n"), "one raw HTML block");
        assertFalse(Files.exists(dir.resolve("hugo/content/original")), "no page of its own");
    }

    @Test
    void write_tooFewDocuments_isRejected() {
        assertThrows(IllegalArgumentException.class, () -> new SyntheticCorpus(1).write(5, dir));
    }

    private List<Integer> collectionNumbers() throws IOException {
        List<Integer> numbers = new ArrayList<>();
        for (Path f : files(dir).stream().filter(f -> name(f).startsWith("c-")).toList()) {
            Matcher m = NUMBER_LINE.matcher(read(f));
            while (m.find()) {
                numbers.add(Integer.parseInt(m.group(1)));
            }
        }
        return numbers;
    }

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }

    private static List<String> names(List<Path> files) {
        return files.stream().map(SyntheticCorpusTest::name).toList();
    }

    private static String name(Path p) {
        return p.getFileName().toString();
    }

    private static String read(Path p) throws IOException {
        return Files.readString(p, StandardCharsets.UTF_8);
    }
}
