package org.docedition.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The one place that knows how the benchmark starts a build: a child JVM with a capped heap
 * running the real command line, so the figures are what a user of {@code ./edition build} gets,
 * JVM start-up included.
 */
final class EditionCommandLine {

    static final String MAIN_CLASS = "org.docedition.cli.Main";

    private EditionCommandLine() {
    }

    /**
     * {@code java -Xmx<heap> -cp <classpath> org.docedition.cli.Main build --project P --seeds S --out O --timings}.
     *
     * @param flightRecording where to write a JFR profile of this run, if wanted
     * @param heapLog         where to write the GC log {@link HeapLog} reads the heap's peak from, if wanted
     * @param search          false adds {@code --no-search}
     */
    static List<String> build(String classpath, String heap, Path project, Path seeds, Path out,
                              Optional<Path> flightRecording, Optional<Path> heapLog, boolean search) {
        List<String> cmd = new ArrayList<>();
        cmd.add(javaExecutable());
        cmd.add("-Xmx" + heap);
        flightRecording.ifPresent(f -> cmd.add("-XX:StartFlightRecording=filename=" + f + ",settings=profile"));
        heapLog.ifPresent(f -> cmd.add(HeapLog.option(f)));
        cmd.addAll(List.of("-cp", classpath, MAIN_CLASS, "build", "--project", project.toString(), "--seeds",
                seeds.toString(), "--out", out.toString(), "--timings"));
        if (!search) {
            cmd.add("--no-search");
        }
        return cmd;
    }

    /**
     * {@code java -Xmx<heap> -cp <classpath> org.docedition.cli.Main serve --project P --seeds S --out O --port 0
     * --timings}:
     * the preview server an editor runs, on a free port, rebuilding in the same JVM when a seed
     * changes; its log gets each rebuild's stage times.
     */
    static List<String> serve(String classpath, String heap, Path project, Path seeds, Path out) {
        return List.of(javaExecutable(), "-Xmx" + heap, "-cp", classpath, MAIN_CLASS, "serve", "--project",
                project.toString(), "--seeds", seeds.toString(), "--out", out.toString(), "--port", "0", "--timings");
    }

    /** The java of the JVM running the benchmark, so parent and child use the same JDK. */
    static String javaExecutable() {
        return ProcessHandle.current().info().command()
                .filter(c -> c.endsWith("java"))
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }
}
