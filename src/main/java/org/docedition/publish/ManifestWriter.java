package org.docedition.publish;

import org.docedition.files.SiteTree;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Writes {@code manifest-sha256.txt} at the site root: one line {@code <sha256>  <path>} for every
 * other file of the site, sorted by path, in the format {@code sha256sum -c} reads (and a BagIt
 * payload manifest resembles), so a mirror can check fixity with
 * {@code cd site && sha256sum -c manifest-sha256.txt}.
 *
 * <p>Run it last, after every other file has been written.
 */
public final class ManifestWriter {

    /** The manifest's file name at the site root. */
    public static final String FILE_NAME = "manifest-sha256.txt";

    /**
     * Writes the manifest of {@code siteDir}; the manifest does not list itself.
     *
     * @return the number of files listed
     * @throws java.io.UncheckedIOException if a file cannot be read or the manifest written
     */
    public int write(Path siteDir) {
        return write(SiteTree.existing(siteDir));
    }

    /**
     * Writes the manifest of every file of {@code tree} into it; the manifest does not list itself.
     * Digests the tree knows (of the files it wrote or kept) are not computed again; the others are
     * read on every core.
     *
     * @return the number of files listed
     * @throws java.io.UncheckedIOException if a file cannot be read or the manifest written
     */
    public int write(SiteTree tree) {
        java.util.List<String> files = tree.paths().stream().filter(f -> !f.equals(FILE_NAME)).toList();
        String[] digests = new String[files.size()];
        java.util.stream.IntStream.range(0, files.size()).parallel().forEach(i -> digests[i] = tree.digest(files.get(i)));
        StringBuilder manifest = new StringBuilder(files.size() * 110);
        for (int i = 0; i < digests.length; i++) {
            manifest.append(line(digests[i], files.get(i)));
        }
        tree.write(FILE_NAME, manifest.toString().getBytes(StandardCharsets.UTF_8));
        return files.size();
    }

    /**
     * The digests a site's manifest lists: site-relative path to SHA-256; empty when it has none.
     *
     * @throws java.io.UncheckedIOException if the manifest exists but cannot be read
     */
    public static java.util.Map<String, String> read(Path siteDir) {
        Path file = siteDir.resolve(FILE_NAME);
        java.util.Map<String, String> digests = new java.util.HashMap<>();
        if (!java.nio.file.Files.isRegularFile(file)) {
            return digests;
        }
        try (java.io.BufferedReader in = java.nio.file.Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                boolean escaped = line.startsWith("\\");
                String rest = escaped ? line.substring(1) : line;
                if (rest.length() > 66 && rest.charAt(64) == ' ' && rest.charAt(65) == ' ') {
                    String path = rest.substring(66);
                    digests.put(escaped ? unescape(path) : path, rest.substring(0, 64));
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot read " + file, e);
        }
        return digests;
    }

    /** A name as {@link #line} writes it: backslash, LF and CR escaped with a backslash. */
    static String escape(String path) {
        return path.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
    }

    /** The name {@link #escape} escaped. */
    static String unescape(String escaped) {
        StringBuilder out = new StringBuilder(escaped.length());
        for (int i = 0; i < escaped.length(); i++) {
            char c = escaped.charAt(i);
            if (c == '\\' && i + 1 < escaped.length()) {
                char n = escaped.charAt(++i);
                out.append(n == 'n' ? '\n' : n == 'r' ? '\r' : n);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * One line as GNU sha256sum writes it: a name holding a backslash, CR or LF is escaped and the
     * line starts with a backslash, so no file name can break the line structure.
     */
    static String line(String sha256, String path) {
        if (path.indexOf('\\') < 0 && path.indexOf('\n') < 0 && path.indexOf('\r') < 0) {
            return sha256 + "  " + path + "\n";
        }
        return "\\" + sha256 + "  " + escape(path) + "\n";
    }
}
