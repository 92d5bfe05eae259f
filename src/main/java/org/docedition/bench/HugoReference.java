package org.docedition.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Builds the Hugo version of a corpus and indexes it with the same Pagefind, for the reference figures. */
final class HugoReference {

    /**
     * One Hugo + Pagefind run.
     *
     * @param hugo     the Hugo build
     * @param pagefind Pagefind over Hugo's output
     */
    record Run(MeasuredProcess.Result hugo, MeasuredProcess.Result pagefind, long outputBytes, long indexBytes) {

        /** Whether Hugo and (when it ran) Pagefind succeeded. */
        boolean ok() {
            return hugo.ok() && (pagefind == null || pagefind.ok());
        }
    }

    private final Path pagefind;
    private final long memoryLimit;

    /** @param memoryLimit address-space cap for Hugo and Pagefind in bytes, 0 for none */
    HugoReference(Path pagefind, long memoryLimit) {
        this.pagefind = pagefind;
        this.memoryLimit = memoryLimit;
    }

    /** Whether the {@code hugo} command runs at all. */
    static boolean available() {
        try {
            Process p = new ProcessBuilder("hugo", "version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Builds {@code source} into {@code destination} (the caller empties it), then, when {@code search}, indexes it. */
    Run run(Path source, Path destination, Path logDir, boolean search) throws IOException, InterruptedException {
        MeasuredProcess.Result hugo = MeasuredProcess.run(MeasuredProcess.limited(List.of("hugo", "--quiet", "--source",
                source.toString(), "--destination", destination.toString()), memoryLimit), source, Map.of(), logDir, 60);
        if (!hugo.ok() || !search) {
            return new Run(hugo, null, DirectoryTree.size(destination), 0);
        }
        // the same binary and options as the edition's search stage
        MeasuredProcess.Result index = MeasuredProcess.run(MeasuredProcess.limited(List.of(pagefind.toString(), "--site",
                ".", "--output-subdir", "pagefind", "--keep-index-url"), memoryLimit), destination, Map.of(), logDir, 60);
        return new Run(hugo, index, DirectoryTree.size(destination), DirectoryTree.size(destination.resolve("pagefind")));
    }
}
