package org.docedition.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.docedition.files.SiteTree;

/**
 * The published site's bundle of a shard, offered to Pagefind as it re-indexes the shard, so that
 * it compresses and writes only the files that changed.
 *
 * <p>Pagefind names its index files by their content ({@code fragment/}, {@code index/},
 * {@code filter/}, {@code pagefind.<hash>.pf_meta}) and does not write one that its output folder
 * has already: a file of that name holds those bytes (Pagefind's own output code says so, and
 * every browser that caches them for good relies on it). Compressing them at its highest level is
 * about half of a run's time, and an edit changes a handful of a shard's thousand fragments. So
 * before Pagefind runs, an empty file takes the place of each content-named file of the published
 * bundle; Pagefind leaves those whose names it would write, and the build keeps the published file
 * for each of them instead of reading it.
 *
 * <p>Pagefind never removes anything from its output folder, so the placeholders of files the new
 * index no longer names stay there too: the bundle's metadata names every file its search loads
 * ({@link PagefindMeta}), and only those go into the site.
 */
final class EarlierBundle {

    /** Nothing placed: Pagefind writes the whole bundle, and all of it goes into the site. */
    static final EarlierBundle NONE = new EarlierBundle(Set.of());

    /** A content-named file of a bundle: group 1 is its name without folder and extension. */
    private static final Pattern NAMED = Pattern.compile("(?:fragment|index|filter)/([^/]+)\\.pf_[a-z]+");
    private static final Pattern META = Pattern.compile("pagefind\\.[^/]+\\.pf_meta");
    /** A language's metadata in {@code pagefind-entry.json}: {@code "hash":"en_3a128e6a9b"}. */
    private static final Pattern ENTRY_HASH = Pattern.compile("\"hash\"\\s*:\\s*\"([^\"]+)\"");
    /** The Pagefind version in {@code pagefind-entry.json}: {@code "version":"1.6.0"}. */
    private static final Pattern ENTRY_VERSION = Pattern.compile("\"version\"\\s*:\\s*\"([^\"]+)\"");
    static final String ENTRY = "pagefind-entry.json";

    /** The placeholders, relative to the bundle. */
    private final Set<String> placed;

    private EarlierBundle(Set<String> placed) {
        this.placed = placed;
    }

    /**
     * Puts an empty file into {@code output} for each content-named file the published site has
     * under {@code directory}; none when the tree makes a whole new site, or when the published
     * bundle is not the work of Pagefind {@code version} (by its {@value #ENTRY}): another version
     * may give the same name to other bytes.
     */
    static EarlierBundle place(SiteTree tree, String directory, Path output, String version) {
        if (!version.equals(publishedVersion(tree, directory))) {
            return NONE;
        }
        String prefix = directory + "/";
        Set<String> placed = new HashSet<>();
        try {
            Set<Path> folders = new HashSet<>();
            for (String path : tree.publishedIn(directory)) {
                String relative = path.substring(prefix.length());
                if (NAMED.matcher(relative).matches() || META.matcher(relative).matches()) {
                    Path file = output.resolve(relative);
                    if (folders.add(file.getParent())) {
                        Files.createDirectories(file.getParent());
                    }
                    Files.createFile(file);
                    placed.add(relative);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare Pagefind's output folder " + output, e);
        }
        return placed.isEmpty() ? NONE : new EarlierBundle(Set.copyOf(placed));
    }

    /** The Pagefind version the published bundle under {@code directory} names, or "" if none. */
    private static String publishedVersion(SiteTree tree, String directory) {
        String entry = directory + "/" + ENTRY;
        if (!tree.isPublished(entry)) {
            return "";
        }
        try {
            Matcher m = ENTRY_VERSION.matcher(Files.readString(tree.read(entry), StandardCharsets.UTF_8));
            return m.find() ? m.group(1) : "";
        } catch (IOException e) {
            return "";
        }
    }

    /** Whether the file at {@code relative} of {@code output} is a placeholder Pagefind left as it was. */
    boolean left(Path output, String relative) {
        try {
            return placed.contains(relative) && Files.size(output.resolve(relative)) == 0;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + output.resolve(relative), e);
        }
    }

    /**
     * Which files of {@code output}, where Pagefind has just written the bundle of {@code directory},
     * belong to the new bundle: all when nothing was placed; otherwise those that are not
     * content-named, the metadata that {@value #ENTRY} names, and the files that metadata names.
     */
    java.util.function.Predicate<String> current(Path output, SiteTree tree, String directory) {
        if (placed.isEmpty()) {
            return relative -> true;
        }
        try {
            String entry = Files.readString(output.resolve(ENTRY), StandardCharsets.UTF_8);
            Set<String> metas = new HashSet<>();
            Set<String> names = new HashSet<>();
            Matcher m = ENTRY_HASH.matcher(entry);
            while (m.find()) {
                String meta = "pagefind." + m.group(1) + ".pf_meta";
                metas.add(meta);
                Path file = left(output, meta) ? tree.read(directory + "/" + meta) : output.resolve(meta);
                names.addAll(PagefindMeta.strings(Files.readAllBytes(file), directory + "/" + meta));
            }
            if (metas.isEmpty()) {
                throw new SearchIndexException("Pagefind's " + directory + "/" + ENTRY + " names no metadata: " + entry);
            }
            return relative -> {
                Matcher named = NAMED.matcher(relative);
                if (named.matches()) {
                    return names.contains(named.group(1));
                }
                return META.matcher(relative).matches() ? metas.contains(relative) : true;
            };
        } catch (IOException e) {
            throw new SearchIndexException("Cannot read the bundle Pagefind wrote into " + output + ": "
                    + e.getMessage(), e);
        }
    }
}
