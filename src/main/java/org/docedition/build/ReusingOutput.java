package org.docedition.build;

import org.docedition.files.Sha256;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.docedition.render.PageOutput;
import org.docedition.search.BundleReuse;

/**
 * The pages and search bundles of a build, kept from the previous site where their inputs did not
 * change: such files are hard-linked from the published site into the staging folder (no bytes
 * copied; the published site is never written to, so the swap stays atomic), everything else is
 * written afresh. Only what this build produces ends up in the staging folder, so the pages of a
 * deleted seed simply are not there.
 *
 * <p>It also knows the SHA-256 of every file it linked (from the previous manifest) and of every page
 * it hashed for a search-bundle key, so the manifest reads only new files.
 */
final class ReusingOutput implements PageOutput, BundleReuse {

    private final Path oldSite;
    private final Path stage;
    private final Map<String, String> previousPages;
    private final Map<String, String> previousBundles;
    private final Map<String, String> oldDigests;

    private final Map<String, String> pageKeys = new ConcurrentHashMap<>();
    private final Map<String, String> bundleKeys = new ConcurrentHashMap<>();
    private final Map<String, String> known = new ConcurrentHashMap<>();
    private final Set<String> rendered = ConcurrentHashMap.newKeySet();

    private ReusingOutput(Path oldSite, Path stage, Map<String, String> previousPages,
                          Map<String, String> previousBundles, Map<String, String> oldDigests) {
        this.oldSite = oldSite;
        this.stage = stage;
        this.previousPages = previousPages;
        this.previousBundles = previousBundles;
        this.oldDigests = oldDigests;
    }

    /** Reuses nothing but records every key, for the next build. */
    static ReusingOutput fresh(Path stage) {
        return new ReusingOutput(null, stage, Map.of(), Map.of(), Map.of());
    }

    /** Reuses what {@code cache} recorded of {@code oldSite}, which it must describe. */
    static ReusingOutput from(BuildCache cache, Path oldSite, Path stage) {
        return new ReusingOutput(oldSite, stage, cache.pages, cache.bundles, manifest(oldSite));
    }

    @Override
    public boolean reuse(String path, String key) {
        pageKeys.put(path, key);
        if (oldSite == null || !key.equals(previousPages.get(path))) {
            return false;
        }
        String sha = oldDigests.get(path);
        if (sha == null || !link(path)) {
            return false;
        }
        known.put(path, sha);
        return true;
    }

    @Override
    public void rendered(String path, String key) {
        pageKeys.put(path, key);
        rendered.add(path);
    }

    @Override
    public String digest(String sitePath) {
        return known.computeIfAbsent(sitePath, p -> Sha256.ofFile(stage.resolve(p)));
    }

    @Override
    public int reuseBundle(String directory, String key) {
        String previous = previousBundles.get(directory);
        if (oldSite == null || previous == null || !previous.startsWith(key + "\t")
                || !Files.isDirectory(oldSite.resolve(directory))) {
            return -1;
        }
        int pages = Integer.parseInt(previous.substring(key.length() + 1));
        Map<String, String> linked = new HashMap<>();
        try (Stream<Path> files = Files.walk(oldSite.resolve(directory))) {
            for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                String path = relative(oldSite, f);
                String sha = oldDigests.get(path);
                if (sha == null || !link(path)) {
                    PagefindIndexerCleanup.delete(stage.resolve(directory));
                    return -1;
                }
                linked.put(path, sha);
            }
        } catch (IOException e) {
            PagefindIndexerCleanup.delete(stage.resolve(directory));
            return -1;
        }
        known.putAll(linked);
        bundleKeys.put(directory, key + "\t" + pages);
        return pages;
    }

    @Override
    public void builtBundle(String directory, String key, int pages) {
        bundleKeys.put(directory, key + "\t" + pages);
    }

    /** The digest of a file this build linked or hashed, or null: the manifest's shortcut. */
    String knownDigest(String sitePath) {
        return known.get(sitePath);
    }

    /** Whether the page at {@code sitePath} was rendered by this build rather than kept. */
    boolean wasRendered(String sitePath) {
        return rendered.contains(sitePath);
    }

    /** Whether this build could reuse anything at all. */
    boolean incremental() {
        return oldSite != null;
    }

    Map<String, String> pageKeys() {
        return Map.copyOf(pageKeys);
    }

    Map<String, String> bundleKeys() {
        return Map.copyOf(bundleKeys);
    }

    /** Pages rendered afresh, for the progress line. */
    int renderedCount() {
        return rendered.size();
    }

    private boolean link(String path) {
        Path target = stage.resolve(path);
        try {
            Files.createDirectories(target.getParent());
            Files.createLink(target, oldSite.resolve(path));
            return true;
        } catch (IOException | UnsupportedOperationException e) {
            return false; // not linkable here (another file system?): it is rendered afresh
        }
    }

    /** The previous site's manifest: path to SHA-256. */
    private static Map<String, String> manifest(Path site) {
        Map<String, String> out = new HashMap<>();
        Path m = site.resolve("manifest-sha256.txt");
        try (BufferedReader in = Files.newBufferedReader(m, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                // escaped names (starting with a backslash) are rare; they are simply hashed again
                if (line.length() > 66 && line.charAt(64) == ' ' && line.charAt(65) == ' ' && line.charAt(0) != '\\') {
                    out.put(line.substring(66), line.substring(0, 64));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + m, e);
        }
        return out;
    }

    private static String relative(Path root, Path file) {
        return String.join("/", java.util.stream.StreamSupport.stream(root.relativize(file).spliterator(), false)
                .map(Path::toString).toList());
    }

    /** Removes a half-linked bundle folder, so the bundle is built afresh. */
    private static final class PagefindIndexerCleanup {
        static void delete(Path dir) {
            if (!Files.exists(dir)) {
                return;
            }
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot remove " + dir, e);
            }
        }
    }

}
