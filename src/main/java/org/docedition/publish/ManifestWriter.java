package org.docedition.publish;

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
        StringBuilder manifest = new StringBuilder();
        int count = 0;
        for (String file : SiteFiles.list(siteDir)) {
            if (file.equals(FILE_NAME)) {
                continue;
            }
            manifest.append(line(SiteFiles.sha256(siteDir.resolve(file)), file));
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
