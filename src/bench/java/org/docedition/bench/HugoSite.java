package org.docedition.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.docedition.bench.SyntheticDocument.Article;
import org.docedition.bench.SyntheticDocument.CatalogueRecord;
import org.docedition.bench.SyntheticDocument.CollectionEntry;

/**
 * The same documents as a Hugo site, for a reference timing: Markdown with front matter, one file
 * per document, and a minimal theme whose single and list pages carry about the weight of ours
 * (metadata, text, notes with resolved links, Chinese original, previous/next, lists by year).
 *
 * <p>An article's Chinese original is on the same page as its English text, in a section marked
 * {@code lang="zh-Hans"}, as a Hugo user would publish it: Pagefind indexes one page per document,
 * with the same English and Chinese text our edition's pages carry. It reads the whole page as
 * English, so it does not segment the Chinese: each run between punctuation marks becomes one index
 * word (14 characters on average in this corpus), which is cheaper to index than our segmented
 * Chinese and finds a Chinese word only at the start of such a run.
 */
final class HugoSite {

    private static final Pattern REFERENCE = Pattern.compile("(See(?: also)? doc\\. )(\\d+)");

    private final Path root;

    HugoSite(Path root) {
        this.root = root;
    }

    /** Writes hugo.toml and the layouts; content follows document by document. */
    void writeSkeleton() throws IOException {
        write("config.toml", """
                baseURL = "/"
                relativeURLs = true
                languageCode = "en"
                title = "Synthetic edition (Hugo reference)"
                disableKinds = ["taxonomy", "term", "RSS"]
                [markup.goldmark.renderer]
                unsafe = true
                """);
        write("layouts/_default/baseof.html", """
                <!DOCTYPE html>
                <html lang="en">
                <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <title>{{ .Title }} | {{ .Site.Title }}</title><link rel="stylesheet" href="{{ "style.css" | relURL }}"></head>
                <body>
                <header><a href="{{ "/" | relURL }}">{{ .Site.Title }}</a>
                <nav>{{ range .Site.Sections }}<a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ end }}</nav></header>
                {{ block "main" . }}{{ end }}
                <footer>Synthetic corpus for benchmarking.</footer>
                </body>
                </html>
                """);
        write("layouts/_default/single.html", """
                {{ define "main" }}
                <main data-pagefind-body>
                <h1>{{ .Title }}</h1>
                <dl class="meta"><dt>Date</dt><dd>{{ .Date.Format "January 2, 2006" }}</dd>
                <dt>Kind</dt><dd data-pagefind-filter="kind">{{ .Params.kind }}</dd>
                {{ with .Params.number }}<dt>Number</dt><dd>Doc. {{ . }}</dd>{{ end }}
                {{ with .Params.source }}<dt>Source</dt><dd>{{ . }}</dd>{{ end }}</dl>
                <article>{{ .Content }}</article>
                </main>
                <nav class="pager">
                {{ with .PrevInSection }}<a rel="prev" href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}
                {{ with .NextInSection }}<a rel="next" href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}
                </nav>
                {{ end }}
                """);
        write("layouts/_default/list.html", """
                {{ define "main" }}
                <main><h1>{{ .Title }}</h1>
                {{ range (.Pages.GroupByDate "2006") }}<h2>{{ .Key }}</h2>
                <ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Date.Format "2006-01-02" }}</li>{{ end }}</ul>
                {{ end }}</main>
                {{ end }}
                """);
        write("layouts/index.html", """
                {{ define "main" }}
                <main><h1>{{ .Site.Title }}</h1>
                <ul>{{ range .Site.Sections }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a>: {{ len .Pages }} documents</li>{{ end }}</ul>
                </main>
                {{ end }}
                """);
        write("static/style.css", "body{font-family:serif;max-width:40em;margin:auto}.meta dt{font-weight:bold}\n");
        for (String section : new String[] {"newspaper", "collection", "catalogue"}) {
            write("content/" + section + "/_index.md", "---\ntitle: \"" + Character.toUpperCase(section.charAt(0))
                    + section.substring(1) + "\"\n---\n");
        }
    }

