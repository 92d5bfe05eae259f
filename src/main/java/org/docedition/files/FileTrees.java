package org.docedition.files;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.stream.Stream;

/** Folder trees on disk. */
public final class FileTrees {

    private FileTrees() {
    }

    /**
     * The regular files under the folder {@code root}, sorted, as paths under {@code root}. When
     * {@code root} itself is a symbolic link (an editor's {@code templates/} linked to a shared theme,
     * {@code content/} or {@code seeds/} kept elsewhere) the folder it names is walked; links inside
     * it are treated as {@link Files#walk} treats them (a linked file is listed, a linked folder is not
     * entered). Without this a walk of a linked folder sees only the link, so its files would silently
     * be missing.
     *
     * @throws IOException if {@code root} cannot be resolved or walked
     */
    public static List<Path> regularFiles(Path root) throws IOException {
        Path real = root.toRealPath();
        try (Stream<Path> files = Files.walk(real)) {
            return files.filter(Files::isRegularFile).map(f -> root.resolve(real.relativize(f).toString()))
                    .sorted().toList();
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * The names of the folders directly in {@code dir}, hidden ones (a leading dot) apart, sorted.
     *
     * @throws IOException if {@code dir} cannot be listed
     */
    public static List<String> folderNames(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.filter(Files::isDirectory).map(p -> p.getFileName().toString())
                    .filter(n -> !n.startsWith(".")).sorted().toList();
        }
    }

    /**
     * Makes {@code link} (and the folders above it) a hard link to the file {@code existing}, or a
     * copy of it where the file system cannot link (another device, no hard links).
     */
    public static void linkOrCopy(Path link, Path existing) throws IOException {
        Files.createDirectories(link.getParent());
        try {
            Files.createLink(link, existing);
        } catch (UnsupportedOperationException | IOException e) {
            Files.copy(existing, link);
        }
    }

    /**
     * Deletes {@code root} and everything under it. A symbolic link is removed, never followed, so
     * nothing outside {@code root} is touched; files that vanish meanwhile are not an error.
     */
    public static void delete(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.deleteIfExists(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException exc) throws IOException {
                if (exc instanceof NoSuchFileException) {
                    return FileVisitResult.CONTINUE;
                }
                throw exc;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                if (exc != null) {
                    throw exc;
                }
                Files.deleteIfExists(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
