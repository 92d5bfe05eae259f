package org.docedition.bench;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The benchmark's figures for every size, printable as Markdown tables (for BENCHMARKS.md).
 *
 * @param machine one line about the machine: processors, memory, JVM
 * @param runs    runs per size asked for
 * @param results one entry per size, in the order run
 */
public record BenchmarkReport(String machine, int runs, List<SizeResult> results) {

    public BenchmarkReport {
        results = List.copyOf(results);
    }

    /** The summary table: one row per size; the stages are in {@link #stageTable()}. */
    public String table() {
        StringBuilder sb = new StringBuilder();
        sb.append("| documents | pages | build s | docs/s | heap peak MB | heap live MB | JVM peak RSS MB "
                + "| Pagefind peak RSS MB | output MB | index MB | no-change s | one-edit s | serve edit s | Hugo s "
                + "| Hugo+Pagefind s | ours/reference |\n");
        sb.append("|---:".repeat(16)).append("|\n");
        for (SizeResult r : results) {
            sb.append(String.format(Locale.ROOT, "| %,d | %s | %s | %,.0f | %s | %s | %,d | %,d | %.1f | %.1f "
                            + "| %s | %s | %s | %s | %s | %s |%n",
                    r.documents(), r.pages() > 0 ? String.format(Locale.ROOT, "%,d", r.pages()) : "-",
                    seconds(r.buildMillis()), r.pagesPerSecond(), megabytes(r.heapPeakKb()), megabytes(r.heapLiveKb()),
                    r.peakRssKb() / 1024, r.pagefindPeakRssKb() / 1024, r.outputBytes() / 1e6, r.indexBytes() / 1e6,
                    seconds(r.noChangeMillis()), seconds(r.oneEditMillis()), seconds(r.serveEditMillis()),
                    seconds(r.hugoMillis()), seconds(r.hugoTotalMillis()) + (r.hugoPagefindShards() > 0
                            && r.hugoTotalMillis().isPresent() ? " (" + r.hugoPagefindShards() + " shards)" : ""),
                    ratio(r.ratio())));
        }
        return sb.toString();
    }

    /**
     * Issue 23's three targets read off the figures, one line per size: ours/reference at most 1.0,
     * the one-shot build after one seed edit in at most 3 s, the heap within the {@code -Xmx} cap.
     */
    public String targets(String heapCap) {
        StringBuilder sb = new StringBuilder();
        for (SizeResult r : results) {
            sb.append(String.format(Locale.ROOT, "- %,d documents: ours/reference %s (target <= 1.0); one-shot build "
                            + "after one seed edit %s s (target <= 3 s at 10,000); heap peak %s MB, live after GC %s MB "
                            + "(-Xmx%s)%n", r.documents(), ratio(r.ratio()), seconds(r.oneEditMillis()),
                    megabytes(r.heapPeakKb()), megabytes(r.heapLiveKb()), heapCap));
        }
        return sb.toString();
    }

    /** Every stage the build reported, per size, in milliseconds. */
    public String stageTable() {
        Set<String> stages = new LinkedHashSet<>();
        results.forEach(r -> stages.addAll(r.stageMillis().keySet()));
        StringBuilder sb = new StringBuilder("| documents |");
        stages.forEach(s -> sb.append(' ').append(s).append(" ms |"));
        sb.append(" sum of stages ms | wall ms |\n|---:").append("|---:".repeat(stages.size() + 2)).append("|\n");
        for (SizeResult r : results) {
            sb.append(String.format(Locale.ROOT, "| %,d |", r.documents()));
            stages.forEach(s -> sb.append(String.format(Locale.ROOT, " %,d |", r.stageMillis().getOrDefault(s, 0L))));
            long sum = r.stageMillis().values().stream().mapToLong(Long::longValue).sum();
            sb.append(String.format(Locale.ROOT, " %,d | %,d |%n", sum, r.buildMillis()));
        }
        return sb.toString();
    }

    /** Failures, one line each, or an empty string. */
    public String failures() {
        StringBuilder sb = new StringBuilder();
        for (SizeResult r : results) {
            r.failures().forEach(f -> sb.append(String.format(Locale.ROOT, "- %,d documents: %s%n", r.documents(), f)));
        }
        return sb.toString();
    }

    private static String seconds(Long millis) {
        return millis == null ? "-" : String.format(Locale.ROOT, "%.2f", millis / 1000.0);
    }

    private static String seconds(OptionalLong millis) {
        return millis.isPresent() ? seconds(millis.getAsLong()) : "-";
    }

    private static String megabytes(long kb) {
        return kb <= 0 ? "-" : String.format(Locale.ROOT, "%,d", kb / 1024);
    }

    private static String ratio(OptionalDouble ratio) {
        return ratio.isPresent() ? String.format(Locale.ROOT, "%.2f", ratio.getAsDouble()) : "-";
    }
}