    /** Writes one document as content/&lt;section&gt;/&lt;id&gt;.md, an article with its original. */
    void write(SyntheticDocument d) throws IOException {
        StringBuilder sb = new StringBuilder(8192);
        sb.append("---\ntitle: ").append(quote(d.title())).append('\n');
        sb.append("date: ").append(dateOf(d)).append('\n');
        sb.append("kind: ").append(d.section()).append('\n');
        if (d instanceof Article a) {
            article(a, sb);
        } else if (d instanceof CollectionEntry e) {
            entry(e, sb);
        } else if (d instanceof CatalogueRecord r) {
            sb.append("source: \"Wilson Center Digital Archive\"\n---\n\n").append(escape(r.summary())).append('\n');
        }
        write("content/" + d.section() + "/" + d.hugoId() + ".md", sb.toString());
    }

    private static void article(Article a, StringBuilder sb) {
        sb.append("source: ").append(quote(a.newspaper() + ", page " + a.page())).append("\n---\n\n");
        if (!a.author().isEmpty()) {
            sb.append("*By ").append(escape(a.author())).append("*\n\n");
        }
        for (String p : a.paragraphs()) {
            sb.append(escape(p)).append("\n\n");
        }
        original(a, sb);
    }

    /**
     * The Chinese original after the English, as raw HTML (one block, so Markdown leaves it alone):
     * headline, dateline, page and the paragraphs, as the seed prints them.
     */
    private static void original(Article a, StringBuilder sb) {
        sb.append("<section class=\"original\" lang=\"zh-Hans\">\n<h2 lang=\"en\">Original (Chinese)</h2>\n");
        sb.append("<h3>").append(String.join("  ", a.chineseTitle())).append("</h3>\n");
        sb.append("<p>").append(a.date().iso()).append(" 人民日报 第").append(a.page()).append("版</p>\n");
        for (String p : a.chineseParagraphs()) {
            sb.append("<p>").append(p).append("</p>\n");
        }
        sb.append("</section>\n");
    }

    private static void entry(CollectionEntry e, StringBuilder sb) {
        if (!e.stub()) {
            sb.append("number: \"").append(e.number()).append("\"\n");
        }
        sb.append("source: ").append(quote(e.collection())).append("\n---\n\n");
        if (e.stub()) {
            sb.append("*The text of this document is not printed in the collection.*\n");
            return;
        }
        if (!e.printedPages().isEmpty()) {
            sb.append("A source: ").append(escape(e.collection())).append(". ").append(e.printedPages()).append("\n\n");
        }
        if (!e.archive().isEmpty()) {
            sb.append("Archive: ").append(escape(e.archive())).append("\n\n");
        }
        for (String p : e.paragraphs()) {
            sb.append(links(escape(p), e.collectionSlug())).append("\n\n");
        }
        if (!e.footnotes().isEmpty()) {
            sb.append("### Notes\n\n");
            for (int i = 0; i < e.footnotes().size(); i++) {
                sb.append(i + 1).append(". ").append(links(escape(e.footnotes().get(i)), e.collectionSlug()))
                        .append('\n');
            }
        }
    }

    private static String links(String text, String slug) {
        Matcher m = REFERENCE.matcher(text);
        return m.replaceAll(r -> r.group(1) + "[" + r.group(2) + "](../" + slug + "-" + r.group(2) + "/)");
    }

    private static String dateOf(SyntheticDocument d) {
        var date = d.date();
        return String.format("%04d-%02d-%02d", date.year(), Math.max(1, date.month()), Math.max(1, date.day()));
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** Escapes the characters Markdown would read as emphasis: the footnote asterisks, above all. */
    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("*", "\\*").replace("_", "\\_").replace("<", "&lt;");
    }

    private void write(String relative, String text) throws IOException {
        Path p = root.resolve(relative);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
    }
}
