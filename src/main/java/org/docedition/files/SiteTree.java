package org.docedition.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The files of the site a build makes: every stage writes through it, and it knows every file of
 * the new site and its SHA-256.
 *
 * <p>A <em>clean</em> tree writes every file into an empty staging folder, which then replaces the
 * published site whole. A <em>patching</em> tree starts from the published site and its manifest: a
 * file whose bytes are those already published is kept where it is and not written again, a
 * changed or new file is written into the staging folder, and a published file this build does not
 * make is {@linkplain #removed() removed} when the patch is applied. An edit to one document of a
 * large edition so writes a few dozen files instead of tens of thousands, and the published site is
 * not touched before the build has succeeded (see {@code AtomicSitePublisher}).
 *
 * <p>Paths are site-relative and {@code /}-separated. Safe for use from several threads.
 */
public final class SiteTree {

    /** Marks a file whose digest is not known yet: written into the staging folder by another program. */
    private static final String UNKNOWN = "";

    private final Path stage;
    private final Path published;
    private final Map<String, String> publishedDigests;
    private final Map<String, String> files = new ConcurrentHashMap<>();
    private final Set<String> written = ConcurrentHashMap.newKeySet();
    /** The published files by top-level folder, for {@link #keepFolder}; made on first use. */
    private volatile Map<String, List<String>> publishedByTop;

    private SiteTree(Path stage, Path published, Map<String, String> publishedDigests) {
        this.stage = stage;
        this.published = published;
        this.publishedDigests = publishedDigests;
    }

    /** A tree that writes every file into {@code stage}, an empty folder. */
    public static SiteTree clean(Path stage) {
        return new SiteTree(stage, null, Map.of());
    }

    /** A clean tree over {@code folder}, which holds files already: they are part of the site. */
    public static SiteTree existing(Path folder) {
        SiteTree tree = clean(folder);
        tree.addWritten("");
        return tree;
    }

    /**
     * A tree that patches {@code published}, whose files have the digests {@code publishedDigests}
     * (its manifest), writing what changes into {@code stage}, an empty folder. The tree takes the map
     * as it is, without copying it (672,000 entries at 100,000 documents): the caller hands it over and
     * does not change it afterwards.
     */
    public static SiteTree patching(Path published, Map<String, String> publishedDigests, Path stage) {
        return new SiteTree(stage, published, java.util.Collections.unmodifiableMap(publishedDigests));
    }

    /** Whether this tree patches a published site rather than making a whole new one. */
    public boolean patches() {
        return published != null;
    }

    /** The staging folder: every file written by this build, and nothing else. */
    public Path stage() {
        return stage;
    }

    /**
     * Makes {@code path} hold {@code bytes}: written into the staging folder unless the published
     * site has these very bytes there (by its manifest's digest, and the file is still there).
     *
     * @throws UncheckedIOException if the file cannot be written
     */
    public void write(String path, byte[] bytes) {
        String digest = Sha256.of(bytes);
        if (!digest.equals(publishedDigests.get(path))
                || !Files.isRegularFile(published.resolve(path), LinkOption.NOFOLLOW_LINKS)) {
            Path file = stage.resolve(path);
            try {
                Files.createDirectories(file.getParent());
                Files.write(file, bytes);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + file, e);
            }
            written.add(path);
        }
        files.put(path, digest);
    }

    /**
     * Keeps the published file at {@code path} as it is, if there is one: the caller knows its bytes
     * would be the same (from the key of what it is made of).
     *
     * @return false when there is nothing to keep: the caller writes the file
     */
    public boolean keep(String path) {
        if (!isPublished(path)) {
            return false;
        }
        files.put(path, publishedDigests.get(path));
        return true;
    }

    /** Whether the published site has a file at {@code path}, by its manifest, and the file is still there. */
    public boolean isPublished(String path) {
        return publishedDigests.containsKey(path)
                && Files.isRegularFile(published.resolve(path), LinkOption.NOFOLLOW_LINKS);
    }

    /**
     * Keeps the published file at {@code path} as it is if it has the digest {@code digest}: the
     * caller knows the bytes it would write have that digest.
     *
     * @return false when the published site has no such file, or other bytes there: the caller writes it
     */
    public boolean keep(String path, String digest) {
        return digest.equals(publishedDigests.get(path)) && keep(path);
    }

    /**
     * Keeps every published file under {@code folder} as it is.
     *
     * @return false when the published site has no such folder: the caller makes it
     */
    public boolean keepFolder(String folder) {
        if (published == null || !Files.isDirectory(published.resolve(folder), LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        Map<String, String> kept = new TreeMap<>();
        for (String path : publishedIn(folder)) {
            kept.put(path, publishedDigests.get(path));
        }
        if (kept.isEmpty()) {
            return false;
        }
        files.putAll(kept);
        return true;
    }

    /**
     * The published site's files under {@code folder} (by its manifest), site-relative; none for a
     * clean tree.
     */
    public List<String> publishedIn(String folder) {
        if (published == null) {
            return List.of();
        }
        String prefix = folder + "/";
        List<String> under = new ArrayList<>();
        for (String path : publishedUnder(topFolder(folder))) {
            if (path.startsWith(prefix)) {
                under.add(path);
            }
        }
        return under;
    }

    /** The published files under the top-level folder {@code top}; grouped once, on first use. */
    private List<String> publishedUnder(String top) {
        Map<String, List<String>> byTop = publishedByTop;
        if (byTop == null) {
            synchronized (this) {
                if (publishedByTop == null) {
                    Map<String, List<String>> grouped = new java.util.HashMap<>();
                    for (String path : publishedDigests.keySet()) {
                        grouped.computeIfAbsent(topFolder(path), k -> new ArrayList<>()).add(path);
                    }
                    publishedByTop = grouped;
                }
                byTop = publishedByTop;
            }
        }
        return byTop.getOrDefault(top, List.of());
    }

    /** The first segment of the site path {@code path}: its top-level folder, or the file's own name. */
    private static String topFolder(String path) {
        int slash = path.indexOf('/');
        return slash < 0 ? path : path.substring(0, slash);
    }

    /**
     * Takes in the files another program wrote under {@code folder} of the staging folder; their
     * digests are read when asked for.
     */
    public void addWritten(String folder) {
        Path root = stage.resolve(folder);
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : (Iterable<Path>) walk.filter(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS))::iterator) {
                String path = relative(stage, p);
                written.add(path);
                files.put(path, UNKNOWN);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + root, e);
        }
    }

    /** Where the file at {@code path} of the new site can be read now. */
    public Path read(String path) {
        return published == null || written.contains(path) ? stage.resolve(path) : published.resolve(path);
    }

    /** Whether the new site has a file at {@code path}. */
    public boolean has(String path) {
        return files.containsKey(path);
    }

    /** The SHA-256 of the file at {@code path} of the new site; read from the file if not known. */
    public String digest(String path) {
        String digest = files.get(path);
        if (digest == null || digest.equals(UNKNOWN)) {
            digest = Sha256.ofFile(read(path));
            files.put(path, digest);
        }
        return digest;
    }

    /** Every file of the new site so far, sorted. */
    public List<String> paths() {
        List<String> all = new ArrayList<>(files.keySet());
        all.sort(null);
        return all;
    }

    /**
     * Every file of the new site so far, in no particular order: a view, cheaper than
     * {@link #paths()} where order does not matter (a site of 100,000 documents has 670,000 files).
     * Files added while it is read may or may not be seen.
     */
    public java.util.Set<String> pathsUnordered() {
        return java.util.Collections.unmodifiableSet(files.keySet());
    }

    /** Every file written into the staging folder, sorted. */
    public List<String> writtenPaths() {
        List<String> all = new ArrayList<>(written);
        all.sort(null);
        return all;
    }

    /** How many files the new site has so far. */
    public int size() {
        return files.size();
    }

    /** The published files the new site does not have, sorted; empty for a clean tree. */
    public List<String> removed() {
        return publishedDigests.keySet().stream().filter(p -> !files.containsKey(p)).sorted().toList();
    }

    /** {@code file} relative to {@code root}, with {@code /} separators whatever the platform. */
    public static String relative(Path root, Path file) {
        List<String> parts = new ArrayList<>();
        for (Path part : root.relativize(file)) {
            parts.add(part.toString());
        }
        return String.join("/", parts);
    }
}
