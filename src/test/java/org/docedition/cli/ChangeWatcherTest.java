package org.docedition.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The watcher behind {@code serve}: a change anywhere under a watched folder, in sub-folders made
 * after it started too, runs the action; an interrupt stops it. Waits poll with a generous limit
 * and assert nothing about how long anything took.
 */
class ChangeWatcherTest {

    private static final long PATIENCE_MINUTES = 2;

    @Test
    void changes_inWatchedFoldersAndNewSubfolders_runTheAction(@TempDir Path dir) throws Exception {
        Path seeds = Files.createDirectories(dir.resolve("seeds"));
        Path templates = Files.createDirectories(dir.resolve("templates/assets"));
        BlockingQueue<String> runs = new LinkedBlockingQueue<>();
        AtomicReference<Throwable> ended = new AtomicReference<>();
        Thread watcher = watch(new ChangeWatcher(seeds, dir.resolve("templates"), dir.resolve("missing")), runs, ended);
        try {
            // the watcher registers its folders after it starts: touch until it has seen a change
            awaitRun(runs, () -> Files.writeString(seeds.resolve("001.txt"), "Title: A\n"));
            runs.clear();
            awaitRun(runs, () -> Files.writeString(templates.resolve("site.css"), "body{}"));
            runs.clear();
            Path fresh = Files.createDirectories(seeds.resolve("new/deeper"));
            awaitRun(runs, () -> Files.writeString(fresh.resolve("x.md"), "---\n"));
            runs.clear();
            awaitRun(runs, () -> Files.writeString(fresh.resolve("x.md"), "---\ntitle: T\n"));
        } finally {
            stop(watcher);
        }
        assertFalse(watcher.isAlive(), "an interrupt stops the watcher");
        assertNotNull(ended.get());
        assertTrue(ended.get() instanceof InterruptedException, ended.get()::toString);
    }

    @Test
    void changes_inALinkedFolder_runTheAction(@TempDir Path dir) throws Exception {
        // templates/ linked to a theme kept elsewhere, as an editor may share one between editions
        Path theme = Files.createDirectories(dir.resolve("shared/theme/assets"));
        Path templates = Files.createSymbolicLink(dir.resolve("templates"), theme.getParent());
        BlockingQueue<String> runs = new LinkedBlockingQueue<>();
        Thread watcher = watch(new ChangeWatcher(templates), runs, new AtomicReference<>());
        try {
            awaitRun(runs, () -> Files.writeString(theme.getParent().resolve("layout.ftl"), "<html>"));
            runs.clear();
            awaitRun(runs, () -> Files.writeString(theme.resolve("site.css"), "body{}"));
        } finally {
            stop(watcher);
        }
    }

    @Test
    void aWatchedFile_counts_butNothingElseInItsFolder(@TempDir Path dir) throws Exception {
        // the project folder: jbake.properties is watched, the site and cache beside it are not
        Path seeds = Files.createDirectories(dir.resolve("seeds"));
        Path site = Files.createDirectories(dir.resolve("site"));
        Path configuration = dir.resolve("jbake.properties");
        BlockingQueue<String> runs = new LinkedBlockingQueue<>();
        Thread watcher = watch(new ChangeWatcher(seeds).alsoFile(configuration), runs, new AtomicReference<>());
        try {
            awaitRun(runs, () -> Files.writeString(configuration, "site.title=A\n"));
            runs.clear();
            // what every build does beside it: write a file, and swap a folder in by renaming
            for (int i = 0; i < 3; i++) {
                Files.writeString(dir.resolve(".edition-build-record"), "build " + i);
                Path next = Files.createDirectories(dir.resolve("site-next"));
                Files.move(site, dir.resolve("site-old"));
                Files.move(next, site);
                Files.delete(dir.resolve("site-old"));
            }
            assertNull(runs.poll(2, TimeUnit.SECONDS), "a change beside the watched file is not a change");
            awaitRun(runs, () -> Files.writeString(configuration, "site.title=B\n"));
        } finally {
            stop(watcher);
        }
    }

    @Test
    void aWatchedFile_insideAWatchedFolder_leavesEveryChangeOfThatFolderCounting(@TempDir Path dir) throws Exception {
        // seeds/ given as the project folder itself, where jbake.properties is
        BlockingQueue<String> runs = new LinkedBlockingQueue<>();
        Thread watcher = watch(new ChangeWatcher(dir).alsoFile(dir.resolve("jbake.properties")), runs,
                new AtomicReference<>());
        try {
            awaitRun(runs, () -> Files.writeString(dir.resolve("001.txt"), "Title: A\n"));
            runs.clear();
            awaitRun(runs, () -> Files.writeString(dir.resolve("jbake.properties"), "site.title=A\n"));
        } finally {
            stop(watcher);
        }
    }

    /** Runs {@code watcher} in a thread of its own, adding to {@code runs} on each change; how it ended to {@code ended}. */
    private static Thread watch(ChangeWatcher watcher, BlockingQueue<String> runs, AtomicReference<Throwable> ended) {
        Thread thread = new Thread(() -> {
            try {
                watcher.onChange(() -> runs.add("run"));
            } catch (InterruptedException | IOException e) {
                ended.set(e);
            }
        }, "change-watcher");
        thread.start();
        return thread;
    }

    private static void stop(Thread watcher) throws InterruptedException {
        watcher.interrupt();
        watcher.join(TimeUnit.MINUTES.toMillis(PATIENCE_MINUTES));
    }

    interface Change {
        void make() throws IOException;
    }

    /** Makes {@code change} until the action has run once after it, within the patience limit. */
    static void awaitRun(BlockingQueue<String> runs, Change change) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(PATIENCE_MINUTES);
        while (System.nanoTime() < deadline) {
            change.make();
            if (runs.poll(2, TimeUnit.SECONDS) != null) {
                return;
            }
        }
        throw new AssertionError("the change was not noticed within " + PATIENCE_MINUTES + " minutes");
    }
}
