package org.docedition.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs a child process to completion and measures it: wall time and peak resident memory, the
 * process's own and the largest of its descendants' (Pagefind runs as a grandchild of the build).
 *
 * <p>Peak memory is the kernel's high-water mark ({@code VmHWM} in {@code /proc/<pid>/status}),
 * polled every 20 ms; a descendant that lives less than that may be missed, which is why only
 * long-running children matter here.
 */
final class MeasuredProcess {

    /**
     * What a finished process did.
     *
     * @param exitCode        its exit code, or -1 if it was killed on timeout
     * @param wallMillis      start to exit
     * @param peakRssKb       its own peak resident set, in KiB (0 when /proc is not readable)
     * @param peakChildRssKb  the largest peak resident set of any of its descendants, in KiB
     * @param stdout          what it printed on standard output
     * @param stderr          what it printed on standard error
     */
    record Result(int exitCode, long wallMillis, long peakRssKb, long peakChildRssKb, String stdout, String stderr) {

        boolean ok() {
            return exitCode == 0;
        }

        /** The first output line that names a failure ("... failed", "error"), else the last line, for a summary. */
        String failureLine() {
            List<String> lines = (stdout + "\n" + stderr).lines().filter(l -> !l.isBlank()).toList();
            return lines.stream().filter(l -> l.matches("(?i).*(failed|error|exception|out of memory).*")).findFirst()
                    .orElse(lines.isEmpty() ? "" : lines.get(lines.size() - 1)).strip();
        }

        /** The last lines of standard error, for a failure message. */
        String stderrTail() {
            String[] lines = stderr.strip().split("\n");
            return String.join("\n", List.of(lines).subList(Math.max(0, lines.length - 8), lines.length));
        }
    }

    private MeasuredProcess() {
    }

    /**
     * {@code command} under an address-space cap ({@code prlimit --as}), inherited by its children, so
     * a process that outgrows it fails alone instead of the kernel killing whatever it picks; the
     * command unchanged when {@code bytes} is 0 or prlimit is missing.
     */
    static List<String> limited(List<String> command, long bytes) {
        if (bytes <= 0 || !Files.isExecutable(Path.of(PRLIMIT))) {
            return command;
        }
        List<String> wrapped = new java.util.ArrayList<>(List.of(PRLIMIT, "--as=" + bytes, "--"));
        wrapped.addAll(command);
        return wrapped;
    }

    private static final String PRLIMIT = "/usr/bin/prlimit";

    /** Runs {@code command} in {@code directory}, killing it (and its descendants) after {@code timeoutMinutes}. */
    static Result run(List<String> command, Path directory, Map<String, String> environment, Path logDir,
                      long timeoutMinutes) throws IOException, InterruptedException {
        Files.createDirectories(logDir);
        Path out = Files.createTempFile(logDir, "stdout-", ".txt");
        Path err = Files.createTempFile(logDir, "stderr-", ".txt");
        ProcessBuilder pb = new ProcessBuilder(command).directory(directory.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.environment().putAll(environment);
        long start = System.nanoTime();
        Process p = pb.start();
        long deadline = start + TimeUnit.MINUTES.toNanos(timeoutMinutes);
        long peak = 0;
        long childPeak = 0;
        boolean killed = false;
        try {
            while (!p.waitFor(20, TimeUnit.MILLISECONDS)) {
                peak = Math.max(peak, highWaterMarkKb(p.pid()));
                for (ProcessHandle d : (Iterable<ProcessHandle>) p.descendants()::iterator) {
                    childPeak = Math.max(childPeak, highWaterMarkKb(d.pid()));
                }
                if (System.nanoTime() > deadline) {
                    destroyTree(p);
                    p.waitFor();
                    killed = true;
                    break;
                }
            }
        } catch (InterruptedException e) {
            // the benchmark was stopped (or a sibling run failed): nothing it started outlives it
            destroyTree(p);
            throw e;
        }
        long wall = (System.nanoTime() - start) / 1_000_000;
        int code = killed ? -1 : p.exitValue();
        Result r = new Result(code, wall, peak, childPeak, Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
        Files.deleteIfExists(out);
        Files.deleteIfExists(err);
        return r;
    }

    private static void destroyTree(Process p) {
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
    }

    /** VmHWM of a live process in KiB, or 0 once it has gone. */
    private static long highWaterMarkKb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.substring(6).replace("kB", "").strip());
                }
            }
        } catch (IOException | RuntimeException e) {
            // the process ended between listing and reading: its last mark was taken on an earlier poll
        }
        return 0;
    }
}
