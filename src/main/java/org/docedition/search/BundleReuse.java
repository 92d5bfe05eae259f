package org.docedition.search;

/**
 * Lets an incremental build keep search bundles whose pages did not change.
 *
 * <p>Each bundle (shard) gets a key from the Pagefind version, its language and the digests of the
 * exact pages it indexes; Pagefind's output depends on nothing else. Before running Pagefind for a
 * bundle the indexer asks {@link #reuseBundle}; an incremental build answers with the page count when the
 * previous site had a bundle of that name and key and it is now in place in the new site.
 */
public interface BundleReuse {

    /** Indexes every bundle; the search stage of a clean build. */
    BundleReuse NONE = new BundleReuse() {
        @Override
        public String digest(String sitePath) {
            return "";
        }

        @Override
        public int reuseBundle(String directory, String key) {
            return -1;
        }

        @Override
        public void builtBundle(String directory, String key, int pages) {
            // nothing to remember
        }

        @Override
        public Boolean knownBody(String digest) {
            return null;
        }

        @Override
        public void foundBody(String digest, boolean body) {
            // nothing to remember
        }
    };

    /** The digest of the bytes of the page at {@code sitePath} ({@code /}-separated, relative to the site). */
    String digest(String sitePath);

    /**
     * The number of pages of the bundle {@code directory} if the previous one with {@code key} is now in
     * place in the site, or -1 to have it built.
     */
    int reuseBundle(String directory, String key);

    /** The bundle {@code directory} was built from {@code key} and indexes {@code pages} pages. */
    void builtBundle(String directory, String key, int pages);

    /**
     * Whether a page with the bytes of {@code digest} has Pagefind's {@code data-pagefind-body}, as an
     * earlier build found; null when no earlier build saw such a page (it is then read).
     */
    Boolean knownBody(String digest);

    /** A page with the bytes of {@code digest} has {@code data-pagefind-body} or not: remembered for the next build. */
    void foundBody(String digest, boolean body);
}
