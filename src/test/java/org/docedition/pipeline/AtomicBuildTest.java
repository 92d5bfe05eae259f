package org.docedition.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.docedition.model.Problem;
import org.docedition.testing.TestTrees;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A failed or interrupted build of the real seeds leaves the previous site/ byte-identical and
 * leaves nothing beside it; while a build runs, site/ is the previous one.
 */
class AtomicBuildTest {

    @TempDir
    Path work;
    Path site;
    Map<String, byte[]> before;

    @BeforeEach
    void publishTheRealEdition() {
        site = work.resolve("site");
        assertTrue(SiteTrees.build(SiteTrees.SEEDS, site, false).written());
        before = SiteTrees.snapshot(site);
    }

    @Test
    void seedWithAnError_failsTheBuildAndSiteIsUnchanged() throws IOException {
        Path seeds = SiteTrees.copyOfSeeds(work.resolve("seeds"));
        Path collection = seeds.resolve("003_ecd8dfa2c3ac5ef4.txt");
        String text = Files.readString(collection, StandardCharsets.UTF_8);
        assertTrue(text.contains("March 1, 1954"));
        Files.writeString(collection, text.replaceFirst("March 1, 1954", "March 32, 1954"), StandardCharsets.UTF_8);

        BuildReport failed = SiteTrees.build(seeds, site, true);

        assertFalse(failed.written());
        assertTrue(failed.problems().stream().anyMatch(p -> p.isError()
                && p.file().endsWith("003_ecd8dfa2c3ac5ef4.txt") && p.line() > 0), failed.problems()::toString);
        assertUnchanged();
    }

    @Test
    void canonicalSeedWithBadHeader_failsTheBuildWithFileAndLineAndSiteIsUnchanged() throws IOException {
        Path seeds = SiteTrees.copyOfSeeds(work.resolve("seeds"));
        Files.writeString(seeds.resolve("900_new.md"), "---\ntitle: A new document\ndate: 1954-02-30\nkind: memo\n"
                + "source: sscr-1952-1955\n---\nText.\n", StandardCharsets.UTF_8);

        BuildReport failed = SiteTrees.build(seeds, site, true);

        assertFalse(failed.written());
        List<String> errors = failed.problems().stream().filter(Problem::isError).map(Problem::toString).toList();
        assertEquals(2, errors.size(), errors::toString);
        assertTrue(errors.get(0).startsWith("seeds/900_new.md:3: error: date does not exist"), errors::toString);
        assertTrue(errors.get(1).startsWith("seeds/900_new.md:4: error: unknown kind 'memo'"), errors::toString);
        assertUnchanged();
    }

    @Test
    void templateFailingMidRender_failsTheBuildAndSiteIsUnchanged() throws IOException {
        Path templates = TestTrees.copy(SiteTrees.PROJECT.resolve("templates"), work.resolve("templates"));
        // the home page renders, then every document page fails on the missing variable
        Files.writeString(templates.resolve("document.ftl"), "${noSuchValue.anywhere}\n",
                java.nio.file.StandardOpenOption.APPEND);
        BuildOptions options = new BuildOptions(SiteTrees.PROJECT, changedSeeds(),
                SiteTrees.PROJECT.resolve("content"), templates, site, false, true, java.util.Optional.empty());

        BuildReport failed = SiteTrees.build(options, new PrintStream(new ByteArrayOutputStream(), true,
                StandardCharsets.UTF_8));

        assertFalse(failed.written());
        assertTrue(failed.problems().stream().anyMatch(p -> p.isError() && p.file().contains("document.ftl")),
                failed.problems()::toString);
        assertUnchanged();
    }

    @Test
    void exceptionMidBuild_leavesSiteAsItWas() throws IOException {
        IllegalStateException crash = new IllegalStateException("simulated crash after the pages were rendered");
        PrintStream crashing = progressThat("render", () -> {
            throw crash;
        });
        BuildOptions options = BuildOptions.defaults(SiteTrees.PROJECT).withSeeds(changedSeeds()).withSite(site)
                .withSearch(true);

        IllegalStateException thrown = assertThrows(IllegalStateException.class,
                () -> SiteTrees.build(options, crashing));

        assertSame(crash, thrown);
        assertUnchanged();
    }

    @Test
    void buildInProgress_writesBesideSiteAndSiteIsThePreviousOne() throws Exception {
        CountDownLatch rendered = new CountDownLatch(1);
        CountDownLatch resume = new CountDownLatch(1);
        PrintStream pausing = progressThat("render", () -> {
            rendered.countDown();
            try {
                resume.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        BuildOptions options = BuildOptions.defaults(SiteTrees.PROJECT).withSeeds(changedSeeds()).withSite(site)
                .withSearch(false);
        CompletableFuture<BuildReport> build = CompletableFuture.supplyAsync(() -> SiteTrees.build(options, pausing));
        try {
            assertTrue(rendered.await(5, TimeUnit.MINUTES), "the build never reached its render stage");
            List<String> siblings = siteSiblings();
            assertEquals(2, siblings.size(), siblings::toString);
            assertTrue(siblings.get(1).startsWith("site.tmp-"), siblings::toString);
            assertTrue(Files.isRegularFile(work.resolve(siblings.get(1)).resolve("index.html")),
                    "the pages are rendered in the staging folder");
            assertEquals(List.of(), SiteTrees.differences(before, SiteTrees.snapshot(site)));
        } finally {
            resume.countDown();
        }
        assertTrue(build.get(5, TimeUnit.MINUTES).written());
        assertEquals(List.of("site"), siteSiblings());
        assertTrue(Files.isRegularFile(site.resolve("documents/sscr-1952-1955-doc-68.html")), "the new site is in");
    }

    private void assertUnchanged() {
        assertEquals(List.of(), SiteTrees.differences(before, SiteTrees.snapshot(site)));
        assertEquals(List.of("site"), siteSiblings(), "no staging or old folder is left beside site/");
    }

    /** site/ and what the build puts beside it (site.tmp-*, site.old-*); not the seeds or a build cache. */
    private List<String> siteSiblings() {
        return SiteTrees.names(work).stream().filter(n -> n.startsWith("site")).toList();
    }

    /** The real seeds and one new document, so the build cannot reuse the previous one. */
    private Path changedSeeds() throws IOException {
        Path seeds = SiteTrees.copyOfSeeds(work.resolve("changed-seeds"));
        Files.copy(SiteTrees.PROJECT.resolve("src/test/resources/org/docedition/ingest/canonical/sscr-doc-68-example.md"),
                seeds.resolve("900_doc-68.md"));
        return seeds;
    }

    /** A progress stream that runs {@code action} when the build reports the end of {@code stage}. */
    private static PrintStream progressThat(String stage, Runnable action) {
        OutputStream sink = new OutputStream() {
            private final ByteArrayOutputStream line = new ByteArrayOutputStream();

            @Override
            public void write(int b) {
                if (b != '\n') {
                    line.write(b);
                    return;
                }
                String text = line.toString(StandardCharsets.UTF_8);
                line.reset();
                if (text.startsWith(stage + " ")) {
                    action.run();
                }
            }
        };
        return new PrintStream(sink, true, StandardCharsets.UTF_8);
    }
}
