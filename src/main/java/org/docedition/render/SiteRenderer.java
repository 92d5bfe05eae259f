package org.docedition.render;

import freemarker.template.Template;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.docedition.apparatus.Apparatus;
import org.docedition.apparatus.ApparatusBuilder;
import org.docedition.apparatus.SearchNames;
import org.docedition.files.Memo;
import org.docedition.files.SiteTree;
import org.docedition.link.DocumentLinks;
import org.docedition.link.Edition;
import org.docedition.model.Document;
import org.docedition.model.Problem;

/**
 * Renders an edition to HTML: the home page, the chronology, the sources, one page per document,
 * the editorial pages of {@code content/} and, when {@code templates/search.ftl} and
 * {@code templates/data.ftl} exist, the search page and the data page; then copies {@code templates/assets/}.
 *
 * <p>Document pages are rendered straight through Freemarker from the edition's precomputed links
 * (neighbours, references, cited-by), so the work per page is constant and the whole render is
 * linear in the number of documents. JBake's Oven is not used for them: it looks up every
 * document of a type to find each page's neighbours, which makes a bake quadratic. JBake still
 * reads {@code content/} and its configuration ({@code jbake.properties}), see {@link ContentPageReader}.
 *
 * <p>Pages are rendered on every core. Output is the same, byte for byte, on every run: nothing
 * depends on the clock, the machine's locale or the order in which threads finish.
 */
public final class SiteRenderer {

    /** The variants of the names of persons and places that the search page searches as the name. */
    public static final String SEARCH_NAMES = "search-names.json";

    /** The style sheets and scripts a document page loads, for its weight. */
    private static final List<String> DOCUMENT_ASSETS = List.of("assets/site.css", "assets/document.js");
    /** Documents per task: large enough to keep scheduling cheap, small enough to balance two cores. */
    private static final int CHUNK = 256;

    private final Path templatesDir;
    private final Path contentDir;
    private final String baseUrl;
    /** The apparatus to render with, or null to build it from {@code content/persons.csv}. */
    private final Apparatus apparatus;
    /** What earlier renders of this process kept: pages' keys by their inputs. */
    private final Memo<String> memo;

    /** The title a site without {@code site.title} in {@code jbake.properties} gets. */
    static final String DEFAULT_TITLE = "Documentary edition";

    /**
     * The site's title as its pages show it: JBake's {@code site.title}, read from the project's
     * {@code jbake.properties} by JBake's own configuration loader.
     *
     * @param contentDir the content folder; its parent holds {@code jbake.properties}
     */
    public static String siteTitle(Path contentDir) {
        try {
            return ContentPageReader.forProject(contentDir).setting("site.title", DEFAULT_TITLE);
        } catch (RenderFailure e) {
            // an unreadable configuration is reported, with its file, by render()
            return DEFAULT_TITLE;
        }
    }

    /**
     * A setting of the project's {@code jbake.properties} ({@code site.licence}), or {@code fallback}
     * when it is not set or the file cannot be read (render() reports that, with its file).
     */
    public static String setting(Path contentDir, String key, String fallback) {
        try {
            return ContentPageReader.forProject(contentDir).setting(key, fallback);
        } catch (RenderFailure e) {
            return fallback;
        }
    }

    /**
     * @param templatesDir Freemarker templates, with static files in its {@code assets/} folder
     * @param contentDir   hand-written pages in JBake's format; its parent may hold {@code jbake.properties}
     */
    public SiteRenderer(Path templatesDir, Path contentDir) {
        this(templatesDir, contentDir, java.util.Optional.empty());
    }

    /**
     * @param baseUrl the public address the site is served from, ending in {@code /}, if known: pages
     *                then carry absolute canonical and citation addresses
     */
    public SiteRenderer(Path templatesDir, Path contentDir, java.util.Optional<java.net.URI> baseUrl) {
        this.templatesDir = templatesDir;
        this.contentDir = contentDir;
        this.baseUrl = baseUrl.map(java.net.URI::toASCIIString).orElse("");
        this.apparatus = null;
        this.memo = Memo.NONE;
    }

