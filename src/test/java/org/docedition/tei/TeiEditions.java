package org.docedition.tei;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.docedition.apparatus.Apparatus;
import org.docedition.apparatus.ApparatusBuilder;
import org.docedition.files.SiteTree;
import org.docedition.ingest.IngestResult;
import org.docedition.ingest.SeedIngester;
import org.docedition.link.Edition;
import org.docedition.link.EditionLinker;

/** The seed and fixture editions read, linked and exported as TEI, for the tests of this package. */
final class TeiEditions {

    static final Path PROJECT = Path.of("").toAbsolutePath();
    static final Path SEEDS = PROJECT.resolve("seeds");
    static final Path FIXTURE = PROJECT.resolve("src/test/resources/org/docedition/pipeline/fixture/seeds");
    static final Publication PUBLICATION = new Publication("Test edition", "The editors",
            Optional.of(URI.create("https://example.org/edition/")), Optional.of(LocalDate.of(2023, 11, 14)),
            "Licensed under CC BY 4.0", "https://creativecommons.org/licenses/by/4.0/", "editors@example.org");

    /** An edition read from seeds, with its apparatus. */
    record Read(IngestResult ingest, Edition edition, Apparatus apparatus) {
    }

    private TeiEditions() {
    }

    static Read read(Path seeds) {
        IngestResult ingest = new SeedIngester().ingest(seeds);
        assertFalse(ingest.hasErrors(), () -> ingest.problems().toString());
        Edition edition = new EditionLinker().link(ingest.documents());
        Apparatus apparatus = ApparatusBuilder.forContent(PROJECT.resolve("content")).build(edition);
        return new Read(ingest, edition, apparatus);
    }

    /** Reads {@code seeds} and writes its TEI and OAI files into {@code out} (a site folder). */
    static Read export(Path seeds, Path out) {
        Read read = read(seeds);
        new TeiExporter(PUBLICATION).write(read.edition(), read.apparatus(), SiteTree.clean(out), out);
        return read;
    }

    /** The files of {@code dir}, sorted. */
    static List<Path> files(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
