package org.docedition.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.docedition.files.FileTrees;

/**
 * Where Pagefind writes a shard's bundle before the build takes its files in: a folder on the
 * machine's memory file system ({@code /dev/shm}) when it has room, otherwise one beside the site.
 *
 * <p>Why: Pagefind writes one file per page (and more), from many threads into one folder. On a
 * disk file system that costs more system time than indexing itself (BENCHMARKS.md, "Measurements
 * behind the code"). The threads queue on the folder's lock, and the file system looks past every
 * recently deleted inode before it hands out a new one. The build then
 * takes the files in through its {@code SiteTree}, one thread, and writes only those whose bytes
 * changed, so an edit rewrites a handful of a shard's files instead of all of them.
 *
 * <p>Each folder's name carries the process id; folders left by a process that no longer runs (one
 * killed mid-build) are removed the next time one is made.
 */
final class ScratchFolder implements AutoCloseable {

    private static final String PREFIX = "docedition-search-";
    /** The memory file system Linux mounts for every process; absent elsewhere. */
    private static final Path MEMORY = Path.of(System.getProperty("docedition.search.scratch", "/dev/shm"));
    /** Room a shard's bundle may need, per page indexed (measured: 2.9 KB on average, 5 KB at most). */
    private static final long BYTES_PER_PAGE = 16 * 1024;

    private final Path folder;

    private ScratchFolder(Path folder) {
        this.folder = folder;
    }

    /** The folder itself, empty, for Pagefind's {@code --output-path}. */
    Path path() {
        return folder;
    }

    /**
     * A new empty folder for a bundle of {@code pages} pages: on the memory file system when it has
     * room for it and for {@code alongside} more like it, otherwise beside {@code site}.
     */
    static ScratchFolder forBundle(Path site, int pages, int alongside) {
        return in(MEMORY, site, BYTES_PER_PAGE * Math.max(1, pages) * Math.max(1, alongside) + 64L * 1024 * 1024);
    }

    /** A new empty folder in {@code memory} if it has {@code needed} bytes free, otherwise beside {@code site}. */
    static ScratchFolder in(Path memory, Path site, long needed) {
        Path root = memoryWithRoom(memory, needed).orElse(site.toAbsolutePath().getParent());
        try {
            removeAbandoned(root);
            return new ScratchFolder(Files.createTempDirectory(root, PREFIX + ProcessHandle.current().pid() + "-"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make a folder for Pagefind's output in " + root, e);
        }
    }

    private static Optional<Path> memoryWithRoom(Path memory, long needed) {
        try {
            if (Files.isDirectory(memory) && Files.isWritable(memory)
                    && Files.getFileStore(memory).getUsableSpace() >= needed) {
                return Optional.of(memory);
            }
        } catch (IOException | SecurityException e) {
            // no usable memory file system: the disk will do
        }
        return Optional.empty();
    }

    /** Removes scratch folders whose process has ended; another build's live folder is left alone. */
    private static void removeAbandoned(Path root) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(root, PREFIX + "*")) {
            for (Path entry : entries) {
                String rest = entry.getFileName().toString().substring(PREFIX.length());
                int dash = rest.indexOf('-');
                try {
                    long pid = Long.parseLong(dash < 0 ? rest : rest.substring(0, dash));
                    if (ProcessHandle.of(pid).isEmpty()) {
                        FileTrees.delete(entry);
                    }
                } catch (NumberFormatException e) {
                    // not one of ours
                }
            }
        }
    }

    @Override
    public void close() {
        try {
            FileTrees.delete(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove Pagefind's scratch folder " + folder, e);
        }
    }
}
