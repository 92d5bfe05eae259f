package org.docedition.pipeline;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.docedition.apparatus.Apparatus;
import org.docedition.apparatus.ApparatusBuilder;
import org.docedition.files.SiteTree;
import org.docedition.ingest.IngestResult;
import org.docedition.ingest.LineLedger;
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
import org.docedition.search.SearchReport;
import org.docedition.tei.Publication;
import org.docedition.tei.TeiExporter;

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
    /** What earlier builds of this process kept for this one. */
    private final BuildMemory memory;

    public EditionBuild(BuildOptions options, PrintStream out) {
        this(options, out, BuildMemory.none());
    }

    /**
     * A build using what earlier builds of this process kept in {@code memory}: a process that
     * builds again and again ({@code edition serve}) passes the same {@link BuildMemory#remembering()}
     * one each time.
     */
    public EditionBuild(BuildOptions options, PrintStream out, BuildMemory memory) {
        this.options = options;
        this.out = out;
        this.memory = memory;
    }

    /** The apparatus builder of this project, remembering for the next build when this build has a memory. */
    private ApparatusBuilder apparatusBuilder() {
        ApparatusBuilder builder = ApparatusBuilder.forContent(options.contentDir());
        return memory.apparatus() == null ? builder : builder.remembering(memory.apparatus());
    }

    /** Reads and links everything, reports every problem, writes nothing. */
    public BuildReport check() {
        StageTimes times = new StageTimes();
        IngestResult ingest = times.time("ingest", () -> memory.ingester().ingest(options.seedsDir()));
        Edition edition = times.time("link", () -> new EditionLinker().link(ingest.documents()));
        // check alone lists the names the authority files lack: the build need not read every text for them
        Apparatus apparatus = times.time("apparatus", () -> apparatusBuilder().reportingUnknownNames().build(edition));
        // the settings the render stage reads are checked too, though nothing is rendered
        return report(ingest, edition, apparatus, SiteRenderer.settingProblems(options.contentDir()), times, 0, false);
    }

    /** Builds the site; see the class comment for what happens on failure. */
    public BuildReport build() {
        return build(true);
    }

    /**
     * Builds the site, incrementally when {@code incremental} and the previous build of this site
     * left its record (see {@link BuildCache}): with no input changed nothing is done at all; when
     * only templates, content or the tool changed every page is rendered but the site is still
     * patched rather than replaced;
     * otherwise every page is modelled again but only pages whose model changed are rendered, only
     * search shards whose pages changed are re-indexed, only files whose bytes changed are written,
     * and the published site is patched in place (see {@link SiteTree} and
     * {@link AtomicSitePublisher#commit(SiteTree)}). The result is the same site, byte for byte
     * (search bundles apart, which Pagefind does not write reproducibly), as a clean build's.
     */
    public BuildReport build(boolean incremental) {
        return build(incremental, true);
    }

    /**
     * Builds the site as {@link #build()} does, also when no input changed since the last build
     * (the site is then patched with nothing): so that the memory of a process that builds again
     * and again ({@code serve}) takes the edition in before its first edit.
     */
    public BuildReport buildEvenIfUpToDate() {
        return build(true, false);
    }

    private BuildReport build(boolean incremental, boolean skipUpToDate) {
        StageTimes times = new StageTimes();
        BuildCache cache = BuildCache.load(options.projectDir(), options.siteDir());
        InputFingerprint fingerprint = times.time("fingerprint", () -> InputFingerprint.of(options));
        boolean previousSite = incremental && cache.describes();
        if (skipUpToDate && previousSite && cache.inputs.equals(fingerprint.digest())) {
            out.printf("%-8s no seed, template, content or option changed since the last build; %s is up to date (%d ms)%n",
                    "skip", options.siteDir().getFileName(), times.millis().getOrDefault("fingerprint", 0L));
            return new BuildReport(cache.documentsPerKind, cache.pagesWritten, cache.problems, times, true, true);
        }
        boolean reusable = previousSite && cache.environment.equals(fingerprint.environment());
        // the seeds were hashed for the fingerprint just now: a remembered seed with the same digest is not read again
        IngestResult ingest = times.time("ingest", () -> memory.ingester().ingest(options.seedsDir(),
                fingerprint.seeds()));
        progress("ingest", ingest.documents().size() + " documents and entries from " + ingest.ledger().files().size()
                + " seed files", times);
        Edition edition = times.time("link", () -> new EditionLinker().link(ingest.documents()));
        progress("link", edition.links().values().stream().mapToInt(l -> l.references().size()).sum()
                + " references", times);
        Apparatus apparatus = times.time("apparatus", () -> apparatusBuilder().build(edition));
        progress("apparatus", apparatus.persons().size() + " persons, " + apparatus.holdings().size()
                + " archives and newspapers", times);
        BuildReport checked = report(ingest, edition, apparatus, List.of(), times, 0, false);
        if (checked.failed(options.strict())) {
            return checked;
        }

        SiteInfo site = siteInfo();
        AtomicSitePublisher publisher = new AtomicSitePublisher(options.siteDir());
        Path stage = publisher.prepare();
        try {
            // the published site, as its recorded manifest describes it, is patched even when no page can be
            // reused (templates or the tool changed): only files whose bytes change are written
            SiteTree tree = previousSite ? SiteTree.patching(options.siteDir(), publishedDigests(cache), stage)
                    : SiteTree.clean(stage);
            ReusingOutput output = reusable ? ReusingOutput.from(cache, tree) : ReusingOutput.fresh(tree);
            var rendered = times.time("render", () -> new SiteRenderer(options.templatesDir(), options.contentDir(),
                            site.baseUrl())
                    .remembering(memory.render())
                    .withApparatus(apparatus)
                    .render(edition, tree, output));
            progress("render", rendered.pagesWritten() + " pages" + (output.incremental()
                    ? " (" + output.renderedCount() + " rendered, the others unchanged)" : ""), times);
            // page weight per type, and the heaviest document page with its CSS and JS (budget: 60 KB)
            rendered.summary().lines().forEach(l -> out.printf("%-8s %s%n", "weight", l));
            // Pagefind reads only the rendered pages: it runs (in its own processes) while this JVM
            // writes the data exports and verifies fidelity, which do not touch them
            List<Problem> before = new ArrayList<>(checked.problems());
            before.addAll(rendered.problems());
            CompletableFuture<SearchReport> search = options.search() && before.stream().noneMatch(Problem::isError)
                    ? CompletableFuture.supplyAsync(() -> new PagefindIndexer(options.projectDir()).index(tree, output),
                            runnable -> {
                                Thread t = new Thread(runnable, "search");
                                t.setDaemon(true);
                                t.start();
                            })
                    : null;
            times.time("export", () -> {
                new DataExporter().write(edition, tree, memory.export(), memory.texts());
                new SitemapWriter(site).write(tree);
                new FeedWriter(site).write(edition, tree, memory.feed());
                new TeiExporter(publication(site)).write(edition, apparatus, tree, options.siteDir());
            });
            var fidelity = times.time("verify", () -> new FidelityVerifier().verify(
                    changedLedger(ingest.ledger(), output, cache, fingerprint), tree::read));
            progress("verify", fidelity.summary(), times);
            List<Problem> problems = new ArrayList<>(before);
            problems.addAll(fidelity.problems());
            problems.sort(null);
            if (search != null) {
                SearchReport indexed = times.time("search", () -> join(search));
                if (problems.stream().noneMatch(Problem::isError)) {
                    out.printf("%-8s %s (%d ms, %d ms after the other stages)%n", "search", indexed.summary(),
                            indexed.elapsed().toMillis(), times.millis().getOrDefault("search", 0L));
                }
            }
            times.time("manifest", () -> new ManifestWriter().write(tree));
            BuildReport result = new BuildReport(checked.documentsPerKind(), rendered.pagesWritten(), problems, times,
                    true, false);
            if (result.failed(options.strict())) {
                publisher.abandon();
                return result.asNotWritten();
            }
            cache.forget();
            String changes = tree.patches() ? BuildReport.count(tree.writtenPaths().size(), "file") + " written, " + tree.removed().size()
                    + " removed, " + (tree.size() - tree.writtenPaths().size()) + " unchanged" : null;
            times.time("publish", () -> publisher.commit(tree));
            if (changes != null) {
                progress("publish", changes, times);
            }
            try {
                cache.save(fingerprint, result, output.pageKeys(), output.bundleKeys(), output.bodies());
            } catch (java.io.UncheckedIOException e) {
                // the site is published; without a record the next build is simply a full one
                out.println("note     could not record this build for the next one: " + e.getMessage());
            }
            return result;
        } catch (RuntimeException e) {
            publisher.abandon();
            throw e;
        }
    }

    /**
     * The digest of every file of the published site that {@code cache} describes: those its manifest
     * lists, and the manifest itself, which does not list itself but whose digest the record made sure
     * of. So a manifest with the same bytes is kept, not written again.
     */
    private Map<String, String> publishedDigests(BuildCache cache) {
        Map<String, String> digests = ManifestWriter.read(options.siteDir());
        digests.put(ManifestWriter.FILE_NAME, cache.manifest);
        return digests;
    }

    /** The search stage's result, with its own exception rather than the future's wrapper. */
    private static SearchReport join(CompletableFuture<SearchReport> search) {
        try {
            return search.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }

    /**
     * The part of {@code ledger} whose verification can have changed: seed files whose bytes changed
     * or one of whose documents' pages was rendered afresh. Any other file was verified by the
     * previous build, which published, so without a problem; its seed and pages are the same bytes.
     */
    private static LineLedger changedLedger(LineLedger ledger, ReusingOutput output, BuildCache cache,
                                            InputFingerprint fingerprint) {
        if (!output.incremental()) {
            return ledger;
        }
        List<LineLedger.FileLedger> changed = new ArrayList<>();
        for (LineLedger.FileLedger file : ledger.files()) {
            String now = fingerprint.seeds().get(file.file());
            boolean same = now != null && now.equals(cache.seeds.get(file.file()));
            if (!same || file.owners().values().stream().distinct().anyMatch(id -> output.wasRendered(id.url()))) {
                changed.add(file);
            }
        }
        return new LineLedger(changed);
    }

    /** The site's title (JBake's {@code site.title}, as the renderer reads it), the base URL and the build date. */
    private SiteInfo siteInfo() {
        return SiteInfo.of(SiteRenderer.siteTitle(options.contentDir()), options.siteUrl(),
                SourceDateEpoch.fromEnvironment());
    }

    /** The edition as a publication, for the TEI and harvesting exports: the site plus {@code jbake.properties}' settings. */
    private Publication publication(SiteInfo site) {
        return new Publication(site.title(), SiteRenderer.setting(options.contentDir(), "site.publisher", ""),
                site.baseUrl(), site.sourceDateEpoch().map(t -> t.atZone(java.time.ZoneOffset.UTC).toLocalDate()),
                SiteRenderer.setting(options.contentDir(), "site.licence", ""),
                SiteRenderer.setting(options.contentDir(), "site.licence.url", ""),
                SiteRenderer.setting(options.contentDir(), "site.admin.email", ""));
    }

    private BuildReport report(IngestResult ingest, Edition edition, Apparatus apparatus, List<Problem> more,
                               StageTimes times, int pages, boolean written) {
        Map<Kind, Integer> perKind = new EnumMap<>(Kind.class);
        for (Document d : ingest.documents()) {
            perKind.merge(d.kind(), 1, Integer::sum);
        }
        List<Problem> problems = new ArrayList<>(ingest.problems());
        problems.addAll(edition.problems());
        problems.addAll(apparatus.problems());
        problems.addAll(more);
        problems.sort(null);
        return new BuildReport(perKind, pages, problems, times, written, false);
    }

    private void progress(String stage, String what, StageTimes times) {
        out.printf("%-8s %s (%d ms)%n", stage, what, times.millis().getOrDefault(stage, 0L));
    }
}
