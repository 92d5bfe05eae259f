package org.docedition.render;

/**
 * Where rendered pages go, and which of them can be reused unchanged from the previous build.
 *
 * <p>Before rendering a page the renderer computes a key from everything the page is made of (its
 * template's name and its whole model, see {@link ModelKey}) and asks {@link #reuse}. An incremental
 * build answers true when the previous build rendered the same path from the same key and the
 * previous file is now in the output folder (hard-linked), so the page is not rendered again. Whether
 * the templates themselves or the tool changed is the caller's business: it must refuse every reuse
 * then. Page types need not be known here: every page rendered through the renderer passes this way,
 * and a page whose model cannot be keyed reliably gets a key that never matches.
 */
public interface PageOutput {

    /** Renders and writes every page; the output of a clean build. */
    PageOutput NONE = new PageOutput() {
        @Override
        public boolean reuse(String path, String key) {
            return false;
        }

        @Override
        public void rendered(String path, String key) {
            // nothing to remember
        }
    };

    /**
     * Whether the page at {@code path} (relative to the output folder, {@code /}-separated) with
     * input key {@code key} is already in place in the output folder; the renderer then skips it.
     * Called from several threads at once.
     */
    boolean reuse(String path, String key);

    /** The page at {@code path} was rendered from {@code key} and written. Called from several threads at once. */
    void rendered(String path, String key);
}
