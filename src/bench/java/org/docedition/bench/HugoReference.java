package org.docedition.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.docedition.files.FileTrees;

/** Builds the Hugo version of a corpus and indexes it with the same Pagefind, for the reference figures. */
final class HugoReference {

    /**
     * One Hugo + Pagefind run.
     *
     * @param hugo     the Hugo build
     * @param pagefind Pagefind over Hugo's output as one site, as a Hugo user would run it (null when
     *                 search was not asked for)
     * @param sharded  when Pagefind failed on the whole site: Pagefind over the same pages in folders of
     *                 at most {@link #SHARD_PAGES}, as many at a time as there are processors, as the
     *                 edition's own search stage does (null otherwise)
     * @param shards   how many folders {@code sharded} indexed
     */
    record Run(MeasuredProcess.Result hugo, MeasuredProcess.Result pagefind, MeasuredProcess.Result sharded,
               int shards, long outputBytes, long indexBytes) {

        /** Whether Hugo and (when it ran) Pagefind succeeded, on the whole site or else in shards. */
        boolean ok() {
            return hugo.ok() && (pagefind == null || pagefind.ok() || (sharded != null && sharded.ok()));
        }

        /** The Pagefind run the reference's figures come from: the whole site's, or else the sharded one. */
        MeasuredProcess.Result index() {
            return pagefind != null && !pagefind.ok() && sharded != null ? sharded : pagefind;
        }
    }

    /** Pages per folder when the reference's Pagefind has to index Hugo's site in parts. */
    static final int SHARD_PAGES = 10_000;

    private final Path pagefind;
    private final long memoryLimit;

    /** @param memoryLimit address-space cap for Hugo and Pagefind in bytes, 0 for none */
    HugoReference(Path pagefind, long memoryLimit) {
        this.pagefind = pagefind;
        this.memoryLimit = memoryLimit;
    }

    /** Whether the {@code hugo} command runs at all. */
    static boolean available() {
        try {
            Process p = new ProcessBuilder("hugo", "version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Builds {@code source} into {@code destination} (the caller empties it and {@link #shardsOf} it),
     * then, when {@code search}, indexes it: as one site, and if Pagefind fails on that (at 100,000
     * documents it needs more memory than a 24 GB machine has), in folders of at most
     * {@link #SHARD_PAGES} pages.
     */
    Run run(Path source, Path destination, Path logDir, boolean search) throws IOException, InterruptedException {
        MeasuredProcess.Result hugo = MeasuredProcess.run(MeasuredProcess.limited(List.of("hugo", "--quiet", "--source",
                source.toString(), "--destination", destination.toString()), memoryLimit), source, Map.of(), logDir, 60);
        if (!hugo.ok() || !search) {
            return new Run(hugo, null, null, 0, DirectoryTree.size(destination), 0);
        }
        return index(hugo, destination, logDir, SHARD_PAGES);
    }

    /** The rest of {@link #run} once {@code hugo} built {@code destination}: the index, in parts of {@code pages} if need be. */
    Run index(MeasuredProcess.Result hugo, Path destination, Path logDir, int pages)
            throws IOException, InterruptedException {
        // the same binary and options as the edition's search stage
        MeasuredProcess.Result index = pagefind(destination, logDir);
        if (index.ok()) {
            return new Run(hugo, index, null, 0, DirectoryTree.size(destination),
                    DirectoryTree.size(destination.resolve("pagefind")));
        }
        FileTrees.delete(destination.resolve("pagefind"));
        long outputBytes = DirectoryTree.size(destination);
        List<Path> folders = shard(destination, shardsOf(destination), pages);
        MeasuredProcess.Result sharded = indexAll(folders, logDir);
        long indexBytes = 0;
        for (Path folder : folders) {
            indexBytes += DirectoryTree.size(folder.resolve("pagefind"));
        }
        return new Run(hugo, index, sharded, folders.size(), outputBytes + indexBytes, indexBytes);
    }

    /** How many shards' Pagefind runs at a time: one per processor. */
    static int parallelism() {
        return Math.max(1, Runtime.getRuntime().availableProcessors());
    }

    /** Where {@link #run} puts the folders of a sharded index of {@code destination}: beside it. */
    static Path shardsOf(Path destination) {
        return destination.resolveSibling(destination.getFileName() + "-shards");
    }

    /**
     * Hard-links the HTML pages of {@code site} (in path order, its own {@code pagefind/} left out) into
     * folders {@code shard-00}, {@code shard-01}, ... of at most {@code pages} pages under {@code root},
     * at the same relative paths.
     *
     * @return the folders, in order
     */
    static List<Path> shard(Path site, Path root, int pages) throws IOException {
        FileTrees.delete(root);
        List<Path> html = FileTrees.regularFiles(site).stream()
                .filter(f -> f.getFileName().toString().endsWith(".html") && !f.startsWith(site.resolve("pagefind")))
                .toList();
        List<Path> folders = new ArrayList<>();
        for (int i = 0; i < html.size(); i++) {
            if (i % pages == 0) {
                folders.add(root.resolve(String.format(Locale.ROOT, "shard-%02d", i / pages)));
            }
            FileTrees.linkOrCopy(folders.get(folders.size() - 1).resolve(site.relativize(html.get(i))), html.get(i));
        }
        return folders;
    }

    /**
     * Pagefind over each of {@code folders}, as many at a time as there are processors: one result
     * whose wall time is from the first start to the last exit and whose peak is the largest of any
     * one run (two runs at a time may hold twice that together); failed if any run failed.
     */
    private MeasuredProcess.Result indexAll(List<Path> folders, Path logDir) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(parallelism());
        long start = System.nanoTime();
        try {
            List<Future<MeasuredProcess.Result>> runs = new ArrayList<>();
            for (Path folder : folders) {
                runs.add(pool.submit(() -> pagefind(folder, logDir)));
            }
            MeasuredProcess.Result failed = null;
            long peak = 0;
            for (Future<MeasuredProcess.Result> run : runs) {
                MeasuredProcess.Result r = run.get();
                peak = Math.max(peak, r.peakRssKb());
                if (!r.ok() && failed == null) {
                    failed = r;
                }
            }
            long wall = (System.nanoTime() - start) / 1_000_000;
            return failed == null ? new MeasuredProcess.Result(0, wall, peak, 0, "", "")
                    : new MeasuredProcess.Result(failed.exitCode(), wall, peak, 0, failed.stdout(), failed.stderr());
        } catch (ExecutionException e) {
            return new MeasuredProcess.Result(1, (System.nanoTime() - start) / 1_000_000, 0, 0, "",
                    "Pagefind could not be run: " + e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private MeasuredProcess.Result pagefind(Path site, Path logDir) throws IOException, InterruptedException {
        return MeasuredProcess.run(MeasuredProcess.limited(List.of(pagefind.toString(), "--site", ".",
                "--output-subdir", "pagefind", "--keep-index-url"), memoryLimit), site, Map.of(), logDir, 60);
    }
}
