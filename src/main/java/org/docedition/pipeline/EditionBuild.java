package org.docedition.pipeline;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.docedition.apparatus.Apparatus;
import org.docedition.apparatus.ApparatusBuilder;
import org.docedition.correct.Corrector;
import org.docedition.files.SiteTree;
import org.docedition.ingest.IngestResult;
import org.docedition.ingest.LineLedger;
import org.docedition.ingest.SeedIngester;
import org.docedition.link.Edition;
import org.docedition.link.EditionLinker;
import org.docedition.model.Document;
import org.docedition.model.Kind;
import org.docedition.model.Problem;
import org.docedition.publish.AtomicSitePublisher;
import org.docedition.publish.DataExporter;
import org.docedition.publish.FidelityReport;
import org.docedition.publish.FidelityVerifier;
import org.docedition.publish.FeedWriter;
import org.docedition.publish.ManifestWriter;
import org.docedition.publish.SiteInfo;
import org.docedition.publish.SitemapWriter;
import org.docedition.publish.SourceDateEpoch;
import org.docedition.render.RenderReport;
import org.docedition.render.SiteRenderer;
import org.docedition.search.PagefindIndexer;
import org.docedition.search.SearchReport;
import org.docedition.tei.Publication;
import org.docedition.tei.TeiExporter;

/**
 * The edition build, one stage per method: plan (what the last build left that this one may
 * use), read (ingest, link, apparatus), render, search (beside export and verify), publish.
 *
 * <p>Nothing is written until the input has been read without errors; the site is written to a
 * temporary folder and swapped in only when every stage succeeded, so a failed build leaves the
 * previous site as it was.
 */
public final class EditionBuild {

    private final BuildOptions options;
    private final PrintStream out;
    /** What earlier builds of this process kept for this one; null for a one-shot build, which takes them from disk. */
    private BuildMemos memos;
    /** Where a one-shot build keeps its memos for the next process (see {@link MemoStore}); null for {@code serve}. */
    private final boolean storeMemos;

    /**
     * A one-shot build: it takes what the last one-shot build of the same site and tool stored in
     * {@code .edition-cache/} (see {@link MemoStore}) and stores its own for the next.
     */
    public EditionBuild(BuildOptions options, PrintStream out) {
        this.options = options;
        this.out = out;
        this.memos = BuildMemos.none();
        this.storeMemos = true;
    }

    /**
     * A build using what earlier builds of this process kept in {@code memos}. A process that
     * builds again and again ({@code edition serve}) passes the same {@link BuildMemos#remembering()}
     * each time.
     */
    public EditionBuild(BuildOptions options, PrintStream out, BuildMemos memos) {
        this.options = options;
        this.out = out;
        this.memos = memos;
        this.storeMemos = false;
    }

    /**
     * What this build may take from the last one, decided once before any stage runs.
     *
     * @param previous    the last build's record of this site
     * @param fingerprint the digests of this build's inputs
     * @param upToDate    no input changed: there is nothing to do
     * @param patchSite   the published site is patched in place: only files whose bytes change are written
     * @param reusePages  the templates, content and tool are the same: pages whose model did not change are kept
     */
    private record Plan(BuildCache previous, InputFingerprint fingerprint, boolean upToDate, boolean patchSite,
                        boolean reusePages) {
    }

    /** The edition read: documents, their links and apparatus, and every problem found so far. */
    private record Read(IngestResult ingest, Edition edition, Apparatus apparatus, BuildReport report) {
    }

    /** Where pages go: the site being written and what it may keep of the last build's pages. */
    private record Output(SiteTree tree, ReusingOutput pages) {
    }

    /** The editors' corrections of this project ({@code content/corrections.csv}). */
    private Corrector corrector() {
        return Corrector.forContent(options.contentDir());
    }