    private SiteRenderer(SiteRenderer other, Apparatus apparatus, Memo<String> memo) {
        this.templatesDir = other.templatesDir;
        this.contentDir = other.contentDir;
        this.baseUrl = other.baseUrl;
        this.apparatus = apparatus;
        this.memo = memo;
    }

    /**
     * This renderer keeping each page's key with the inputs of its model in {@code memo}, and
     * taking it from there when the inputs are unchanged (see {@link Memo}); the site
     * rendered is the same.
     */
    public SiteRenderer remembering(Memo<String> memo) {
        return new SiteRenderer(this, apparatus, memo);
    }

    /**
     * This renderer with the edition's {@code apparatus} (persons, archives, sources, related
     * documents) already built; without it, {@code render} builds it from {@code content/persons.csv}
     * and leaves its warnings to {@code check}.
     */
    public SiteRenderer withApparatus(Apparatus apparatus) {
        return new SiteRenderer(this, apparatus, memo);
    }

    /** Renders {@code edition} into {@code outDir}, which the caller has created; problems are in the report. */
    public RenderReport render(Edition edition, Path outDir) {
        return render(edition, SiteTree.clean(outDir), PageOutput.NONE);
    }

    /**
     * Renders {@code edition} into {@code tree}, skipping every page that {@code output} says is
     * already in place unchanged (see {@link PageOutput}); problems are in the report.
     */
    public RenderReport render(Edition edition, SiteTree tree, PageOutput output) {
        List<Problem> problems = new ArrayList<>();
        Weights weights = new Weights();
        memo.begin();
        try {
            ContentPageReader content = ContentPageReader.forProject(contentDir);
            List<ContentPage> pages = content.read(problems);
            TemplateEngine engine = new TemplateEngine(templatesDir);
            String searchTemplate = content.setting("template.search.file", "search.ftl");
            Apparatus app = apparatus != null ? apparatus : ApparatusBuilder.forContent(contentDir).build(edition);
            Map<String, Object> site = withStatements(siteModel(content, pages, engine.exists(searchTemplate),
                    engine.exists(content.setting("template.data.file", "data.ftl")), baseUrl,
                    !app.places().isEmpty() && engine.exists(ApparatusPages.PLACES)), content, edition);
            AssetCopier.copy(templatesDir.resolve("assets"), tree, "assets");

            ApparatusPageModels apparatusModels = new ApparatusPageModels(edition, app);
            Pages out = new Pages(engine, site, tree, originals(engine, site, tree, problems), output,
                    apparatusModels, memo, ModelKey.sharing(site));
            List<Callable<Weights>> tasks = new ArrayList<>();
            PageLimits limits = PageLimits.read(content, problems);
            boolean byYear = chronologyTasks(edition, content, engine, out, limits.yearPagesAbove(), tasks);
            tasks.add(() -> out.single("home", content.setting("template.masterindex.file", "index.ftl"), "index.html",
                    () -> Map.of("home", HomePageModel.of(edition, byYear))));
            tasks.add(() -> out.single("sources", content.setting("template.sources.file", "sources.ftl"),
                    "sources.html", () -> Map.of("sources", HomePageModel.sources(edition))));
            String pageTemplate = content.setting("template.page.file", "page.ftl");
            for (ContentPage p : pages) {
                tasks.add(() -> out.single("content", pageTemplate, p.path(), () -> Map.of("content", Map.of(
                        "title", p.title(), "body", p.body(baseUrl), "path", p.path()))));
            }
            if (engine.exists(searchTemplate)) {
                tasks.add(() -> out.single("search", searchTemplate, "search.html", Map::of));
                tree.write(SEARCH_NAMES, searchNames(app));
            }
            String dataTemplate = content.setting("template.data.file", "data.ftl");
            if (Boolean.TRUE.equals(site.get("hasData"))) {
                tasks.add(() -> out.single("data", dataTemplate, DataPageModel.PATH,
                        () -> Map.of("data", DataPageModel.of(edition, !baseUrl.isEmpty()))));
            }
            ApparatusPages.tasks(app, apparatusModels, out, limits.listPageSize(), tasks);
            documentTasks(edition, out, content.setting("template.document.file", "document.ftl"), tasks, problems);
            runAll(tasks, weights, problems);
        } catch (RenderFailure e) {
            problems.add(e.problem());
        } catch (IOException | UncheckedIOException e) {
            problems.add(Problem.error(tree.stage().toString(), 0, "cannot write the site: " + e.getMessage()));
        } finally {
            memo.end();
        }
        return new RenderReport(weights.pages(), weights.byType, assetBytes(tree), sorted(problems));
    }

