package org.docedition.qa;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.docedition.pipeline.BuildOptions;
import org.docedition.pipeline.BuildReport;
import org.docedition.pipeline.EditionBuild;
import org.docedition.testing.RealSeedsSite;
import org.docedition.testing.TestTrees;

/**
 * The site built from the real seeds ({@link RealSeedsSite}, once per test JVM and shared), and the
 * same seeds built as a large edition's pages are, for the checks in this package.
 */
final class SeedsSite {

    static final Path PROJECT = RealSeedsSite.PROJECT;
    /** A base URL no test fetches: links to it are the canonical and citation addresses. */
    static final String SITE_URL = RealSeedsSite.SITE_URL;

    private static Path asLarge;

    private SeedsSite() {
    }

    /** The built site's folder; the build runs on first use. */
    static Path dir() {
        Path site = RealSeedsSite.dir();
        assertFalse(RealSeedsSite.report().failed(false), () -> "the real seeds do not build:\n"
                + RealSeedsSite.log() + RealSeedsSite.report().problems());
        return site;
    }

    /**
     * The real seeds built once more with {@code chronology.year.pages.above} and
     * {@code apparatus.list.page.size} set below their count, so the chronology has a page per year
     * and long lists of documents several pages, as a large edition's do (search left out).
     */
    static synchronized Path asLarge() {
        if (asLarge == null) {
            try {
                Path project = Files.createTempDirectory("docedition-qa-by-year-");
                for (String folder : List.of("seeds", "templates", "content")) {
                    TestTrees.copy(PROJECT.resolve(folder), project.resolve(folder));
                }
                Files.writeString(project.resolve("jbake.properties"), Files.readString(PROJECT.resolve("jbake.properties"))
                        + "\nchronology.year.pages.above=10\napparatus.list.page.size=5\n");
                asLarge = build(BuildOptions.defaults(project).withSite(project.resolve("site")).withSearch(false)
                        .withSiteUrl(Optional.of(SITE_URL)), project);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return asLarge;
    }

    /**
     * The pages of {@link #asLarge()} that differ in kind from the real site's: the chronology's
     * index and year pages, the home page, and every paged list with its first page.
     */
    static List<String> asLargePages() {
        Path root = asLarge();
        try (Stream<Path> files = Files.walk(root)) {
            java.util.SortedSet<String> pages = new java.util.TreeSet<>(List.of("chronology.html", "index.html"));
            files.map(f -> root.relativize(f).toString().replace('\\', '/'))
                    .filter(f -> f.startsWith("chronology/") || f.contains(".page-"))
                    .forEach(f -> {
                        pages.add(f);
                        if (f.contains(".page-")) {
                            pages.add(f.substring(0, f.indexOf(".page-")) + ".html");
                        }
                    });
            return List.copyOf(pages);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every HTML page of the site, site-relative with {@code /}, sorted; Pagefind's own files excluded. */
    static List<String> pages() {
        Path root = dir();
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".html"))
                    .map(f -> root.relativize(f).toString().replace('\\', '/'))
                    .filter(p -> !p.startsWith("pagefind"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Builds with {@code options}; {@code dir}, which holds the site, is deleted when the JVM ends. */
    private static Path build(BuildOptions options, Path dir) {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        BuildReport report = new EditionBuild(options, new PrintStream(log, true, StandardCharsets.UTF_8)).build();
        assertFalse(report.failed(false), () -> "the real seeds do not build:\n" + log.toString(StandardCharsets.UTF_8)
                + report.problems());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> RealSeedsSite.delete(dir)));
        return options.siteDir();
    }
}
