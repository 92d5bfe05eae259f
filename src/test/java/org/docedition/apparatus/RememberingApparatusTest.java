package org.docedition.apparatus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.docedition.bench.SyntheticCorpus;
import org.docedition.ingest.SeedIngester;
import org.docedition.link.Edition;
import org.docedition.link.EditionLinker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link ApparatusMemos}: what serve builds edit after edit, always equal to a fresh build's apparatus. */
class RememberingApparatusTest {

    private static final Path CONTENT = Path.of("content");

    @TempDir
    Path dir;

    @Test
    void rememberingBuilder_findsWhatAFreshBuilderFinds_acrossEditsAndDeletions() throws IOException {
        Path seeds = dir.resolve("seeds");
        new SyntheticCorpus(SyntheticCorpus.DEFAULT_SEED).write(600, seeds);
        List<Path> files;
        try (Stream<Path> s = Files.list(seeds)) {
            files = s.sorted().toList();
        }
        SeedIngester ingester = SeedIngester.remembering();
        ApparatusMemos memory = new ApparatusMemos();
        Path otherContent = Files.createDirectories(dir.resolve("content"));
        Files.writeString(otherContent.resolve("persons.csv"), Files.readString(CONTENT.resolve("persons.csv"),
                StandardCharsets.UTF_8).lines().limit(3).reduce("", (a, b) -> a + b + "\n"), StandardCharsets.UTF_8);
        List<Apparatus.Holding> before = List.of();
        int keptHoldings = 0;
        for (int round = 0; round < 6; round++) {
            if (round == 1) {
                // new words, a new pair, and a common word made rare: every weight of the edition moves a little
                Path edited = files.get(files.size() / 2);
                Files.writeString(edited, Files.readString(edited, StandardCharsets.UTF_8)
                        .replaceFirst("(?m)^(\\S[^\\n]{40,})$", "$1 Zwischenzeitlich quasiperiodic cultural exchange."),
                        StandardCharsets.UTF_8);
            } else if (round == 2) {
                Files.delete(files.get(1));
            } else if (round == 3) {
                // a word of many documents made rarer, and a new one: the counts of both change
                String text = Files.readString(files.get(3), StandardCharsets.UTF_8);
                String edited = text.replace("triarbi", "triarbic");
                assertNotEquals(text, edited, files.get(3) + " has the word");
                Files.writeString(files.get(3), edited, StandardCharsets.UTF_8);
            }
            // rounds 4 and 5: fewer persons listed, then all again: the names looked for change
            Path content = round == 4 ? otherContent : CONTENT;
            Edition edition = new EditionLinker().link(ingester.ingest(seeds).documents());
            Apparatus fresh = ApparatusBuilder.forContent(content).build(edition);
            Apparatus remembered = ApparatusBuilder.forContent(content).remembering(memory).build(edition);
            assertTrue(fresh.related().size() > 300, "most documents have related ones: " + fresh.related().size());
            assertTrue(fresh.mentions().size() > 100, "many documents name persons: " + fresh.mentions().size());
            assertEquals(fresh.related(), remembered.related(), "round " + round);
            assertEquals(fresh, remembered, "round " + round);
            // a holding or fond equal to the last build's is the very instance (its pages compare in an instant)
            assertTrue(remembered.holdings().size() > 3, "the catalogue's archives: " + remembered.holdings().size());
            for (Apparatus.Holding h : remembered.holdings()) {
                for (Apparatus.Holding b : before) {
                    if (b.equals(h)) {
                        assertSame(b, h, "round " + round + ": " + h.id());
                    }
                    for (Apparatus.Fond f : h.fonds()) {
                        for (Apparatus.Fond e : b.fonds()) {
                            if (e.equals(f)) {
                                assertSame(e, f, "round " + round + ": " + f.id());
                            }
                        }
                    }
                }
            }
            keptHoldings += memory.holdings.kept();
            before = remembered.holdings();
            // a document's best words stand unless it has a word whose number of documents changed
            int reused = memory.words.reused();
            switch (round) {
                case 0, 2 -> assertEquals(0, reused, "round " + round + ": first build, then a document fewer");
                case 1, 3 -> assertTrue(reused > 0 && reused < edition.documents().size() - 1,
                        "round " + round + ": the words whose counts the edit changed are in some documents, not all: "
                                + reused);
                default -> assertEquals(edition.documents().size(), reused, "round " + round + ": persons only");
            }
        }
        assertTrue(keptHoldings >= 4 * before.size() - 2, "most rounds change no archive: " + keptHoldings);
    }
}
