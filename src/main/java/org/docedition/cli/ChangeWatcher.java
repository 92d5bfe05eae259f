package org.docedition.cli;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.TimeUnit;

/** Watches folders (recursively) and runs an action once per burst of changes. */
final class ChangeWatcher {

    /**
     * How long the folders must be quiet before a rebuild: an editor's save (a write, or a write to
     * a temporary file and a rename) ends within milliseconds, and a change that comes later (a
     * checkout of many files) simply starts another rebuild.
     */
    private static final long QUIET_MILLIS = 100;
    private final Path[] roots;

    ChangeWatcher(Path... roots) {
        this.roots = roots;
    }

    /** Blocks, running {@code action} after each burst of changes, until interrupted. */
    void onChange(Runnable action) throws IOException, InterruptedException {
        onChange(() -> { }, action);
    }

    /**
     * Blocks, running {@code action} after each burst of changes, until interrupted; {@code watching}
     * runs once every folder is watched, so no change made after it can be missed.
     */
    void onChange(Runnable watching, Runnable action) throws IOException, InterruptedException {
        try (WatchService watch = FileSystems.getDefault().newWatchService()) {
            for (Path root : roots) {
                register(watch, root);
            }
            watching.run();
            while (true) {
                WatchKey key = watch.take();
                key.pollEvents();
                key.reset();
                // editors save in several steps; wait until the folder is quiet
                WatchKey more;
                while ((more = watch.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                    more.pollEvents();
                    more.reset();
                }
                for (Path root : roots) {
                    register(watch, root);
                }
                action.run();
            }
        }
    }

    private static void register(WatchService watch, Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return;
        }
        // a linked folder (templates/ linked to a shared theme) is watched where it is: a walk of the
        // link itself would see no folder at all
        Files.walkFileTree(root.toRealPath(), new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                dir.register(watch, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE,
                        StandardWatchEventKinds.ENTRY_MODIFY);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
