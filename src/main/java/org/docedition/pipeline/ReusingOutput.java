package org.docedition.pipeline;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.docedition.files.SiteTree;
import org.docedition.render.PageOutput;
import org.docedition.search.BundleReuse;

/**
 * Which pages and search bundles of a build can be kept from the previous site because their inputs
 * did not change: a page whose key (see {@code ModelKey}) and a bundle whose key (its pages'
 * digests) are those the previous build recorded is kept in the published site as it is
 * ({@link SiteTree#keep}), and not rendered or indexed again. Only what this build produces ends up
 * in the new site, so the pages of a deleted seed are removed.
 *
 * <p>It also records every key, for the next build.
 */
final class ReusingOutput implements PageOutput, BundleReuse {

    private final SiteTree tree;
    private final boolean reusing;
    private final Map<String, String> previousPages;
    private final Map<String, String> previousBundles;
    private final Map<String, Boolean> previousBodies;

    private final Map<String, String> pageKeys = new ConcurrentHashMap<>();
    private final Map<String, String> bundleKeys = new ConcurrentHashMap<>();
    private final Map<String, Boolean> bodies = new ConcurrentHashMap<>();
    private final Set<String> rendered = ConcurrentHashMap.newKeySet();

    private ReusingOutput(SiteTree tree, boolean reusing, Map<String, String> previousPages,
                          Map<String, String> previousBundles, Map<String, Boolean> previousBodies) {
        this.tree = tree;
        this.reusing = reusing;
        this.previousPages = previousPages;
        this.previousBundles = previousBundles;
        this.previousBodies = previousBodies;
    }

    /** Reuses nothing but records every key, for the next build. */
    static ReusingOutput fresh(SiteTree tree) {
        return new ReusingOutput(tree, false, Map.of(), Map.of(), Map.of());
    }

    /** Reuses what {@code cache} recorded of the site {@code tree} patches, which {@code cache} must describe. */
    static ReusingOutput from(BuildCache cache, SiteTree tree) {
        return new ReusingOutput(tree, true, cache.pages, cache.bundles, cache.bodies);
    }

    @Override
    public boolean reuse(String path, String key) {
        pageKeys.put(path, key);
        return key.equals(previousPages.get(path)) && tree.keep(path);
    }

    @Override
    public void rendered(String path, String key) {
        pageKeys.put(path, key);
        rendered.add(path);
    }

    @Override
    public String digest(String sitePath) {
        return tree.digest(sitePath);
    }

    @Override
    public int reuseBundle(String directory, String key) {
        String previous = previousBundles.get(directory);
        if (previous == null || !previous.startsWith(key + "\t") || !tree.keepFolder(directory)) {
            return -1;
        }
        bundleKeys.put(directory, previous);
        return Integer.parseInt(previous.substring(key.length() + 1));
    }

    @Override
    public void builtBundle(String directory, String key, int pages) {
        bundleKeys.put(directory, key + "\t" + pages);
    }

    @Override
    public Boolean knownBody(String digest) {
        return previousBodies.get(digest);
    }

    @Override
    public void foundBody(String digest, boolean body) {
        bodies.put(digest, body);
    }

    /** Whether the page at {@code sitePath} was rendered by this build rather than kept. */
    boolean wasRendered(String sitePath) {
        return rendered.contains(sitePath);
    }

    /** Whether this build could reuse anything at all. */
    boolean incremental() {
        return reusing;
    }

    Map<String, String> pageKeys() {
        return Map.copyOf(pageKeys);
    }

    Map<String, String> bundleKeys() {
        return Map.copyOf(bundleKeys);
    }

    /**
     * Whether each page of this build's site, by digest, has Pagefind's body attribute (the pages
     * the search stage looked at).
     */
    Map<String, Boolean> bodies() {
        return Map.copyOf(bodies);
    }

    /** Pages rendered afresh, for the progress line. */
    int renderedCount() {
        return rendered.size();
    }
}
