package org.docedition.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.docedition.pipeline.BuildOptions;
import org.docedition.pipeline.BuildReport;
import org.docedition.pipeline.StageTimes;
import org.docedition.model.Kind;
import org.docedition.model.Problem;
import org.docedition.testing.TestTrees;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code edition serve} on a copy of the project: it serves the built site on 127.0.0.1, rebuilds
 * when a seed, template or the configuration changes, and keeps serving the last good site when a
 * rebuild fails.
 * Every wait polls with a generous limit; nothing about timing is asserted.
 */
class ServeCommandTest {

    static final Path PROJECT = Path.of("").toAbsolutePath();
    private static final long PATIENCE_MINUTES = 3;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void serve_rebuildsOnChangeAndKeepsTheLastGoodSite(@TempDir Path dir) throws Exception {
        Path seeds = TestTrees.copy(PROJECT.resolve("seeds"), dir.resolve("seeds"));
        Path content = TestTrees.copy(PROJECT.resolve("content"), dir.resolve("content"));
        Path templates = TestTrees.copy(PROJECT.resolve("templates"), dir.resolve("templates"));
        BuildOptions options = new BuildOptions(PROJECT, seeds, content, templates, dir.resolve("site"), false, false,
                Optional.empty());
        CompletableFuture<PreviewServer> started = new CompletableFuture<>();
        BlockingQueue<BuildReport> rebuilds = new LinkedBlockingQueue<>();
        Thread serving = serve(options, started, rebuilds);
        try {
            String base = "http://127.0.0.1:" + started.get(PATIENCE_MINUTES, TimeUnit.MINUTES).port() + "/";
            assertEquals(200, status(base));
            assertTrue(body(base + "index.html").contains("<html"));
            String doc68 = base + "documents/sscr-1952-1955-doc-68.html";
            assertEquals(404, status(doc68));

            // a new seed in the canonical format
            Files.copy(PROJECT.resolve("src/test/resources/org/docedition/ingest/canonical/sscr-doc-68-example.md"),
                    seeds.resolve("900_doc-68.md"));
            awaitTrue(() -> status(doc68) == 200, "the new document's page is served");
            assertTrue(body(base + "documents/sscr-1952-1955-doc-71.html").contains("sscr-1952-1955-doc-68.html"));

            // a template change
            Files.writeString(templates.resolve("assets/site.css"), "\n/* serve test marker */\n",
                    StandardOpenOption.APPEND);
            awaitTrue(() -> body(base + "assets/site.css").contains("serve test marker"), "the new CSS is served");

            // the configuration beside content/: a new site title
            Files.writeString(dir.resolve("jbake.properties"), "site.title=Serve Test Edition\n");
            awaitTrue(() -> body(base + "index.html").contains("Serve Test Edition"), "the new title is served");

            // a seed with an error: the rebuild fails and the last good site stays
            rebuilds.clear();
            Files.writeString(seeds.resolve("901_bad.md"), "---\ntitle: Bad\nkind: memo\n---\nText.\n");
            BuildReport failed = awaitReport(rebuilds, r -> !r.written());
            assertTrue(failed.problems().stream().anyMatch(p -> p.toString().startsWith("seeds/901_bad.md:3: error")),
                    failed.problems()::toString);
            assertEquals(200, status(doc68));
            assertTrue(body(base + "assets/site.css").contains("serve test marker"));
        } finally {
            serving.interrupt();
            serving.join(TimeUnit.MINUTES.toMillis(PATIENCE_MINUTES));
        }
        assertFalse(serving.isAlive(), "an interrupt stops serve");
    }

