package org.docedition.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The heap a child JVM used, read from its unified GC log ({@code -Xlog:gc,gc+heap+exit:file=...}):
 * what decides whether a build fits under {@code -Xmx2g}, which its resident memory (code, metaspace,
 * thread stacks, a heap the JVM has not given back) does not tell.
 *
 * @param peakUsedKb  the most heap in use at any point the log shows: before each collection, and at exit
 * @param maxLiveKb   the most heap still in use right after a collection: the build's largest live set,
 *                    the part a smaller heap cannot collect away
 * @param committedKb the most heap the JVM reserved from the system
 */
record HeapLog(long peakUsedKb, long maxLiveKb, long committedKb) {

    /** The JVM option that writes the log this class reads into {@code file}. */
    static String option(Path file) {
        return "-Xlog:gc,gc+heap+exit:file=" + file;
    }

    // "GC(3) Pause Young (Normal) (G1 Evacuation Pause) 120M->30M(256M) 12.345ms"
    private static final Pattern PAUSE = Pattern.compile(
            "(\\d+(?:\\.\\d+)?)([KMG])->(\\d+(?:\\.\\d+)?)([KMG])\\((\\d+(?:\\.\\d+)?)([KMG])\\)");
    // "garbage-first heap   total 262144K, used 9099K [..."
    private static final Pattern EXIT = Pattern.compile("heap\\s+total (\\d+)K, used (\\d+)K");

    /** The figures of {@code file}, or empty when the JVM wrote none there (it did not start, or the log is gone). */
    static Optional<HeapLog> read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        return parse(Files.readString(file, StandardCharsets.UTF_8));
    }

    /** The figures of a GC log's text, or empty when it has no heap figures at all. */
    static Optional<HeapLog> parse(String log) {
        long peak = -1;
        long live = 0;
        long committed = 0;
        Matcher m = PAUSE.matcher(log);
        while (m.find()) {
            peak = Math.max(peak, kb(m.group(1), m.group(2)));
            live = Math.max(live, kb(m.group(3), m.group(4)));
            committed = Math.max(committed, kb(m.group(5), m.group(6)));
        }
        Matcher exit = EXIT.matcher(log);
        while (exit.find()) {
            committed = Math.max(committed, Long.parseLong(exit.group(1)));
            peak = Math.max(peak, Long.parseLong(exit.group(2)));
        }
        return peak < 0 ? Optional.empty() : Optional.of(new HeapLog(peak, live, committed));
    }

    /** {@code 1.5}, {@code G} in KiB; the JVM prints whole units, but a fraction costs nothing to read. */
    private static long kb(String number, String unit) {
        double n = Double.parseDouble(number);
        return Math.round(switch (unit) {
            case "G" -> n * (1 << 20);
            case "M" -> n * (1 << 10);
            default -> n;
        });
    }
}