    /** Per document, the persons and places it names, for the data exports. */
    private static java.util.Map<org.docedition.model.DocumentId, List<org.docedition.publish.NamedEntity>> named(
            Apparatus apparatus) {
        var persons = apparatus.personsById();
        var places = apparatus.placesById();
        java.util.Map<org.docedition.model.DocumentId, List<org.docedition.publish.NamedEntity>> out = new java.util.HashMap<>();
        apparatus.mentions().forEach((doc, mentions) -> mentions.forEach(m -> {
            var p = persons.get(m.personId());
            if (p != null) {
                out.computeIfAbsent(doc, k -> new ArrayList<>()).add(new org.docedition.publish.NamedEntity(false, p.id(),
                        p.name(), java.util.stream.Stream.of(p.wikidataUrl(), p.viafUrl()).filter(s -> !s.isEmpty()).toList()));
            }
        }));
        apparatus.placeMentions().forEach((doc, mentions) -> mentions.forEach(m -> {
            var p = places.get(m.personId());
            if (p != null) {
                out.computeIfAbsent(doc, k -> new ArrayList<>()).add(new org.docedition.publish.NamedEntity(true, p.id(),
                        p.name(), java.util.stream.Stream.of(p.wikidataUrl(), p.geonamesUrl()).filter(s -> !s.isEmpty()).toList()));
            }
        }));
        return out;
    }

    /** Reads and links everything, reports every problem, writes nothing. */
    public BuildReport check() {
        StageTimes times = new StageTimes();
        // check alone lists the names the authority files lack: the build need not read every text for them
        Read read = read(Map.of(), apparatusBuilder().reportingUnknownNames(), times, false);
        // the settings the render stage reads are checked too, though nothing is rendered
        return report(read.ingest(), read.edition(), read.apparatus(),
                SiteRenderer.settingProblems(options.contentDir()), times);
    }

    /** Builds the site; see the class comment for what happens on failure. */
    public BuildReport build() {
        return build(true);
    }

    /**
     * Builds the site, incrementally when {@code incremental} and the previous build of this site
     * left its record (see {@link BuildCache}). With no input changed nothing is done at all. When
     * only templates, content or the tool changed, every page is rendered but the site is still
     * patched rather than replaced. Otherwise only pages whose model changed are rendered, only
     * search shards whose pages changed are re-indexed, only files whose bytes changed are
     * written, and the published site is patched in place (see {@link SiteTree} and
     * {@link AtomicSitePublisher#commit(SiteTree)}). The result is the same site, byte for byte, as
     * a clean build's (search bundles apart: Pagefind does not write them reproducibly).
     */
    public BuildReport build(boolean incremental) {
        return build(incremental, true);
    }

    /**
     * Builds the site as {@link #build()} does, also when no input changed since the last build
     * (the site is then patched with nothing). So the memos of a process that builds again and
     * again ({@code serve}) take the edition in before its first edit.
     */
    public BuildReport buildEvenIfUpToDate() {
        return build(true, false);
    }

    private BuildReport build(boolean incremental, boolean skipUpToDate) {
        StageTimes times = new StageTimes();
        Plan plan = plan(incremental, times);
        if (skipUpToDate && plan.upToDate()) {
            return upToDate(plan, times);
        }
        MemoStore store = storeMemos ? memoStore(plan, incremental, times) : null;
        Read read = read(plan.fingerprint().seeds(), apparatusBuilder(), times, true);
        if (read.report().failed(options.strict())) {
            return read.report();
        }
        SiteInfo site = siteInfo();
        AtomicSitePublisher publisher = new AtomicSitePublisher(options.siteDir());
        Path stage = publisher.prepare();
        try {
            Output output = output(plan, stage);
            RenderReport rendered = render(read, site, output, times);
            List<Problem> problems = merged(read.report().problems(), rendered.problems());
            // Pagefind reads only the rendered pages: it runs in its own processes during export and verify
            CompletableFuture<SearchReport> search = options.search() && problems.stream().noneMatch(Problem::isError)
                    ? CompletableFuture.supplyAsync(() -> index(output), EditionBuild::onDaemonThread) : null;
            export(read, site, output.tree(), times);
            // the memos are complete once exported: they are stored while the search and verify stages run
            CompletableFuture<String> stored = store == null ? null
                    : CompletableFuture.supplyAsync(() -> storeMemos(store), EditionBuild::onDaemonThread);
            problems = merged(problems, verify(plan, read, output, times).problems());
            if (search != null) {
                awaitSearch(search, problems, times);
            }
            times.time("manifest", () -> new ManifestWriter().write(output.tree()));
            BuildReport result = new BuildReport(read.report().documentsPerKind(), rendered.pagesWritten(), problems,
                    times, true, false);
            if (result.failed(options.strict())) {
                publisher.abandon();
                return result.asNotWritten();
            }
            publish(plan, publisher, output, result, times);
            if (stored != null) {
                String failure = times.time("store", stored::join);
                if (failure != null) {
                    out.println("note     " + failure);
                }
            }
            return result;
        } catch (RuntimeException e) {
            publisher.abandon();
            throw e;
        }
    }

