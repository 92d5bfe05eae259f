package org.docedition.publish;


import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The files of a site folder, in a fixed order, and their SHA-256 digests. */
final class SiteFiles {

    private SiteFiles() {
    }

    /**
     * Every regular file under {@code root}, as {@code /}-separated paths relative to it, sorted.
     *
     * <p>Symbolic links are not followed: a link could point outside the site, and a manifest or
     * bag must describe only what the site itself holds.
     */
    static List<String> list(Path root) {
        List<String> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(p -> Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS))
                    .forEach(p -> files.add(relative(root, p)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + root, e);
        }
        files.sort(null);
        return files;
    }

    /** {@code file} relative to {@code root}, with {@code /} separators whatever the platform. */
    static String relative(Path root, Path file) {
        List<String> parts = new ArrayList<>();
        for (Path part : root.relativize(file)) {
            parts.add(part.toString());
        }
        return String.join("/", parts);
    }

    /** A relative path with each segment percent-encoded as a URL needs it ({@code a b.html} to {@code a%20b.html}). */
    static String encodePath(String sitePath) {
        try {
            return new URI(null, null, sitePath, null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a site path: " + sitePath, e);
        }
    }

    /** Writes {@code bytes} to {@code file}, creating its folders. */
    static void write(Path file, byte[] bytes) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
