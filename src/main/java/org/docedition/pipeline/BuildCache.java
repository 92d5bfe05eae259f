package org.docedition.pipeline;

import org.docedition.files.Sha256;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.docedition.model.Kind;
import org.docedition.model.Problem;
import org.docedition.model.Severity;

/**
 * What the last successful build of a site recorded, in the project's {@code .edition-cache/}: its input fingerprint, the digest of the manifest it published, its report, the key
 * of every page and search bundle, the seeds' digests, and which pages (by digest) the search
 * stage found to have Pagefind's body attribute.
 *
 * <p>The record is trusted only for the site it describes: {@link #describes} compares the
 * published site's {@code manifest-sha256.txt} with the digest recorded after the swap. A build
 * interrupted between swap and record, or a site changed by hand, therefore gets a full build. A
 * damaged or unreadable record counts as none.
 */
final class BuildCache {

    private static final String STATE = "state.tsv";
    private static final String MANIFEST = "manifest-sha256.txt";

    private final Path dir;
    private final Path site;

    String inputs = "";
    String environment = "";
    String manifest = "";
    int pagesWritten;
    Map<Kind, Integer> documentsPerKind = new EnumMap<>(Kind.class);
    List<Problem> problems = new ArrayList<>();
    Map<String, String> pages = new HashMap<>();
    Map<String, String> bundles = new HashMap<>();
    Map<String, String> seeds = new HashMap<>();
    /** Page digest: whether a page with those bytes has Pagefind's body attribute (see {@code SearchShards}). */
    Map<String, Boolean> bodies = new HashMap<>();

    private BuildCache(Path dir, Path site) {
        this.dir = dir;
        this.site = site;
    }

    /**
     * The record for {@code siteDir} in {@code projectDir/.edition-cache/} (one folder per site
     * folder, named for it and a digest of its absolute path), empty when there is none or it
     * cannot be read. The record stays out of the site's own parent folder, which may be served.
     */
    static BuildCache load(Path projectDir, Path siteDir) {
        Path site = siteDir.toAbsolutePath().normalize();
        String name = (site.getFileName() == null ? "site" : site.getFileName().toString()) + "-"
                + Sha256.of(site.toString()).substring(0, 12);
        BuildCache c = new BuildCache(projectDir.toAbsolutePath().normalize().resolve(".edition-cache").resolve(name),
                site);
        Path state = c.dir.resolve(STATE);
        if (!Files.isRegularFile(state)) {
            return c;
        }
        try (BufferedReader in = Files.newBufferedReader(state, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] f = line.split("\t", -1);
                switch (f[0]) {
                    case "inputs" -> c.inputs = f[1];
                    case "environment" -> c.environment = f[1];
                    case "manifest" -> c.manifest = f[1];
                    case "pagesWritten" -> c.pagesWritten = Integer.parseInt(f[1]);
                    case "kind" -> c.documentsPerKind.put(Kind.valueOf(f[1]), Integer.parseInt(f[2]));
                    case "problem" -> c.problems.add(new Problem(Severity.valueOf(f[1]), unescape(f[2]),
                            Integer.parseInt(f[3]), unescape(f[4])));
                    case "page" -> c.pages.put(unescape(f[1]), f[2]);
                    case "bundle" -> c.bundles.put(unescape(f[1]), f[2] + "\t" + f[3]);
                    case "seed" -> c.seeds.put(unescape(f[1]), f[2]);
                    case "body" -> c.bodies.put(f[1], f[2].equals("1"));
                    default -> throw new IllegalArgumentException("unknown record " + f[0]);
                }
            }
            return c;
        } catch (IOException | RuntimeException e) {
            return new BuildCache(c.dir, site); // damaged: as if there were none
        }
    }

    /** The folder of this record in {@code .edition-cache/}, which also holds the memos (see {@link MemoStore}). */
    Path directory() {
        return dir;
    }

    /** Whether this record describes the site now published (same manifest as recorded). */
    boolean describes() {
        Path m = site.resolve(MANIFEST);
        return !manifest.isEmpty() && Files.isRegularFile(m) && manifest.equals(Sha256.ofFile(m));
    }

    /** Removes the record; done before a site is replaced, so a crash never leaves one describing another site. */
    void forget() {
        try {
            Files.deleteIfExists(dir.resolve(STATE));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + dir.resolve(STATE), e);
        }
    }

    /** Records the build just published. */
    void save(InputFingerprint fingerprint, BuildReport report, Map<String, String> pageKeys,
              Map<String, String> bundleKeys, Map<String, Boolean> bodies) {
        StringBuilder s = new StringBuilder();
        s.append("inputs\t").append(fingerprint.digest()).append('\n');
        s.append("environment\t").append(fingerprint.environment()).append('\n');
        s.append("manifest\t").append(Sha256.ofFile(site.resolve(MANIFEST))).append('\n');
        s.append("pagesWritten\t").append(report.pagesWritten()).append('\n');
        report.documentsPerKind().forEach((k, n) -> s.append("kind\t").append(k.name()).append('\t').append(n)
                .append('\n'));
        for (Problem p : report.problems()) {
            s.append("problem\t").append(p.severity().name()).append('\t').append(escape(p.file())).append('\t')
                    .append(p.line()).append('\t').append(escape(p.message())).append('\n');
        }
        new TreeMap<>(pageKeys).forEach((path, key) -> s.append("page\t").append(escape(path)).append('\t')
                .append(key).append('\n'));
        new TreeMap<>(bundleKeys).forEach((d, key) -> s.append("bundle\t").append(escape(d)).append('\t')
                .append(key).append('\n'));
        new TreeMap<>(bodies).forEach((digest, body) -> s.append("body\t").append(digest).append('\t')
                .append(body ? '1' : '0').append('\n'));
        fingerprint.seeds().forEach((name, sha) -> s.append("seed\t").append(escape(name)).append('\t').append(sha)
                .append('\n'));
        try {
            Files.createDirectories(dir);
            Path tmp = dir.resolve(STATE + ".tmp");
            Files.writeString(tmp, s.toString(), StandardCharsets.UTF_8);
            Files.move(tmp, dir.resolve(STATE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the build record in " + dir, e);
        }
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    private static String unescape(String s) {
        if (s.indexOf('\\') < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                out.append(n == 't' ? '\t' : n == 'n' ? '\n' : n == 'r' ? '\r' : n);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
