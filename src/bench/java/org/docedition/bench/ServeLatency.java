package org.docedition.bench;

import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.stream.Collectors;

/**
 * Edit-to-site latencies of one {@code edition serve} session: per seed edit, the wall time from
 * just before the file write to the moment serve printed {@code Rebuilt:}. The first rebuild runs
 * in a JVM that has built once but not yet rebuilt, so it is reported apart; the figure that
 * stands for an editor's working session is the median of the others.
 *
 * @param editMillis one entry per edit, in the order made
 */
record ServeLatency(List<Long> editMillis) {

    ServeLatency {
        editMillis = List.copyOf(editMillis);
        if (editMillis.isEmpty()) {
            throw new IllegalArgumentException("no edits measured");
        }
    }

    /** The first edit's latency, in a JVM not yet warmed up by a rebuild. */
    long firstMillis() {
        return editMillis.get(0);
    }

    /** The median of every edit after the first; empty when only one edit was made. */
    OptionalLong warmMedianMillis() {
        return Benchmark.median(editMillis.subList(1, editMillis.size()));
    }

    /** E.g. {@code serve: edit to site 9.8 s (first, cold JVM), then 5.1, 4.9 s; warm median 5.0 s}. */
    String describe() {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "serve: edit to site %s s (first, cold JVM)",
                seconds(firstMillis())));
        if (editMillis.size() > 1) {
            sb.append(editMillis.subList(1, editMillis.size()).stream().map(ServeLatency::seconds)
                    .collect(Collectors.joining(", ", ", then ", " s")));
            sb.append("; warm median ").append(seconds(warmMedianMillis().getAsLong())).append(" s");
        }
        return sb.toString();
    }

    private static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.1f", millis / 1000.0);
    }
}
