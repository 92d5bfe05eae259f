package org.docedition.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The search bundles the site gets, one Pagefind run each (per shard, see {@link SearchShards}).
 *
 * <p>One bundle, indexed as English: each document is indexed once, from its document page, with its
 * Chinese original (shown beside the translation) split into words by the search stage
 * ({@link ChineseWords}), since Pagefind splits Chinese itself only on pages it indexes as Chinese
 * and a page goes into one language's index. Pages whose name has a language infix (the originals
 * on pages of their own, {@code documents/<id>.zh.html}) are not indexed: their text is in their
 * document page's index entry, and the search page links a Chinese query's results to them.
 * Until issue 23 the originals were indexed from those pages into a Chinese bundle of their own
 * ({@code pagefind-zh/}): every article was indexed twice, and Pagefind's own Chinese segmentation
 * took more time than the English pages (BENCHMARKS.md, 2026-12-07). Forcing the language means a
 * page's {@code <html lang>} never decides which index it lands in. Document ids never contain a
 * dot, so "has a language infix" tells an original-language page from every other.
 */
enum SearchBundle {

    /** Every page except original-language pages: the edition's documents with their originals. */
    MAIN("pagefind", "en", "**/<[!.]:1,>.html", name -> !name.contains("."));

    private final String directory;
    private final String language;
    private final String glob;
    private final Predicate<String> stem;

    /**
     * @param directory the bundle's folder under the site
     * @param language  the language Pagefind indexes its pages as (ISO 639-1, {@code --force-language})
     * @param glob      Pagefind's file glob (wax syntax; {@code <[!.]:1,>} is "one or more non-dots")
     * @param stem      the same selection in Java, on the file name without {@code .html}
     */
    SearchBundle(String directory, String language, String glob, Predicate<String> stem) {
        this.directory = directory;
        this.language = language;
        this.glob = glob;
        this.stem = stem;
    }

    String directory() {
        return directory;
    }

    String language() {
        return language;
    }

    String glob() {
        return glob;
    }

    /** Whether this bundle indexes the page whose file name without {@code .html} is {@code stem}. */
    boolean selects(String stem) {
        return this.stem.test(stem);
    }

    /** Whether the site holds any page for this bundle; Pagefind fails on an empty selection. */
    boolean hasPages(Path site) {
        try (Stream<Path> files = Files.walk(site)) {
            return files.filter(Files::isRegularFile)
                    .map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".html"))
                    .map(n -> n.substring(0, n.length() - ".html".length()))
                    .anyMatch(stem);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
