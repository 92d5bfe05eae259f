package org.docedition.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.docedition.model.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link SeedIngester#remembering()}: what serve reads seed after seed, always equal to a fresh read. */
class RememberingIngesterTest {

    private static final Path FIXTURE = Path.of("src/test/resources/org/docedition/pipeline/fixture/seeds");

    @TempDir
    Path tmp;
    private Path seeds;

    @BeforeEach
    void copyFixture() throws IOException {
        seeds = Files.createDirectory(tmp.resolve("seeds"));
        try (Stream<Path> files = Files.list(FIXTURE)) {
            for (Path f : files.toList()) {
                Files.copy(f, seeds.resolve(f.getFileName()));
            }
        }
    }

    private static Document first(IngestResult r, String file) {
        return r.documents().stream().filter(d -> d.location().file().endsWith(file)).findFirst().orElseThrow();
    }

    @Test
    void unchangedFiles_areNotReadAgain_changedOnesAre_andTheResultEqualsAFreshRead() throws IOException {
        SeedIngester ingester = SeedIngester.remembering();
        IngestResult before = ingester.ingest(seeds);
        Path edited = seeds.resolve("101_collection.txt");
        Files.writeString(edited, Files.readString(edited).replaceFirst(" the ", " the amended "),
                StandardCharsets.UTF_8);

        IngestResult after = ingester.ingest(seeds);

        assertEquals(new SeedIngester().ingest(seeds), after);
        assertSame(first(before, "102_catalogue.txt"), first(after, "102_catalogue.txt"), "not read again");
        assertNotSame(first(before, "101_collection.txt"), first(after, "101_collection.txt"));
        assertNotEquals(before.documents(), after.documents(), "the edit is read");
    }

    @Test
    void deletedAndAddedFiles_areForgottenAndRead() throws IOException {
        SeedIngester ingester = SeedIngester.remembering();
        ingester.ingest(seeds);
        Files.move(seeds.resolve("100_article.txt"), seeds.resolve("103_article.txt"));

        assertEquals(new SeedIngester().ingest(seeds), ingester.ingest(seeds));
        Files.delete(seeds.resolve("103_article.txt"));
        assertEquals(new SeedIngester().ingest(seeds), ingester.ingest(seeds));
    }
}
