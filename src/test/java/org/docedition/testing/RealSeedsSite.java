package org.docedition.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import org.docedition.pipeline.BuildOptions;
import org.docedition.pipeline.BuildReport;
import org.docedition.pipeline.EditionBuild;

/**
 * The site built from the real seeds (search included, with a public base URL so canonical links
 * and citation URLs are in the pages), once per test JVM and shared by every test that only reads
 * it. A test that changes a site builds its own.
 */
public final class RealSeedsSite {

    /** The real project: Maven runs the tests there. */
    public static final Path PROJECT = Path.of("").toAbsolutePath();
    /** A base URL no test fetches: links to it are the canonical and citation addresses. */
    public static final String SITE_URL = "https://example.org/edition/";

    private static Path site;
    private static BuildReport report;
    private static String log;

    private RealSeedsSite() {
    }

    /** The built site's folder; the build runs on first use. */
    public static synchronized Path dir() {
        if (site == null) {
            build();
        }
        return site;
    }

    /** The build's report. */
    public static synchronized BuildReport report() {
        dir();
        return report;
    }

    /** What the build printed. */
    public static synchronized String log() {
        dir();
        return log;
    }

    private static void build() {
        try {
            Path dir = Files.createTempDirectory("docedition-seeds-");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            BuildOptions options = BuildOptions.defaults(PROJECT).withSite(dir.resolve("site"))
                    .withSiteUrl(Optional.of(SITE_URL));
            report = new EditionBuild(options, new PrintStream(out, true, StandardCharsets.UTF_8)).build();
            log = out.toString(StandardCharsets.UTF_8);
            site = options.siteDir();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes {@code dir} and everything in it; a temp folder left behind is harmless. */
    public static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            // a temp folder left behind is harmless
        }
    }
}
