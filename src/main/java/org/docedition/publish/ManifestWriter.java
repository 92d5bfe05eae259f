package org.docedition.publish;

import org.docedition.files.Sha256;

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
        return write(siteDir, file -> null);
    }

    /**
     * Writes the manifest of {@code siteDir}, taking a file's digest from {@code known} where it
     * gives one (an incremental build knows the digests of the files it kept from the previous
     * site) and reading the file otherwise; files are read on every core.
     *
     * @param known a site-relative path to its lower-case hex SHA-256, or null when not known
     * @return the number of files listed
     * @throws java.io.UncheckedIOException if a file cannot be read or the manifest written
     */
    public int write(Path siteDir, java.util.function.Function<String, String> known) {
        java.util.List<String> files = SiteFiles.list(siteDir).stream().filter(f -> !f.equals(FILE_NAME)).toList();
        String[] digests = new String[files.size()];
        java.util.stream.IntStream.range(0, files.size()).parallel().forEach(i -> {
            String digest = known.apply(files.get(i));
            digests[i] = digest != null ? digest : Sha256.ofFile(siteDir.resolve(files.get(i)));
        });
        StringBuilder manifest = new StringBuilder();
        int count = 0;
        for (int i = 0; i < digests.length; i++) {
            manifest.append(line(digests[i], files.get(i)));
            count++;
        }
        SiteFiles.write(siteDir.resolve(FILE_NAME), manifest.toString().getBytes(StandardCharsets.UTF_8));
        return count;
    }

    /**
     * One line as GNU sha256sum writes it: a name holding a backslash, CR or LF is escaped and the
     * line starts with a backslash, so no file name can break the line structure.
     */
    static String line(String sha256, String path) {
        if (path.indexOf('\\') < 0 && path.indexOf('\n') < 0 && path.indexOf('\r') < 0) {
            return sha256 + "  " + path + "\n";
        }
        String escaped = path.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
        return "\\" + sha256 + "  " + escaped + "\n";
    }
}
