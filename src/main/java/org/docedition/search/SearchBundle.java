package org.docedition.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The search bundles the site gets, one Pagefind run each.
 *
 * <p>Why more than one: Pagefind keeps one index per {@code <html lang>} and its script loads only
 * the index of the search page's own language, so a Chinese index inside the main bundle would never
 * be searched from the English search page; and Pagefind splits Chinese into words only in a Chinese
 * index (on an English page a run of Chinese up to the next punctuation is one "word"). Chinese
 * originals are therefore pages of their own ({@code documents/<id>.zh.html}) indexed into a bundle
 * of their own with {@code --force-language zh}, which the search page loads as a second Pagefind
 * instance and merges into one result list. Forcing the language per bundle also means a page's
 * {@code <html lang>} (English for the site's chrome) never decides which index it lands in. Document
 * ids never contain a dot, so "has a language infix" tells an original-language page from every other.
 *
 * <p>The same mechanism bounds memory and payload for large editions (issue 3): the main bundle can
 * be split into several (per source or period), each indexed in its own, smaller Pagefind run.
 */
enum SearchBundle {

    /** Every page except original-language pages: the English text of the edition. */
    MAIN("pagefind", "en", "**/<[!.]:1,>.html", name -> !name.contains(".")),

    /** Chinese originals, written as {@code <id>.zh.html}. */
    CHINESE("pagefind-zh", "zh", "**/*.zh.html", name -> name.endsWith(".zh"));

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
