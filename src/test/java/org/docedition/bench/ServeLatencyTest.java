package org.docedition.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** How serve's output is read and how its edit latencies are summarised and reported. */
class ServeLatencyTest {

    @Test
    void warmMedian_leavesOutTheFirstEdit() {
        ServeLatency l = new ServeLatency(List.of(9_800L, 5_100L, 4_900L, 5_300L));
        assertEquals(9_800L, l.firstMillis());
        assertEquals(OptionalLong.of(5_100L), l.warmMedianMillis());
        assertEquals(OptionalLong.of(5_000L), new ServeLatency(List.of(9_800L, 5_100L, 4_900L)).warmMedianMillis());
        assertEquals(OptionalLong.empty(), new ServeLatency(List.of(9_800L)).warmMedianMillis());
        assertThrows(IllegalArgumentException.class, () -> new ServeLatency(List.of()));
    }

    @Test
    void describe_saysTheFirstRanInAColdJvm() {
        assertEquals("serve: edit to site 9.8 s (first, cold JVM), then 5.1, 4.9 s; warm median 5.0 s",
                new ServeLatency(List.of(9_800L, 5_100L, 4_900L)).describe());
        assertEquals("serve: edit to site 0.7 s (first, cold JVM)", new ServeLatency(List.of(701L)).describe());
    }

    @Test
    void signal_readsServesLines() {
        assertEquals(ServeSession.Signal.SERVING,
                ServeSession.Signal.of("Serving /p/site at http://127.0.0.1:40123/  (Ctrl+C to stop)"));
        assertEquals(ServeSession.Signal.REBUILT, ServeSession.Signal.of("Rebuilt: 1312 pages"));
        assertEquals(ServeSession.Signal.REBUILT, ServeSession.Signal.of("Rebuilt: 1 page\r"));
        assertEquals(ServeSession.Signal.BUILD_FAILED,
                ServeSession.Signal.of("Build failed: 2 errors; still serving the previous site"));
        for (String other : List.of("render   1000 pages (1200 ms)", "Rebuilt: some pages", "Serving", "",
                "  Rebuilt the index")) {
            assertEquals(ServeSession.Signal.OTHER, ServeSession.Signal.of(other), other);
        }
    }

    @Test
    void report_hasAServeEditColumnWithTheWarmMedian() {
        SizeResult measured = result(OptionalLong.of(5_040L));
        SizeResult skipped = result(OptionalLong.empty());
        String table = new BenchmarkReport("test machine", 1, List.of(measured, skipped)).table();
        List<String> rows = table.lines().toList();
        List<String> header = cells(rows.get(0));
        int column = header.indexOf("serve edit s");
        assertTrue(column > header.indexOf("one-edit s"), table);
        assertEquals(header.size(), cells(rows.get(1)).size(), "separator row: " + table);
        assertEquals("5.04", cells(rows.get(2)).get(column), table);
        assertEquals("-", cells(rows.get(3)).get(column), table);
        assertEquals(header.size(), cells(rows.get(3)).size(), table);
    }

    private static SizeResult result(OptionalLong serveEdit) {
        return new SizeResult(new CorpusSummary(1000, 300, 600, 100, 324, 3_400_000, 14_871), 1,
                Map.of("ingest", 1000L), 10_000, 500_000, 200_000, 0, 0, 0, 50_000_000, 5_000_000, OptionalLong.of(450),
                OptionalLong.of(7_000), serveEdit, OptionalLong.empty(), OptionalLong.empty(), 0, 0, 0, List.of());
    }

    private static List<String> cells(String row) {
        return List.of(row.substring(1, row.length() - 1).split("\\|")).stream().map(String::strip).toList();
    }
}
