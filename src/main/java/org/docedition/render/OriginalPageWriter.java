package org.docedition.render;

import freemarker.template.Template;
import java.io.IOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.docedition.files.Memo;
import org.docedition.files.SiteTree;
import org.docedition.model.Document;
import org.docedition.model.HistoricalDate;
import org.docedition.model.OriginalText;
import org.docedition.model.Paragraph;

/**
 * Writes a document's original-language text as a page of its own, {@code documents/<id>.<lang>.html}
 * ({@code .zh.html} for Chinese), through {@code templates/original.ftl}.
 *
 * <p>Readers get the original alone, and a search in Chinese links its results here. The original
 * is indexed from the document page, beside its translation, not from this page: see
 * {@code org.docedition.search.SearchBundle} for the file-name contract ({@code <id>.zh.html}).
 */
final class OriginalPageWriter {

    /** The template, in the templates folder. */
    static final String TEMPLATE = "original.ftl";

    private final TemplateEngine engine;
    private final Template template;
    private final Map<String, Object> site;
    /** Keys of original pages, with the {@code site} model's part worked out once. */
    private final ModelKey keys;
    private final SiteTree tree;

    /**
     * @param engine the render's template engine; {@link #TEMPLATE} must exist in it
     * @param site   the shared {@code site} model of every page
     * @param tree   the site being written
     * @throws RenderFailure if the template does not parse
     */
    OriginalPageWriter(TemplateEngine engine, Map<String, Object> site, SiteTree tree) {
        this.engine = engine;
        this.template = engine.template(TEMPLATE);
        this.site = site;
        this.keys = ModelKey.sharing(site);
        this.tree = tree;
    }

    /** The site-relative path of {@code d}'s original page, if it has an original. */
    static Optional<String> path(Document d) {
        return d.original().map(o -> "documents/" + d.id().value() + "." + languageSubtag(o) + ".html");
    }

    /**
     * Writes {@code d}'s original page if it has an original.
     *
     * @return the bytes written, 0 when {@code d} has no original
     * @throws RenderFailure on a template error
     */
    long write(Document d) throws IOException {
        return write(d, PageOutput.NONE, Memo.NONE);
    }

    /**
     * Writes {@code d}'s original page if it has an original, unless {@code output} has it in place,
     * taking the page's key from {@code memo} when the document is as it was (the page is made
     * from the document and the {@code site} model alone).
     *
     * @return the bytes of the page, 0 when {@code d} has no original
     * @throws RenderFailure on a template error
     */
    long write(Document d, PageOutput output, Memo<String> memo) throws IOException {
        Optional<String> path = path(d);
        if (path.isEmpty()) {
            return 0;
        }
        java.util.function.Supplier<Map<String, Object>> model = LazyModel.of(() -> {
            Map<String, Object> m = SiteRenderer.shared(new HashMap<>(8), site, DocumentPageModel.ROOT, "original",
                    path.get());
            Map<String, Object> doc = model(d, d.original().get());
            DocumentCitation citation = DocumentCitation.of(d, String.valueOf(site.getOrDefault("title", "")),
                    String.valueOf(site.getOrDefault("url", "")),
                    SourceStatement.in(site, d.source().id()));
            doc.put("gbt", GbtCitation.text(citation));
            m.put("doc", doc);
            return m;
        });
        String key = memo.key(path.get(), () -> java.util.List.of(TEMPLATE, site, d),
                () -> keys.key(TEMPLATE, model.get()));
        if (output.reuse(path.get(), key)) {
            return Files.size(tree.read(path.get()));
        }
        byte[] html = engine.render(template, model.get());
        tree.write(path.get(), html);
        output.rendered(path.get(), key);
        return html.length;
    }

    private static Map<String, Object> model(Document d, OriginalText o) {
        Map<String, Object> m = DocumentSummary.of(d);
        m.put("sortKey", d.date().map(HistoricalDate::sortKey).orElse(0));
        m.put("year", d.date().map(x -> Integer.toString(x.year())).orElse(""));
        m.put("sourceTitle", d.source().title());
        m.put("sourceId", d.source().id());
        Map<String, Object> orig = new HashMap<>(8);
        orig.put("lang", o.language());
        orig.put("languageName", Locale.forLanguageTag(o.language()).getDisplayLanguage(Locale.ENGLISH));
        orig.put("title", o.title());
        orig.put("dateline", o.dateline());
        orig.put("page", OriginalShown.page(o));
        orig.put("column", OriginalShown.column(o));
        orig.put("paragraphs", OriginalShown.paragraphs(o));
        m.put("original", orig);
        return m;
    }

    /** {@code zh} for {@code zh-Hans}; the whole tag, made file-name safe, if it has no language subtag. */
    private static String languageSubtag(OriginalText o) {
        String lang = Locale.forLanguageTag(o.language()).getLanguage();
        return lang.isEmpty() ? o.language().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-") : lang;
    }
}
