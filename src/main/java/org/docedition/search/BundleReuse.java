package org.docedition.search;

/**
 * Lets an incremental build keep search bundles whose pages did not change.
 *
 * <p>Each bundle (shard) gets a key from the Pagefind version, its language and the digests of the
 * exact pages it indexes; Pagefind's output depends on nothing else. Before running Pagefind for a
 * bundle the indexer asks {@link #reuseBundle}; an incremental build answers with the page count when the
 * previous site had a bundle of that name and key and it is now in place in the new site. What
 * is not overridden remembers nothing and reuses nothing.
 */
public interface BundleReuse {

    /** Indexes every bundle and remembers nothing; the search stage of a clean build. */
    BundleReuse NONE = sitePath -> "";

    /** The digest of the bytes of the page at {@code sitePath} ({@code /}-separated, relative to the site). */
    String digest(String sitePath);

    /**
     * The number of pages of the bundle {@code directory} if the previous one with {@code key} is now in
     * place in the site, or -1 to have it built.
     */
    default int reuseBundle(String directory, String key) {
        return -1;
    }

    /** The bundle {@code directory} was built from {@code key} and indexes {@code pages} pages. */
    default void builtBundle(String directory, String key, int pages) {
        // nothing to remember
    }

    /**
     * Whether a page with the bytes of {@code digest} has Pagefind's {@code data-pagefind-body}, as an
     * earlier build found; null when no earlier build saw such a page (it is then read).
     */
    default Boolean knownBody(String digest) {
        return null;
    }

    /** A page with the bytes of {@code digest} has {@code data-pagefind-body} or not: remembered for the next build. */
    default void foundBody(String digest, boolean body) {
        // nothing to remember
    }
}
