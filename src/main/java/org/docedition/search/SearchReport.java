package org.docedition.search;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What indexing the site produced.
 *
 * @param pagefindVersion the Pagefind version that ran ({@code 1.6.0})
 * @param elapsed         wall-clock time of all Pagefind runs
 * @param bundles         one entry per bundle written, main bundle first
 */
public record SearchReport(String pagefindVersion, Duration elapsed, List<Bundle> bundles) {

    /**
     * One search bundle.
     *
     * @param directory the bundle's folder, relative to the site ({@code pagefind}, {@code pagefind-2})
     * @param language  the language of its pages as Pagefind saw them ({@code en}, {@code zh})
     * @param pages     pages indexed
     * @param bytes     total size of the bundle's files
     * @param files     number of files in the bundle
     */
    public record Bundle(String directory, String language, int pages, long bytes, int files) {
    }

    public SearchReport {
        bundles = List.copyOf(bundles);
    }

    /** Pages indexed over all bundles (a Chinese original counts apart from its translation). */
    public int pages() {
        return bundles.stream().mapToInt(Bundle::pages).sum();
    }

    /** Bytes written over all bundles. */
    public long bytes() {
        return bundles.stream().mapToLong(Bundle::bytes).sum();
    }

    /** Files written over all bundles. */
    public int files() {
        return bundles.stream().mapToInt(Bundle::files).sum();
    }

    /** One line for the build's progress output: {@code 215 pages (en 212, zh 3), 1.9 MB in 260 files, Pagefind 1.6.0}. */
    public String summary() {
        String perBundle = bundles.stream()
                .map(b -> b.language() + " " + b.pages())
                .collect(Collectors.joining(", "));
        return String.format(Locale.ROOT, "%d pages (%s), %.1f MB in %d files, Pagefind %s",
                pages(), perBundle, bytes() / 1_000_000.0, files(), pagefindVersion);
    }
}
