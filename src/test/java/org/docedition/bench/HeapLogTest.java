package org.docedition.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HeapLogTest {

    @TempDir
    Path dir;

    @Test
    void parse_pausesAndExit_peakIsTheMostBeforeAnyCollectionOrAtExit() {
        String log = """
                [0.003s][info][gc] Using G1
                [1.204s][info][gc] GC(0) Pause Young (Normal) (G1 Evacuation Pause) 102M->31M(256M) 12.345ms
                [4.551s][info][gc] GC(1) Pause Young (Concurrent Start) (G1 Humongous Allocation) 1.5G->640M(2048M) 40.1ms
                [4.900s][info][gc] GC(2) Concurrent Mark Cycle 120.2ms
                [9.100s][info][gc] GC(3) Pause Full (G1 Compaction Pause) 900M->700M(2048M) 800.0ms
                [9.873s][info][gc,heap,exit] Heap
                [9.873s][info][gc,heap,exit]  garbage-first heap   total 2097152K, used 1200000K [0x0, 0x1)
                """;
        assertEquals(Optional.of(new HeapLog(1536L << 10, 700L << 10, 2048L << 10)), HeapLog.parse(log));
    }

    @Test
    void parse_exitOnly_usedAtExitIsThePeak() {
        assertEquals(Optional.of(new HeapLog(9099, 0, 262144)), HeapLog.parse(
                "[0.873s][info][gc,heap,exit]  garbage-first heap   total 262144K, used 9099K [0x0, 0x1)\n"));
    }

    @Test
    void read_missingOrEmptyLog_isEmpty() throws Exception {
        assertEquals(Optional.empty(), HeapLog.read(dir.resolve("none.log")));
        Files.writeString(dir.resolve("empty.log"), "[0.003s][info][gc] Using G1\n");
        assertEquals(Optional.empty(), HeapLog.read(dir.resolve("empty.log")));
    }

    @Test
    void read_aRealJvmsLog_hasAPeakWithinItsHeap() throws Exception {
        Path log = dir.resolve("gc.log");
        Process p = new ProcessBuilder(EditionCommandLine.javaExecutable(), "-Xmx64m", HeapLog.option(log),
                "-version").redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        assertEquals(0, p.waitFor());
        HeapLog heap = HeapLog.read(log).orElseThrow();
        assertTrue(heap.peakUsedKb() > 0 && heap.peakUsedKb() <= heap.committedKb(), heap.toString());
        assertTrue(heap.committedKb() <= 64 << 10, heap.toString());
    }
}
