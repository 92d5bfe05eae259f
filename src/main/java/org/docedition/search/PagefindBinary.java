package org.docedition.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * The Pagefind executable that {@code npm ci} installed under {@code node_modules}, at the version
 * pinned in {@code package-lock.json}.
 *
 * <p>We run the platform binary directly rather than {@code npx pagefind} (which may download at run
 * time) or the npm wrapper script (which needs node on the path). The extended binary is the one with
 * Chinese word segmentation; since 1.5 the npm packages ship only that one. The benchmark finds it
 * here too, so that it measures the Pagefind the build runs.
 *
 * @param executable the binary
 * @param version    its version, as recorded by npm
 * @param extended   whether it is the extended build (Chinese segmentation)
 */
public record PagefindBinary(Path executable, String version, boolean extended) {

    private static final String FIX = "Run `npm ci` in %s to install the version pinned in package-lock.json.";

    /** Finds the binary for this machine under {@code projectDir/node_modules}, or explains how to get it. */
    public static PagefindBinary locate(Path projectDir) {
        Path project = projectDir.toAbsolutePath().normalize();
        String platform = platform();
        Path packageDir = project.resolve("node_modules/@pagefind").resolve(platform);
        String exe = platform.startsWith("windows") ? ".exe" : "";
        Path extended = packageDir.resolve("bin/pagefind_extended" + exe);
        Path plain = packageDir.resolve("bin/pagefind" + exe);
        Path executable = Files.isRegularFile(extended) ? extended : plain;
        if (!Files.isRegularFile(executable)) {
            throw new SearchIndexException("Pagefind is not installed: " + extended + " is missing. "
                    + String.format(FIX, project));
        }
        if (!Files.isExecutable(executable)) {
            throw new SearchIndexException("Pagefind at " + executable + " is not executable. "
                    + String.format(FIX, project));
        }
        String installed = installedVersion(packageDir.resolve("package.json"));
        pinnedVersion(project).ifPresent(pinned -> {
            if (!pinned.equals(installed)) {
                throw new SearchIndexException("Pagefind " + installed + " is installed but package-lock.json pins "
                        + pinned + ". " + String.format(FIX, project));
            }
        });
        return new PagefindBinary(executable, installed, executable.equals(extended));
    }

    /** npm's name for this machine: {@code linux-x64}, {@code darwin-arm64}, {@code windows-x64}, ... */
    static String platform() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        String npmOs = os.startsWith("windows") ? "windows"
                : os.startsWith("mac") || os.startsWith("darwin") ? "darwin"
                : os.startsWith("freebsd") ? "freebsd"
                : "linux";
        String npmArch = arch.equals("aarch64") || arch.equals("arm64") ? "arm64" : "x64";
        return npmOs + "-" + npmArch;
    }

    private static Optional<String> pinnedVersion(Path project) {
        Path lock = project.resolve("package-lock.json");
        if (!Files.isRegularFile(lock)) {
            return Optional.empty();
        }
        try {
            JsonNode v = new ObjectMapper().readTree(lock.toFile()).path("packages").path("node_modules/pagefind")
                    .path("version");
            return v.isTextual() ? Optional.of(v.asText()) : Optional.empty();
        } catch (IOException e) {
            throw new SearchIndexException("Cannot read " + lock + ": " + e.getMessage(), e);
        }
    }

    private static String installedVersion(Path packageJson) {
        try {
            JsonNode v = new ObjectMapper().readTree(packageJson.toFile()).path("version");
            return v.isTextual() ? v.asText() : "unknown";
        } catch (IOException e) {
            return "unknown";
        }
    }
}