    /** Decides once what this build may take from the last one. */
    private Plan plan(boolean incremental, StageTimes times) {
        BuildCache cache = BuildCache.load(options.projectDir(), options.siteDir());
        InputFingerprint fingerprint = times.time("fingerprint", () -> InputFingerprint.of(options));
        boolean previousSite = incremental && cache.describes();
        return new Plan(cache, fingerprint, previousSite && cache.inputs.equals(fingerprint.digest()), previousSite,
                previousSite && cache.environment.equals(fingerprint.environment()));
    }

    /**
     * The memo store of a one-shot build, with this build's memos taken from it: those the last
     * build stored when this one is incremental, empty ones to fill for the next build otherwise.
     * An edition with seeds too large to keep memos of has none, and its stored ones are removed.
     */
    private MemoStore memoStore(Plan plan, boolean incremental, StageTimes times) {
        MemoStore store = new MemoStore(plan.previous().directory(),
                InputFingerprint.toolIdentity() + " java " + System.getProperty("java.version"));
        if (plan.fingerprint().seedBytes() > MemoStore.LARGEST_SEEDS) {
            store.forget();
            memos = BuildMemos.none();
            return null;
        }
        Optional<BuildMemos> stored = incremental ? times.time("memos", store::stored) : Optional.empty();
        memos = stored.orElseGet(BuildMemos::remembering);
        if (incremental) {
            progress("memos", stored.isPresent() ? "what the last build read and keyed, from " + store.file().getFileName()
                    : "none to trust: everything is read", times);
        }
        return store;
    }

    /** Stores this build's memos; what went wrong, or null. */
    private String storeMemos(MemoStore store) {
        try {
            store.save(memos);
            return null;
        } catch (UncheckedIOException e) {
            store.forget();
            return "could not keep this build's memos for the next one: " + e.getMessage();
        }
    }

    private BuildReport upToDate(Plan plan, StageTimes times) {
        out.printf("%-8s no seed, template, content or option changed since the last build; %s is up to date (%d ms)%n",
                "skip", options.siteDir().getFileName(), times.millis().getOrDefault("fingerprint", 0L));
        BuildCache cache = plan.previous();
        return new BuildReport(cache.documentsPerKind, cache.pagesWritten, cache.problems, times, true, true);
    }

    /**
     * Ingest, link and apparatus. Seeds whose digest is in {@code digests} and in the seed memo
     * are not read again; {@code progress} prints a line per stage.
     */
    private Read read(Map<String, String> digests, ApparatusBuilder apparatusBuilder, StageTimes times,
                      boolean progress) {
        // the editors' corrections are applied to what was read, before anything links or shows it
        IngestResult ingest = times.time("ingest", () -> corrector().apply(new SeedIngester(memos.seeds())
                .ingest(options.seedsDir(), digests)));
        if (progress) {
            progress("ingest", ingest.documents().size() + " documents and entries from "
                    + ingest.ledger().files().size() + " seed files", times);
        }
        Edition edition = times.time("link", () -> new EditionLinker().link(ingest.documents()));
        if (progress) {
            progress("link", edition.links().values().stream().mapToInt(l -> l.references().size()).sum()
                    + " references", times);
        }
        Apparatus apparatus = times.time("apparatus", () -> apparatusBuilder.build(edition));
        if (progress) {
            progress("apparatus", apparatus.persons().size() + " persons, " + apparatus.holdings().size()
                    + " archives and newspapers", times);
        }
        return new Read(ingest, edition, apparatus, report(ingest, edition, apparatus, List.of(), times));
    }

    /** The apparatus builder of this project, remembering for the next build when this build keeps memos. */
    private ApparatusBuilder apparatusBuilder() {
        ApparatusBuilder builder = ApparatusBuilder.forContent(options.contentDir());
        return memos.apparatus() == null ? builder : builder.remembering(memos.apparatus());
    }

    /** The site tree to write, patching the published site when the plan says so. */
    private Output output(Plan plan, Path stage) {
        SiteTree tree = plan.patchSite()
                ? SiteTree.patching(options.siteDir(), publishedDigests(plan.previous()), stage)
                : SiteTree.clean(stage);
        ReusingOutput pages = plan.reusePages() ? ReusingOutput.from(plan.previous(), tree) : ReusingOutput.fresh(tree);
        return new Output(tree, pages);
    }

