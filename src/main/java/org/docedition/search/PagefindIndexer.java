package org.docedition.search;

import org.docedition.files.FileTrees;
import org.docedition.files.SiteTree;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Builds the site's search bundle ({@code pagefind/}, split into shards on a large edition) with the
 * Pagefind binary pinned in {@code package-lock.json}.
 *
 * <p>Pagefind runs once per {@link SearchBundle} (see there why), with the site folder as working
 * directory, only the options below, and no {@code PAGEFIND_*} variables from the environment
 * (Pagefind reads them, and any {@code pagefind.yml} in its working directory, as configuration), so
 * the same site always gets the same index. The bundles are equal in content from run to run, but
 * Pagefind does not promise them byte for byte: 1.5.2 wrote filter values in hash-map order, so
 * {@code filter/*.pf_filter}, the {@code .pf_meta} naming them and {@code pagefind-entry.json} could
 * differ between identical builds (1.6.0 gave identical bundles in the five builds of the seeds
 * tried; nothing here relies on it).
 *
 * <p>Pagefind's ready-made UIs are removed from the bundles: the search page has its own.
 *
 * <p>Memory: Pagefind holds a bundle's whole index in memory while writing it, in proportion to
 * the pages (BENCHMARKS.md, "Measurements behind the code"). No option bounds this:
 * {@code --max-fragments} bounds the number of fragment files, not memory. Indexing fewer pages per
 * run does: hence the shards ({@link SearchShards}), which the search page merges.
 */
public final class PagefindIndexer {

    private static final Pattern PAGES = Pattern.compile("Indexed (\\d+) pages?");
    /** Pagefind runs at once: each uses about one core (measured: user time close to wall time). */
    private static final int PARALLEL_RUNS = Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));

    /**
     * Pagefind's ready-made search UIs, written into every bundle. The search page uses its own
     * small UI over {@code pagefind.js}, so these (about 420 KB per bundle) would only weigh on every
     * copy and mirror of the site.
     */
    private static final List<String> UNUSED_FILES = List.of("pagefind-ui.js", "pagefind-ui.css",
            "pagefind-modular-ui.js", "pagefind-modular-ui.css", "pagefind-component-ui.js",
            "pagefind-component-ui.css", "pagefind-highlight.js");

    private final Path projectDir;

    /** An indexer using the Pagefind installed under {@code projectDir/node_modules} by {@code npm ci}. */
    public PagefindIndexer(Path projectDir) {
        this.projectDir = projectDir.toAbsolutePath().normalize();
    }

    /**
     * Writes the search bundles into {@code siteDir}, replacing earlier ones.
     *
     * @throws SearchIndexException if Pagefind is missing, not the pinned version, or fails; the
     *                              message says what to do
     */
    public SearchReport index(Path siteDir) {
        Path site = siteDir.toAbsolutePath().normalize();
        if (!Files.isDirectory(site)) {
            throw new SearchIndexException("Cannot index " + site + ": not a folder.");
        }
        SearchShards.removeBundles(site);
        return index(SiteTree.existing(site), BundleReuse.NONE);
    }

    /**
     * Writes the search bundles of the pages of {@code tree} into it, keeping those that
     * {@code reuse} has in place; then {@value SearchShards#LIST_FILE}, the list of bundles the
     * search page loads.
     *
     * <p>Each language's pages are split into shards (see {@link SearchShards}) that Pagefind indexes
     * in separate runs, two at a time: a Pagefind run uses about one core and holds its whole index in
     * memory, so shards use both cores, bound memory, and let an edit re-index only its own shard.
     * Pagefind writes each shard into a {@link ScratchFolder} (memory when the machine has room),
     * from which the tree takes in only the files whose bytes changed; when the site is patched,
     * the scratch folder first holds placeholders of the published bundle's files (see
     * {@link EarlierBundle}), so Pagefind compresses and writes only what changed.
     *
     * @throws SearchIndexException if Pagefind is missing, not the pinned version, or fails; the
     *                              message says what to do
     */
    public SearchReport index(SiteTree tree, BundleReuse reuse) {
        PagefindBinary pagefind = PagefindBinary.locate(projectDir);
        long start = System.nanoTime();
        List<SearchShards.Shard> shards = SearchShards.plan(tree, reuse);
        int[] pages = new int[shards.size()];
        String[] keys = new String[shards.size()];
        List<Integer> toBuild = new ArrayList<>();
        for (int i = 0; i < shards.size(); i++) {
            keys[i] = shards.get(i).key(pagefind.version(), reuse);
            pages[i] = reuse.reuseBundle(shards.get(i).directory(), keys[i]);
            if (pages[i] < 0) {
                toBuild.add(i);
            }
        }
        int alongside = Math.min(PARALLEL_RUNS, toBuild.size());
        runAll(toBuild, i -> {
            SearchShards.Shard shard = shards.get(i);
            Integer indexed = indexShard(pagefind, tree, shard, alongside, true);
            if (indexed == null) {
                // a file of the published bundle went away while Pagefind ran: index the shard afresh
                indexed = indexShard(pagefind, tree, shard, alongside, false);
            }
            pages[i] = indexed;
            reuse.builtBundle(shard.directory(), keys[i], pages[i]);
        });
        List<SearchReport.Bundle> bundles = new ArrayList<>();
        Map<String, long[]> sizes = sizes(tree, shards);
        for (int i = 0; i < shards.size(); i++) {
            SearchShards.Shard shard = shards.get(i);
            long[] size = sizes.get(shard.directory());
            bundles.add(new SearchReport.Bundle(shard.directory(), shard.bundle().language(), pages[i], size[0],
                    (int) size[1]));
        }
        SearchShards.writeList(tree, shards);
        return new SearchReport(pagefind.version(), Duration.ofNanos(System.nanoTime() - start), bundles);
    }

    /**
     * Indexes {@code shard} into a scratch folder and takes the bundle into {@code tree}; with
     * {@code offerEarlier}, Pagefind is given the published bundle's content-named files (see
     * {@link EarlierBundle}) to leave as they are.
     *
     * @return the pages indexed, or null when a published file Pagefind left could not be kept
     */
    private static Integer indexShard(PagefindBinary pagefind, SiteTree tree, SearchShards.Shard shard,
                                      int alongside, boolean offerEarlier) {
        Path site = tree.stage().toAbsolutePath().normalize();
        try (ScratchFolder out = ScratchFolder.forBundle(site, shard.pages().size(), alongside)) {
            EarlierBundle earlier = offerEarlier
                    ? EarlierBundle.place(tree, shard.directory(), out.path(), pagefind.version())
                    : EarlierBundle.NONE;
            int pages = run(pagefind, tree, shard, out.path());
            if (!Files.isRegularFile(out.path().resolve("pagefind.js"))) {
                throw new SearchIndexException("Pagefind " + pagefind.version() + " reported success but wrote no "
                        + "pagefind.js for " + shard.directory() + "/ in " + out.path() + ".");
            }
            return takeIn(out.path(), tree, shard.directory(), earlier) ? pages : null;
        }
    }

    /** Runs {@code work} for each index, two at a time; the first failure is rethrown once all have stopped. */
    private static void runAll(List<Integer> indexes, java.util.function.IntConsumer work) {
        if (indexes.isEmpty()) {
            return;
        }
        int threads = Math.max(1, Math.min(PARALLEL_RUNS, indexes.size()));
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "pagefind");
            t.setDaemon(true);
            return t;
        });
        try {
            List<java.util.concurrent.Future<?>> results = new ArrayList<>();
            for (int i : indexes) {
                results.add(pool.submit(() -> work.accept(i)));
            }
            RuntimeException failure = null;
            for (java.util.concurrent.Future<?> f : results) {
                try {
                    f.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    if (failure == null) {
                        failure = e.getCause() instanceof RuntimeException r ? r
                                : new SearchIndexException("Pagefind failed: " + e.getCause(), e.getCause());
                    }
                }
            }
            if (failure != null) {
                throw failure;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SearchIndexException("Interrupted while Pagefind was indexing", e);
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Indexes one shard into {@code output}: its pages are hard-linked into a folder of their own,
     * which Pagefind indexes whole; a page with Chinese is written there instead as a copy whose
     * Chinese is split into words ({@link ChineseWords}).
     */
    private static int run(PagefindBinary pagefind, SiteTree tree, SearchShards.Shard shard, Path output) {
        Path site = tree.stage().toAbsolutePath().normalize();
        Path pagesDir = site.resolveSibling(site.getFileName() + "-shard-" + shard.directory());
        try {
            deleteTree(pagesDir);
            for (String page : shard.pages()) {
                Path published = tree.read(page);
                byte[] spaced = ChineseWords.forIndex(Files.readAllBytes(published));
                if (spaced == null) {
                    FileTrees.linkOrCopy(pagesDir.resolve(page), published);
                } else {
                    Files.createDirectories(pagesDir.resolve(page).getParent());
                    Files.write(pagesDir.resolve(page), spaced);
                }
            }
            return run(pagefind, pagesDir, output, shard.bundle());
        } catch (IOException e) {
            throw new SearchIndexException("Cannot prepare the pages of " + shard.directory() + " beside " + site
                    + ": " + e.getMessage(), e);
        } finally {
            deleteTree(pagesDir);
        }
    }

    /**
     * Takes the bundle Pagefind wrote into {@code output} into {@code tree} under {@code directory},
     * leaving out its ready-made UIs and, when {@code earlier} placed files, those the new bundle does
     * not name: the tree keeps the published file for each placeholder Pagefind left, and writes only
     * files whose bytes the published site does not have already.
     *
     * @return false, having changed nothing, when a published file to keep is not there any more
     */
    private static boolean takeIn(Path output, SiteTree tree, String directory, EarlierBundle earlier) {
        java.util.function.Predicate<String> current = earlier.current(output, tree, directory);
        List<String> kept = new ArrayList<>();
        List<String> written = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(output)) {
            for (Path file : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                String relative = SiteTree.relative(output, file);
                if (!UNUSED_FILES.contains(relative) && current.test(relative)) {
                    (earlier.left(output, relative) ? kept : written).add(relative);
                }
            }
            for (String relative : kept) {
                if (!tree.isPublished(directory + "/" + relative)) {
                    return false;
                }
            }
            for (String relative : kept) {
                if (!tree.keep(directory + "/" + relative)) {
                    throw new SearchIndexException("The published " + directory + "/" + relative
                            + " went away while the search index was built; build again.");
                }
            }
            for (String relative : written) {
                tree.write(directory + "/" + relative, Files.readAllBytes(output.resolve(relative)));
            }
            return true;
        } catch (IOException e) {
            throw new SearchIndexException("Cannot take in Pagefind's output for " + directory + "/ from " + output
                    + ": " + e.getMessage(), e);
        }
    }

    private static int run(PagefindBinary pagefind, Path site, Path output, SearchBundle bundle) {
        List<String> command = List.of(pagefind.executable().toString(),
                "--site", ".",
                "--output-path", output.toString(),
                "--glob", bundle.glob(),
                "--force-language", bundle.language(),
                // result links name the file itself, so a mirror without directory indexes still works
                "--keep-index-url");
        ProcessBuilder pb = new ProcessBuilder(command).directory(site.toFile()).redirectErrorStream(true);
        Map<String, String> env = pb.environment();
        env.keySet().removeIf(k -> k.startsWith("PAGEFIND_"));
        String printed;
        int exit;
        try {
            Process process = pb.start();
            process.getOutputStream().close();
            try (InputStream in = process.getInputStream()) {
                printed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            exit = process.waitFor();
        } catch (IOException e) {
            throw new SearchIndexException("Cannot run Pagefind at " + pagefind.executable() + ": " + e.getMessage()
                    + ". Run `npm ci` to reinstall it.", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SearchIndexException("Interrupted while Pagefind was indexing " + site, e);
        }
        if (exit != 0) {
            throw new SearchIndexException("Pagefind failed (exit " + exit + ") building " + output.getFileName()
                    + "/ from " + site + ":\n" + tail(printed, 40));
        }
        Matcher m = PAGES.matcher(printed);
        int pages = -1;
        while (m.find()) {
            pages = Integer.parseInt(m.group(1));
        }
        if (pages < 0) {
            throw new SearchIndexException("Pagefind " + pagefind.version() + " did not report how many pages it "
                    + "indexed; its output changed?\n" + tail(printed, 40));
        }
        return pages;
    }

    /** {bytes, files} of each shard's folder (a top-level folder of the site), in one pass over the tree. */
    private static Map<String, long[]> sizes(SiteTree tree, List<SearchShards.Shard> shards) {
        Map<String, long[]> sizes = new java.util.HashMap<>();
        for (SearchShards.Shard shard : shards) {
            sizes.put(shard.directory(), new long[2]);
        }
        for (String path : tree.pathsUnordered()) {
            int slash = path.indexOf('/');
            long[] total = slash < 0 ? null : sizes.get(path.substring(0, slash));
            if (total != null) {
                try {
                    total[0] += Files.size(tree.read(path));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                total[1]++;
            }
        }
        return sizes;
    }

    static void deleteTree(Path dir) {
        try {
            FileTrees.delete(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the old search bundle " + dir, e);
        }
    }

    private static String tail(String output, int lines) {
        String[] all = output.strip().split("\\R");
        int from = Math.max(0, all.length - lines);
        return String.join("\n", java.util.Arrays.asList(all).subList(from, all.length));
    }
}
