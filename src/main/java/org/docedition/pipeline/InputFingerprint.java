package org.docedition.pipeline;

import org.docedition.files.FileTrees;
import org.docedition.files.Sha256;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.docedition.publish.SourceDateEpoch;

/**
 * Everything a build's output depends on, as digests: the environment (the tool itself, templates,
 * content, configuration, the pinned Pagefind, the build options) and each seed file's bytes.
 *
 * <p>When the environment is unchanged, a page whose model is unchanged renders to the same bytes,
 * so the previous one can be kept; when the seeds are unchanged too, the whole site is the same.
 *
 * @param environment digest of everything but the seeds
 * @param seeds       seed file (as the ingester names it, {@code seeds/x.txt}) to the digest of its bytes, sorted
 * @param seedBytes   the seed files' size in all
 */
record InputFingerprint(String environment, Map<String, String> seeds, long seedBytes) {

    /** The fingerprint of a build with {@code options}. */
    static InputFingerprint of(BuildOptions options) {
        StringBuilder env = new StringBuilder();
        env.append("tool ").append(toolIdentity()).append('\n');
        env.append("java ").append(System.getProperty("java.version")).append('\n');
        env.append("options search=").append(options.search()).append(" strict=").append(options.strict())
                .append(" url=").append(options.siteUrl().orElse("")).append(" site=").append(options.siteDir())
                .append(" epoch=").append(SourceDateEpoch.fromEnvironment()).append('\n');
        tree(env, "templates", options.templatesDir());
        tree(env, "content", options.contentDir());
        file(env, "jbake.properties", options.configurationFile());
        file(env, "package-lock.json", options.projectDir().resolve("package-lock.json"));
        // folders inside seeds/ are not read but warned about: a new one is a change to report
        env.append("seed folders ").append(folders(options.seedsDir())).append('\n');
        Map<String, String> seeds = seeds(options.seedsDir());
        return new InputFingerprint(Sha256.of(env.toString()), seeds, size(options.seedsDir(), seeds.keySet()));
    }

    /** One digest of everything. */
    String digest() {
        StringBuilder s = new StringBuilder(environment).append('\n');
        seeds.forEach((name, sha) -> s.append(name).append(' ').append(sha).append('\n'));
        return Sha256.of(s.toString());
    }

    /** The size of the files {@code names} ({@code seeds/x.txt}) in {@code dir}, in all. */
    private static long size(Path dir, java.util.Set<String> names) {
        long sum = 0;
        for (String name : names) {
            try {
                sum += Files.size(dir.resolve(name.substring(name.indexOf('/') + 1)));
            } catch (IOException e) {
                // a file gone since it was hashed: the ingester reports it
            }
        }
        return sum;
    }

    private static Map<String, String> seeds(Path dir) {
        Map<String, String> out = new LinkedHashMap<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        String folder = dir.getFileName() == null ? "" : dir.getFileName() + "/";
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
        String[] digests = new String[files.size()];
        java.util.stream.IntStream.range(0, files.size()).parallel()
                .forEach(i -> digests[i] = Sha256.ofFile(files.get(i)));
        for (int i = 0; i < files.size(); i++) {
            out.put(folder + files.get(i).getFileName(), digests[i]);
        }
        return out;
    }

    /** The names of the folders in {@code dir}, hidden ones apart, sorted. */
    private static List<String> folders(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try {
            return FileTrees.folderNames(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    private static void tree(StringBuilder env, String label, Path dir) {
        if (!Files.isDirectory(dir)) {
            env.append(label).append(" none\n");
            return;
        }
        List<Path> files;
        try {
            files = FileTrees.regularFiles(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
        for (Path f : files) {
            file(env, label + "/" + dir.relativize(f), f);
        }
    }

    private static void file(StringBuilder env, String label, Path f) {
        env.append(label).append(' ').append(Files.isRegularFile(f) ? Sha256.ofFile(f) : "none").append('\n');
    }

    /**
     * The running tool: the jar's size and time, or for a classes folder every class file's, so a
     * rebuilt tool never reuses pages rendered by the previous one.
     */
    static String toolIdentity() {
        try {
            CodeSource source = InputFingerprint.class.getProtectionDomain().getCodeSource();
            if (source == null) {
                return "unknown " + System.nanoTime();
            }
            Path location = Path.of(source.getLocation().toURI());
            if (Files.isRegularFile(location)) {
                return location + " " + Files.size(location) + " " + Files.getLastModifiedTime(location).toMillis();
            }
            StringBuilder s = new StringBuilder(location.toString());
            try (Stream<Path> walk = Files.walk(location)) {
                walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).sorted().forEach(p -> {
                    try {
                        s.append(' ').append(location.relativize(p)).append(':').append(Files.size(p)).append(':')
                                .append(Files.getLastModifiedTime(p).toMillis());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
            return Sha256.of(s.toString());
        } catch (IOException | URISyntaxException | RuntimeException e) {
            // unknown tool: never equal to a previous build's, so nothing is reused
            return "unknown " + System.nanoTime();
        }
    }
}