    /**
     * Adds the chronology's pages: {@code chronology.html}, and a page per year when the edition is
     * larger than the project's {@value ChronologyPageModel#YEAR_PAGES_SETTING} setting and the
     * templates have {@code chronology-year.ftl} (see {@link ChronologyPageModel}).
     *
     * @return whether the chronology has a page per year
     */
    private static boolean chronologyTasks(Edition edition, ContentPageReader content, TemplateEngine engine, Pages out,
                                           int above, List<Callable<Weights>> tasks) {
        String yearTemplate = content.setting("template.chronology-year.file", "chronology-year.ftl");
        boolean byYear = engine.exists(yearTemplate) && ChronologyPageModel.byYear(edition, above);
        // the chronology is the largest single page: start it first
        tasks.add(() -> out.single("chronology", content.setting("template.chronology.file", "chronology.ftl"),
                "chronology.html", () -> Map.of("chronology", ChronologyPageModel.of(edition, byYear))));
        if (byYear) {
            int years = edition.chronology().years().size();
            for (int i = 0; i < years; i++) {
                int index = i;
                int year = edition.chronology().years().get(i).year();
                tasks.add(() -> out.single("chronology", yearTemplate, ChronologyPageModel.yearUrl(year), "../",
                        () -> ChronologyPageModel.yearInputs(edition, index),
                        () -> Map.of("chronology", ChronologyPageModel.yearPage(edition, index))));
            }
            if (!edition.chronology().undated().isEmpty()) {
                tasks.add(() -> out.single("chronology", yearTemplate, ChronologyPageModel.UNDATED_PAGE, "../",
                        () -> ChronologyPageModel.undatedInputs(edition),
                        () -> Map.of("chronology", ChronologyPageModel.undatedPage(edition))));
            }
        }
        return byYear;
    }

    /**
     * The problems of the project's own settings in {@code jbake.properties} (the chronology's and
     * the lists' page limits), as a build reports them, for {@code edition check}; the parent of
     * {@code contentDir} holds the file.
     */
    public static List<Problem> settingProblems(Path contentDir) {
        List<Problem> problems = new ArrayList<>();
        try {
            PageLimits.read(ContentPageReader.forProject(contentDir), problems);
        } catch (RenderFailure e) {
            problems.add(e.problem());
        }
        return problems;
    }

    /**
     * The project's page limits: above how many documents the chronology has a page per year (see
     * {@link ChronologyPageModel}), and how many entries a page of a long list holds (see
     * {@link ListPaging}).
     */
    private record PageLimits(int yearPagesAbove, int listPageSize) {

        /** The limits {@code jbake.properties} sets; a value that is not a whole number of 1 or more is reported and the default used. */
        static PageLimits read(ContentPageReader content, List<Problem> problems) {
            return new PageLimits(number(content, ChronologyPageModel.YEAR_PAGES_SETTING,
                    ChronologyPageModel.DEFAULT_YEAR_PAGES_ABOVE, problems),
                    number(content, ListPaging.SETTING, ListPaging.DEFAULT_SIZE, problems));
        }

