package org.docedition.pipeline;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/** Wall-clock time per pipeline stage, in the order the stages ran. */
public final class StageTimes {

    private final Map<String, Long> millis = new LinkedHashMap<>();

    /** Runs {@code stage} and records how long it took under {@code name}. */
    <T> T time(String name, Supplier<T> stage) {
        long start = System.nanoTime();
        try {
            return stage.get();
        } finally {
            millis.merge(name, (System.nanoTime() - start) / 1_000_000, Long::sum);
        }
    }

    void time(String name, Runnable stage) {
        time(name, () -> {
            stage.run();
            return null;
        });
    }

    /** Stage name to milliseconds, in run order. */
    public Map<String, Long> millis() {
        return new LinkedHashMap<>(millis);
    }

    public long totalMillis() {
        return millis.values().stream().mapToLong(Long::longValue).sum();
    }
}
