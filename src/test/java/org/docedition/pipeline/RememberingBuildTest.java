package org.docedition.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.docedition.bench.SyntheticCorpus;
import org.docedition.testing.TestTrees;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code edition serve} does: build after build in one process with one {@link BuildMemos},
 * which remembers seeds' readings, the apparatus' per-document work and every page's key by the
 * inputs of its model. After each kind of edit the site must be, byte for byte, what a clean build
 * without any memory makes: a page whose remembered key outlived a change of its inputs would be
 * kept as it was, and differ.
 */
class RememberingBuildTest {

    private static final Pattern RENDERED = Pattern.compile("\\((\\d+) rendered, the others unchanged\\)");

    @TempDir
    Path temp;

    @Test
    void buildsWithOneMemory_makeWhatCleanBuildsMake_acrossEditsOfTextTitlesDatesArchivesPersonsAndDeletions()
            throws IOException {
        Path project = temp.resolve("project");
        for (String folder : List.of("templates", "content")) {
            TestTrees.copy(SiteTrees.PROJECT.resolve(folder), project.resolve(folder));
        }
        // low limits, so the chronology has year pages and long lists several pages, as at 10,000 documents
        Files.writeString(project.resolve("jbake.properties"), Files.readString(SiteTrees.PROJECT.resolve(
                "jbake.properties")) + "\nchronology.year.pages.above=10\napparatus.list.page.size=7\n");
        Path seeds = project.resolve("seeds");
        // a fifth catalogue records, so a catalogue results page can be deleted (round 5)
        new SyntheticCorpus(SyntheticCorpus.DEFAULT_SEED, 20).write(300, seeds);
        Path persons = project.resolve("content/persons.csv");
        String allPersons = Files.readString(persons, StandardCharsets.UTF_8);
        Path collection = seeds.resolve("c-000001.txt");
        Path site = project.resolve("site");
        BuildOptions options = BuildOptions.defaults(project).withSite(site).withSearch(false);
        BuildMemos memory = BuildMemos.remembering();

        for (int round = 0; round < 8; round++) {
            switch (round) {
                // a paragraph's text; a title (lists show it); a date (chronology, neighbours); an archive file
                case 1 -> SiteTrees.replaceFirst(collection, "Zuchi vlovlu", "Zuchi vlovluz");
                case 2 -> SiteTrees.replaceFirst(collection, "PRC on shiarti lirku.", "PRC on shiarti lirkuz.");
                case 3 -> SiteTrees.replaceFirst(collection, "lirkuz. January 13, 1952", "lirkuz. March 10, 1953");
                case 4 -> SiteTrees.replaceFirst(collection, "Archive: RGAE. F. 042.", "Archive: RGAE. F. 043.");
                case 5 -> Files.delete(seeds.resolve("k-000003.txt"));
                case 6 -> Files.writeString(persons, allPersons.lines().limit(12)
                        .reduce("", (a, b) -> a + b + "\n"), StandardCharsets.UTF_8); // fewer persons looked for
                case 7 -> Files.writeString(persons, allPersons, StandardCharsets.UTF_8);
                default -> {
                    // round 0: the first build
                }
            }
            ByteArrayOutputStream log = new ByteArrayOutputStream();
            BuildReport remembered = new EditionBuild(options, new PrintStream(log, true, StandardCharsets.UTF_8),
                    memory).build(true);
            assertTrue(remembered.written(), "round " + round + ": " + log);
            Path clean = temp.resolve("clean-" + round);
            assertTrue(SiteTrees.build(options.withSite(clean), new PrintStream(new ByteArrayOutputStream())).written());
            assertEquals(List.of(), SiteTrees.differences(SiteTrees.snapshot(site, RememberingBuildTest::compared),
                    SiteTrees.snapshot(clean, RememberingBuildTest::compared)), "round " + round);
            if (round == 1) {
                Matcher m = RENDERED.matcher(log.toString(StandardCharsets.UTF_8));
                assertTrue(m.find(), log.toString(StandardCharsets.UTF_8));
                // its own page, and the few whose related documents a new word reorders
                assertTrue(Integer.parseInt(m.group(1)) < 20, "a paragraph's edit renders few pages: " + m.group());
            }
        }
    }

    private static boolean compared(String path) {
        return !path.equals("manifest-sha256.txt");
    }

}