    private RenderReport render(Read read, SiteInfo site, Output output, StageTimes times) {
        RenderReport rendered = times.time("render", () -> new SiteRenderer(options.templatesDir(),
                options.contentDir(), site.baseUrl())
                .remembering(memos.render())
                .withApparatus(read.apparatus())
                .render(read.edition(), output.tree(), output.pages()));
        progress("render", rendered.pagesWritten() + " pages" + (output.pages().incremental()
                ? " (" + output.pages().renderedCount() + " rendered, the others unchanged)" : ""), times);
        // page weight per type, and the heaviest document page with its CSS and JS (budget: 60 KB)
        rendered.summary().lines().forEach(l -> out.printf("%-8s %s%n", "weight", l));
        return rendered;
    }

    private SearchReport index(Output output) {
        return new PagefindIndexer(options.projectDir()).index(output.tree(), output.pages());
    }

    /** The data files beside the pages. A new export is one more line here. */
    private void export(Read read, SiteInfo site, SiteTree tree, StageTimes times) {
        Edition edition = read.edition();
        times.time("export", () -> {
            new DataExporter(named(read.apparatus())).write(edition, tree, memos.export(), memos.texts());
            new SitemapWriter(site).write(tree);
            new FeedWriter(site).write(edition, tree, memos.feed());
            new TeiExporter(publication(site)).write(edition, read.apparatus(), tree, options.siteDir());
        });
    }

    /** Checks that every seed line that may have changed is on its page. */
    private FidelityReport verify(Plan plan, Read read, Output output, StageTimes times) {
        FidelityReport fidelity = times.time("verify", () -> new FidelityVerifier().verify(
                changedLedger(read.ingest().ledger(), output.pages(), plan.previous(), plan.fingerprint()),
                output.tree()::read));
        progress("verify", fidelity.summary(), times);
        return fidelity;
    }

    private void awaitSearch(CompletableFuture<SearchReport> search, List<Problem> problems, StageTimes times) {
        SearchReport indexed = times.time("search", () -> join(search));
        if (problems.stream().noneMatch(Problem::isError)) {
            out.printf("%-8s %s (%d ms, %d ms after the other stages)%n", "search", indexed.summary(),
                    indexed.elapsed().toMillis(), times.millis().getOrDefault("search", 0L));
        }
    }

    /** Swaps the new site in and records this build for the next one. */
    private void publish(Plan plan, AtomicSitePublisher publisher, Output output, BuildReport result,
                         StageTimes times) {
        BuildCache cache = plan.previous();
        SiteTree tree = output.tree();
        cache.forget();
        String changes = tree.patches() ? BuildReport.count(tree.writtenPaths().size(), "file") + " written, "
                + tree.removed().size() + " removed, " + (tree.size() - tree.writtenPaths().size()) + " unchanged"
                : null;
        times.time("publish", () -> publisher.commit(tree));
        if (changes != null) {
            progress("publish", changes, times);
        }
        try {
            cache.save(plan.fingerprint(), result, output.pages().pageKeys(), output.pages().bundleKeys(),
                    output.pages().bodies());
        } catch (UncheckedIOException e) {
            // the site is published; without a record the next build is simply a full one
            out.println("note     could not record this build for the next one: " + e.getMessage());
        }
    }

    /** The search runs beside the export and verify stages; a daemon thread never keeps the JVM alive. */
    private static void onDaemonThread(Runnable task) {
        Thread t = new Thread(task, "search");
        t.setDaemon(true);
        t.start();
    }

    /** {@code a} and {@code b}, in file and line order. */
    private static List<Problem> merged(List<Problem> a, List<Problem> b) {
        List<Problem> problems = new ArrayList<>(a);
        problems.addAll(b);
        problems.sort(null);
        return problems;
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
                               StageTimes times) {
        Map<Kind, Integer> perKind = new EnumMap<>(Kind.class);
        for (Document d : ingest.documents()) {
            perKind.merge(d.kind(), 1, Integer::sum);
        }
        List<Problem> problems = new ArrayList<>(ingest.problems());
        problems.addAll(edition.problems());
        problems.addAll(apparatus.problems());
        problems.addAll(more);
        problems.sort(null);
        return new BuildReport(perKind, 0, problems, times, false, false);
    }

    private void progress(String stage, String what, StageTimes times) {
        out.printf("%-8s %s (%d ms)%n", stage, what, times.millis().getOrDefault(stage, 0L));
    }
}
