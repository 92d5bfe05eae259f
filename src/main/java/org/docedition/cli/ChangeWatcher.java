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
    /** Single files watched as well, each through its folder (not recursively): their absolute paths. */
    private final java.util.Set<Path> files;

    /** Watches the folders {@code roots} and everything under them. */
    ChangeWatcher(Path... roots) {
        this(roots, java.util.Set.of());
    }

    private ChangeWatcher(Path[] roots, java.util.Set<Path> files) {
        this.roots = roots;
        this.files = files;
    }

    /**
     * This watcher, also watching {@code file} (the configuration, in the project folder beside the
     * output folder, so that folder cannot be watched as a whole): in its folder only a change of
     * that name counts.
     */
    ChangeWatcher alsoFile(Path file) {
        java.util.Set<Path> more = new java.util.HashSet<>(files);
        more.add(file.toAbsolutePath().normalize());
        return new ChangeWatcher(roots, java.util.Set.copyOf(more));
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
            java.util.Map<WatchKey, Path> fileFolders = new java.util.HashMap<>();
            for (Path file : files) {
                Path folder = file.getParent();
                // a file inside a watched folder is watched with it (and that folder must not be filtered)
                if (Files.isDirectory(folder) && !insideRoots(folder.toRealPath())) {
                    fileFolders.put(folder.register(watch, StandardWatchEventKinds.ENTRY_CREATE,
                            StandardWatchEventKinds.ENTRY_DELETE, StandardWatchEventKinds.ENTRY_MODIFY), folder);
                }
            }
            watching.run();
            while (true) {
                if (!counts(watch.take(), fileFolders)) {
                    continue;
                }
                // editors save in several steps; wait until the folder is quiet
                WatchKey more;
                while ((more = watch.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                    counts(more, fileFolders);
                }
                for (Path root : roots) {
                    register(watch, root);
                }
                action.run();
            }
        }
    }

    /**
     * Takes {@code key}'s events and readies it for more; whether they count: any event in a watched
     * folder, but in the folder of a watched file only an event naming that file (the folder also
     * holds the site, which every build rewrites).
     */
    private boolean counts(WatchKey key, java.util.Map<WatchKey, Path> fileFolders) {
        Path folder = fileFolders.get(key);
        boolean counts = folder == null;
        for (java.nio.file.WatchEvent<?> event : key.pollEvents()) {
            if (!counts && event.context() instanceof Path name && files.contains(folder.resolve(name))) {
                counts = true;
            }
        }
        key.reset();
        return counts;
    }

    private boolean insideRoots(Path folder) throws IOException {
        for (Path root : roots) {
            if (Files.isDirectory(root) && folder.startsWith(root.toRealPath())) {
                return true;
            }
        }
        return false;
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