    @Test
    void serve_ofASiteUpToDate_servesItAtOnceAndRebuildsTheFirstEdit(@TempDir Path dir) throws Exception {
        Path seeds = TestTrees.copy(PROJECT.resolve("seeds"), dir.resolve("seeds"));
        BuildOptions options = new BuildOptions(PROJECT, seeds, PROJECT.resolve("content"),
                PROJECT.resolve("templates"), dir.resolve("site"), false, false, Optional.empty());
        assertTrue(new org.docedition.pipeline.EditionBuild(options, new java.io.PrintStream(
                java.io.OutputStream.nullOutputStream())).build().written());
        CompletableFuture<PreviewServer> started = new CompletableFuture<>();
        BlockingQueue<BuildReport> rebuilds = new LinkedBlockingQueue<>();
        Thread serving = serve(options, started, rebuilds);
        try {
            String base = "http://127.0.0.1:" + started.get(PATIENCE_MINUTES, TimeUnit.MINUTES).port() + "/";
            String doc71 = base + "documents/sscr-1952-1955-doc-71.html";
            assertEquals(200, status(doc71));
            // the edition is read in the background (the site was up to date); an edit meanwhile waits for it
            Path seed = seeds.resolve("001_7f36bf76d8e05e4c.txt");
            String text = Files.readString(seed, StandardCharsets.UTF_8);
            int at = text.indexOf("Soviet Union");
            Files.writeString(seed, text.substring(0, at) + "Zanzibarian " + text.substring(at), StandardCharsets.UTF_8);
            BuildReport edited = awaitReport(rebuilds, BuildReport::written);
            assertFalse(edited.upToDate());
            assertTrue(anyPageContains(dir.resolve("site/documents"), "Zanzibarian"), "the edited text is on a page");
        } finally {
            serving.interrupt();
            serving.join(TimeUnit.MINUTES.toMillis(PATIENCE_MINUTES));
        }
        assertFalse(serving.isAlive(), "an interrupt stops serve");
    }

    /** Starts {@code edition serve} on a port of its choice in a thread of its own; interrupting it stops serve. */
    @Test
    void outcome_onlyAnEditSaysRebuilt() {
        BuildReport built = report(3, true, false, List.of());
        BuildReport upToDate = report(3, true, true, List.of());
        BuildReport failed = report(0, false, false, List.of(Problem.error("seeds/a.md", 2, "no date"),
                Problem.error("seeds/b.md", 1, "no title")));

        assertEquals(Optional.of("Built: 3 pages"), ServeCommand.outcome(ServeCommand.Round.FIRST, built));
        assertEquals(Optional.empty(), ServeCommand.outcome(ServeCommand.Round.FIRST, upToDate));
        assertEquals(Optional.of("Rebuilt: 3 pages"), ServeCommand.outcome(ServeCommand.Round.EDIT, built));
        assertEquals(Optional.of("Rebuilt: 1 page"),
                ServeCommand.outcome(ServeCommand.Round.EDIT, report(1, true, false, List.of())));
        assertTrue(ServeCommand.outcome(ServeCommand.Round.READ, built).orElseThrow().startsWith("Ready: "));
        for (ServeCommand.Round round : ServeCommand.Round.values()) {
            assertEquals(Optional.of("Build failed: 2 errors; still serving the previous site"),
                    ServeCommand.outcome(round, failed));
        }
    }

    private static BuildReport report(int pages, boolean written, boolean upToDate, List<Problem> problems) {
        return new BuildReport(Map.of(Kind.COLLECTION, pages), pages, problems, new StageTimes(), written, upToDate);
    }

    private static Thread serve(BuildOptions options, CompletableFuture<PreviewServer> started,
                                BlockingQueue<BuildReport> rebuilds) {
        ServeCommand command = new ServeCommand();
        // a command line injects the spec, whose writers the command prints to
        new CommandLine(command);
        command.port = 0;
        Thread serving = new Thread(() -> {
            try {
                command.serve(options, started::complete, rebuilds::add);
            } catch (InterruptedException e) {
                // stopped by the test
            } catch (IOException | RuntimeException e) {
                started.completeExceptionally(e);
            }
        }, "serve");
        serving.start();
        return serving;
    }

    private static boolean anyPageContains(Path folder, String text) {
        try (java.util.stream.Stream<Path> pages = Files.list(folder)) {
            return pages.anyMatch(p -> {
                try {
                    return Files.readString(p, StandardCharsets.UTF_8).contains(text);
                } catch (IOException e) {
                    return false;
                }
            });
        } catch (IOException e) {
            return false;
        }
    }

    private int status(String url) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private String body(String url) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    private static void awaitTrue(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(PATIENCE_MINUTES);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + PATIENCE_MINUTES + " minutes: " + what);
            }
            Thread.sleep(200);
        }
    }

    private static BuildReport awaitReport(BlockingQueue<BuildReport> reports,
                                           java.util.function.Predicate<BuildReport> wanted) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(PATIENCE_MINUTES);
        while (System.nanoTime() < deadline) {
            BuildReport r = reports.poll(1, TimeUnit.SECONDS);
            if (r != null && wanted.test(r)) {
                return r;
            }
        }
        throw new AssertionError("no such rebuild within " + PATIENCE_MINUTES + " minutes");
    }
}
