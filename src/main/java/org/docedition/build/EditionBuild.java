package org.docedition.build;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.docedition.ingest.IngestResult;
import org.docedition.ingest.SeedIngester;
import org.docedition.link.Edition;
import org.docedition.link.EditionLinker;
import org.docedition.model.Document;
import org.docedition.model.Kind;
import org.docedition.model.Problem;
import org.docedition.publish.AtomicSitePublisher;
import org.docedition.publish.DataExporter;
import org.docedition.publish.FidelityVerifier;
import org.docedition.publish.FeedWriter;
import org.docedition.publish.ManifestWriter;
import org.docedition.publish.SiteInfo;
import org.docedition.publish.SitemapWriter;
import org.docedition.publish.SourceDateEpoch;
import org.docedition.render.SiteRenderer;
import org.docedition.search.PagefindIndexer;

/**
 * The edition build, one stage per line: ingest, link, render, search, publish.
 *
 * <p>Nothing is written until the input has been read without errors; the site is written to a
 * temporary folder and swapped in only when every stage succeeded, so a failed build leaves the
 * previous site as it was.
 */
public final class EditionBuild {

    private final BuildOptions options;
    private final PrintStream out;

    public EditionBuild(BuildOptions options, PrintStream out) {
        this.options = options;
        this.out = out;
    }

    /** Reads and links everything, reports every problem, writes nothing. */
    public BuildReport check() {
        StageTimes times = new StageTimes();
        IngestResult ingest = times.time("ingest", () -> new SeedIngester().ingest(options.seedsDir()));
        Edition edition = times.time("link", () -> new EditionLinker().link(ingest.documents()));
        return report(ingest, edition, times, 0, false);
    }

    /** Builds the site; see the class comment for what happens on failure. */
    public BuildReport build() {
        StageTimes times = new StageTimes();
        IngestResult ingest = times.time("ingest", () -> new SeedIngester().ingest(options.seedsDir()));
        progress("ingest", ingest.documents().size() + " documents and entries from " + ingest.ledger().files().size()
                + " seed files", times);
        Edition edition = times.time("link", () -> new EditionLinker().link(ingest.documents()));
        progress("link", edition.links().values().stream().mapToInt(l -> l.references().size()).sum()
                + " references", times);
        BuildReport checked = report(ingest, edition, times, 0, false);
        if (checked.failed(options.strict())) {
            return checked;
        }

        SiteInfo site = siteInfo();
        AtomicSitePublisher publisher = new AtomicSitePublisher(options.siteDir());
        Path stage = publisher.prepare();
        try {
            var rendered = times.time("render", () -> new SiteRenderer(options.templatesDir(), options.contentDir())
                    .render(edition, stage));
            progress("render", rendered.pagesWritten() + " pages", times);
            times.time("export", () -> {
                new DataExporter().write(edition, stage);
                new SitemapWriter(site).write(stage);
                new FeedWriter(site).write(edition, stage);
            });
            var fidelity = times.time("verify", () -> new FidelityVerifier().verify(ingest.ledger(), stage));
            progress("verify", fidelity.summary(), times);
            List<Problem> problems = new ArrayList<>(checked.problems());
            problems.addAll(rendered.problems());
            problems.addAll(fidelity.problems());
            problems.sort(null);
            if (options.search() && problems.stream().noneMatch(Problem::isError)) {
                var search = times.time("search", () -> new PagefindIndexer(options.projectDir()).index(stage));
                progress("search", search.summary(), times);
            }
            times.time("manifest", () -> new ManifestWriter().write(stage));
            BuildReport result = new BuildReport(checked.documentsPerKind(), rendered.pagesWritten(), problems, times,
                    true);
            if (result.failed(options.strict())) {
                publisher.abandon();
                return result.asNotWritten();
            }
            times.time("publish", publisher::commit);
            return result;
        } catch (RuntimeException e) {
            publisher.abandon();
            throw e;
        }
    }

    /** The site's title from {@code jbake.properties} (JBake's {@code site.title}), the base URL and the build date. */
    private SiteInfo siteInfo() {
        Properties jbake = new Properties();
        Path file = options.projectDir().resolve("jbake.properties");
        if (Files.isRegularFile(file)) {
            try (var in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                jbake.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
        }
        String title = jbake.getProperty("site.title", "Documentary edition").strip();
        return SiteInfo.of(title.isEmpty() ? "Documentary edition" : title, options.siteUrl(),
                SourceDateEpoch.fromEnvironment());
    }

    private BuildReport report(IngestResult ingest, Edition edition, StageTimes times, int pages, boolean written) {
        Map<Kind, Integer> perKind = new EnumMap<>(Kind.class);
        for (Document d : ingest.documents()) {
            perKind.merge(d.kind(), 1, Integer::sum);
        }
        List<Problem> problems = new ArrayList<>(ingest.problems());
        problems.addAll(edition.problems());
        problems.sort(null);
        return new BuildReport(perKind, pages, problems, times, written);
    }

    private void progress(String stage, String what, StageTimes times) {
        out.printf("%-8s %s (%d ms)%n", stage, what, times.millis().getOrDefault(stage, 0L));
    }
}