        private static int number(ContentPageReader content, String key, int otherwise, List<Problem> problems) {
            String setting = content.setting(key, Integer.toString(otherwise));
            try {
                int value = Integer.parseInt(setting.strip());
                if (value >= 1) {
                    return value;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            problems.add(Problem.warning("jbake.properties", 0, key + " must be a whole number of documents (1 or more), "
                    + "not \"" + setting + "\"; using " + otherwise));
            return otherwise;
        }
    }

    private static void documentTasks(Edition edition, Pages out, String templateName, List<Callable<Weights>> tasks,
                                      List<Problem> problems) {
        Template template;
        try {
            template = out.engine().template(templateName);
        } catch (RenderFailure e) {
            problems.add(e.problem());
            return;
        }
        List<Document> docs = edition.documents();
        for (int from = 0; from < docs.size(); from += CHUNK) {
            List<Document> chunk = docs.subList(from, Math.min(docs.size(), from + CHUNK));
            tasks.add(() -> out.documents(chunk, edition, template));
        }
    }

    /** The writer of originals' own pages, when the templates have {@code original.ftl}; otherwise null. */
    private static OriginalPageWriter originals(TemplateEngine engine, Map<String, Object> site, SiteTree tree,
                                                List<Problem> problems) {
        if (!engine.exists(OriginalPageWriter.TEMPLATE)) {
            return null;
        }
        try {
            return new OriginalPageWriter(engine, site, tree);
        } catch (RenderFailure e) {
            problems.add(e.problem());
            return null;
        }
    }

    /** Runs the tasks on every core and merges what they report; the merge does not depend on timing. */
    private static void runAll(List<Callable<Weights>> tasks, Weights weights, List<Problem> problems) {
        int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), tasks.size()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "render");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Weights>> results = new ArrayList<>(tasks.size());
            for (Callable<Weights> task : tasks) {
                results.add(pool.submit(task));
            }
            for (Future<Weights> f : results) {
                Weights w = f.get();
                weights.add(w);
                problems.addAll(w.problems);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            problems.add(Problem.error("site", 0, "rendering interrupted"));
        } catch (ExecutionException e) {
            // a bug in our code, not a problem with the input: let the caller see the stack trace
            throw new IllegalStateException("page rendering failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * {@code model} with the parts every page's model has: site, root (the way up to the site's
     * top, "" or "../"), pageType and pagePath.
     */
    static Map<String, Object> shared(Map<String, Object> model, Map<String, Object> site, String root, String type,
                                      String path) {
        model.put("site", site);
        model.put("root", root);
        model.put("pageType", type);
        model.put("pagePath", path);
        return model;
    }

    private static Map<String, Object> siteModel(ContentPageReader content, List<ContentPage> pages, boolean search,
                                                 boolean data, String baseUrl, boolean places) {
        List<Map<String, Object>> menu = new ArrayList<>();
        List<Map<String, Object>> all = new ArrayList<>();
        for (ContentPage p : pages) {
            all.add(Map.of("url", p.path(), "title", p.title()));
            if (!p.menu().isEmpty()) {
                menu.add(Map.of("url", p.path(), "label", p.menu()));
            }
        }
        return Map.of(
                "title", content.setting("site.title", DEFAULT_TITLE),
                "description", content.setting("site.description", ""),
                "hasSearch", search,
                "hasPlaces", places,
                "hasData", data,
                "menu", menu,
                "pages", all,
                "url", baseUrl);
    }

    /** {@code site} with each source's statement of responsibility from the configuration ({@link SourceStatement}). */
    private static Map<String, Object> withStatements(Map<String, Object> site, ContentPageReader content,
                                                      Edition edition) {
        Map<String, Object> statements = new java.util.TreeMap<>();
        for (org.docedition.model.Source s : edition.sources()) {
            SourceStatement st = SourceStatement.read(content, s.id());
            if (!st.isEmpty()) {
                statements.put(s.id(), st.asMap());
            }
        }
        Map<String, Object> all = new java.util.HashMap<>(site);
        all.put("statements", statements);
        return java.util.Collections.unmodifiableMap(all);
    }

    /** The search page's table of name variants (see {@link SearchNames}): {@code {"forms": {"khruschev": "Nikita S. Khrushchev"}}}. */
    static byte[] searchNames(Apparatus app) {
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        var root = json.createObjectNode();
        var forms = root.putObject("forms");
        SearchNames.of(app).forEach(forms::put);
        try {
            return json.writeValueAsBytes(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long assetBytes(SiteTree tree) {
        long sum = 0;
        for (String a : DOCUMENT_ASSETS) {
            try {
                sum += tree.has(a) ? Files.size(tree.read(a)) : 0;
            } catch (IOException e) {
                // a missing asset weighs nothing; the link checker reports it
            }
        }
        return sum;
    }

    private static List<Problem> sorted(List<Problem> problems) {
        // a template error repeats on every page it breaks; report it once
        return List.copyOf(new TreeSet<>(problems));
    }

    /**
     * Writes pages with the model parts every page shares: site, root, pageType, pagePath.
     *
     * @param originals writes a document's original as a page of its own (for search), or null
     * @param keys      keys pages' models, with the {@code site} model's part worked out once
     */
    record Pages(TemplateEngine engine, Map<String, Object> site, SiteTree tree, OriginalPageWriter originals,
                 PageOutput output, ApparatusPageModels apparatus, Memo<String> memo, ModelKey keys) {

        Weights single(String type, String templateName, String path, Supplier<Map<String, Object>> parts) {
            return single(type, templateName, path, "", parts);
        }

        /** A page at {@code path}, whose way up to the site's top is {@code root} ("" or "../"). */
        Weights single(String type, String templateName, String path, String root,
                       Supplier<Map<String, Object>> parts) {
            return single(type, templateName, path, root, null, parts);
        }

        /**
         * A page at {@code path}, whose way up to the site's top is {@code root} ("" or "../"), and
         * whose {@code parts} are a function of {@code inputs} (see {@link Memo}), or null
         * when the page is cheap enough to model and key every time.
         */
        Weights single(String type, String templateName, String path, String root, Supplier<List<Object>> inputs,
                       Supplier<Map<String, Object>> parts) {
            Weights w = new Weights();
            try {
                Supplier<Map<String, Object>> model = LazyModel.of(() -> shared(new HashMap<>(parts.get()), site, root,
                        type, path));
                String key = inputs == null ? keys.key(templateName, model.get())
                        : memo.key(path, () -> inputsWith(inputs.get(), templateName, type, root),
                                () -> keys.key(templateName, model.get()));
                if (!reused(w, type, path, key)) {
                    write(w, type, path, engine.render(engine.template(templateName), model.get()));
                    output.rendered(path, key);
                }
            } catch (RenderFailure e) {
                w.problems.add(e.problem());
            }
            return w;
        }

        /** {@code inputs} with what {@link #single} adds to every model: site, root, pageType, and the template. */
        private List<Object> inputsWith(List<Object> inputs, String templateName, String type, String root) {
            List<Object> all = new ArrayList<>(inputs.size() + 4);
            all.add(templateName);
            all.add(type);
            all.add(root);
            all.add(site);
            all.addAll(inputs);
            return all;
        }

        Weights documents(List<Document> chunk, Edition edition, Template template) {
            Weights w = new Weights();
            for (Document d : chunk) {
                try {
                    DocumentCitation citation = DocumentCitation.of(d, (String) site.get("title"), (String) site.get("url"),
                            SourceStatement.in(site, d.source().id()));
                    Supplier<Map<String, Object>> model = LazyModel.of(() -> {
                        Map<String, Object> m = shared(new HashMap<>(8), site, DocumentPageModel.ROOT, "document",
                                d.id().url());
                        Map<String, Object> doc = DocumentPageModel.of(d, edition, (String) site.get("url"),
                                apparatus.linker(), apparatus.names(d));
                        if (originals != null) {
                            OriginalPageWriter.path(d).ifPresent(p -> doc.put("originalUrl", p));
                        }
                        doc.put("apparatus", apparatus.forDocument(d));
                        doc.put("cite", CitationPageModel.of(citation, apparatus.mentioned(d)));
                        doc.put("statement", SourceStatement.in(site, d.source().id()).asMap());
                        m.put("doc", doc);
                        return m;
                    });
                    w.problems.addAll(CitationFiles.write(tree, citation, memo));
                    String key = memo.key(d.id().url(), () -> documentInputs(d, edition, template, citation),
                            () -> keys.key(template.getName(), model.get()));
                    if (!reused(w, "document", d.id().url(), key)) {
                        write(w, "document", d.id().url(), engine.render(template, model.get()));
                        output.rendered(d.id().url(), key);
                    }
                    if (originals != null && d.original().isPresent()) {
                        w.add("original", originals.write(d, output, memo));
                    }
                } catch (RenderFailure e) {
                    w.problems.add(e.problem());
                } catch (IOException | UncheckedIOException e) {
                    w.problems.add(Problem.error(d.id().url(), 0, "cannot write the original's page: " + e.getMessage()));
                }
            }
            return w;
        }

        /**
         * What a document's page model is made of: the document, its links and the documents they
         * name (previous, next, cited by: their summaries show), what the apparatus shows of it,
         * its citation, and the parts every page shares. {@link DocumentPageModel#of} and
         * {@link ApparatusPageModels#forDocument} read nothing else.
         */
        private List<Object> documentInputs(Document d, Edition edition, Template template, DocumentCitation citation) {
            DocumentLinks links = edition.linksOf(d.id());
            List<Object> in = new ArrayList<>(12);
            in.add(originals != null);
            in.add(d);
            in.add(links);
            in.add(links.previous().flatMap(edition::find));
            in.add(links.next().flatMap(edition::find));
            in.add(links.previousInSource().flatMap(edition::find));
            in.add(links.nextInSource().flatMap(edition::find));
            in.add(edition.findAll(links.citedBy()));
            in.add(citation);
            in.add(apparatus.forDocumentInputs(d));
            return inputsWith(in, template.getName(), "document", DocumentPageModel.ROOT);
        }

        /** Whether {@code output} has the page in place already; then it counts as written. */
        private boolean reused(Weights w, String type, String path, String key) {
            if (!output.reuse(path, key)) {
                return false;
            }
            try {
                w.add(type, Files.size(tree.read(path)));
                return true;
            } catch (IOException e) {
                return false; // not in place after all: render it
            }
        }

        private void write(Weights w, String type, String path, byte[] html) {
            try {
                tree.write(path, html);
                w.add(type, html.length);
            } catch (UncheckedIOException e) {
                w.problems.add(Problem.error(path, 0, "cannot write page: " + e.getMessage()));
            }
        }
    }

    /** Page counts and bytes per type, and problems, of one task; merged into the report's. */
    static final class Weights {
        final Map<String, RenderReport.PageWeight> byType = new HashMap<>();
        final List<Problem> problems = new ArrayList<>();

        void add(String type, long bytes) {
            byType.merge(type, new RenderReport.PageWeight(1, bytes, bytes), RenderReport.PageWeight::plus);
        }

        void add(Weights other) {
            other.byType.forEach((t, w) -> byType.merge(t, w, RenderReport.PageWeight::plus));
        }

        int pages() {
            return byType.values().stream().mapToInt(RenderReport.PageWeight::pages).sum();
        }
    }
}
