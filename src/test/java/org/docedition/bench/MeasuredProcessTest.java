package org.docedition.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A measured child process, and what becomes of it when the benchmark stops waiting. */
class MeasuredProcessTest {

    @TempDir
    Path temp;

    @Test
    void run_measuresAProcessToItsExit() throws Exception {
        MeasuredProcess.Result r = MeasuredProcess.run(List.of("sh", "-c", "echo out; echo err >&2; exit 3"), temp,
                Map.of(), temp.resolve("logs"), 1);
        assertEquals(3, r.exitCode());
        assertFalse(r.ok());
        assertEquals("out\n", r.stdout());
        assertEquals("err\n", r.stderr());
    }

    @Test
    void run_interrupted_leavesNoProcessItStartedRunning() throws Exception {
        Path pid = temp.resolve("grandchild.pid");
        CompletableFuture<Throwable> ended = new CompletableFuture<>();
        Thread waiting = new Thread(() -> {
            try {
                MeasuredProcess.run(List.of("sh", "-c", "sleep 300 & echo $! > " + pid + "; wait"), temp, Map.of(),
                        temp.resolve("logs"), 10);
                ended.complete(null);
            } catch (Exception e) {
                ended.complete(e);
            }
        });
        waiting.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!(Files.exists(pid) && !Files.readString(pid).isBlank()) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        long sleeper = Long.parseLong(Files.readString(pid).strip());
        assertTrue(ProcessHandle.of(sleeper).map(ProcessHandle::isAlive).orElse(false));

        waiting.interrupt();

        assertTrue(ended.get(30, TimeUnit.SECONDS) instanceof InterruptedException);
        Optional<ProcessHandle> left = ProcessHandle.of(sleeper);
        if (left.isPresent()) {
            left.get().onExit().get(30, TimeUnit.SECONDS);
        }
        assertFalse(ProcessHandle.of(sleeper).map(ProcessHandle::isAlive).orElse(false),
                "the grandchild was killed with its parent");
    }
}
