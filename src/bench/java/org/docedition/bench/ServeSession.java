package org.docedition.bench;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * {@code edition serve} in a child JVM, edited as an editor would: it starts the server, waits for
 * {@code Serving ...}, then edits one seed {@value #EDITS} times (apply, undo, apply, undo) and times
 * each edit from just before the file write to the moment serve prints {@code Rebuilt: N pages}.
 *
 * <p>Serve's standard output is read line by line on a thread of its own (so the child never blocks
 * on a full pipe), stamped with the time it was read and copied to {@code <logPrefix>-stdout.txt};
 * standard error goes to {@code <logPrefix>-stderr.txt}. Closing the session stops the process
 * (and any Pagefind it runs): politely first, forcibly after {@link #STOP_GRACE}.
 */
final class ServeSession implements AutoCloseable {

    /** Edits per session: the seed ends as it began, and the three after the first give a median. */
    static final int EDITS = 4;
    /** Pause after {@code Serving} and between edits: an editor does not save twice within a second either. */
    private static final Duration SETTLE = Duration.ofSeconds(2);
    /** A rebuild prints its first progress line long before this; silence means the change was missed. */
    private static final Duration NO_REACTION = Duration.ofMinutes(2);
    static final Duration STOP_GRACE = Duration.ofSeconds(20);

    /** What serve prints that the session acts on. */
    enum Signal {
        SERVING, REBUILT, BUILD_FAILED, OTHER;

        static Signal of(String line) {
            String s = line.strip();
            if (s.startsWith("Serving ")) {
                return SERVING;
            }
            if (s.matches("Rebuilt: \\d+ pages?")) {
                return REBUILT;
            }
            return s.startsWith("Build failed:") ? BUILD_FAILED : OTHER;
        }
    }

    /** A line of serve's standard output and when it was read ({@link System#nanoTime()}). */
    private record Line(String text, long readNanos) {
    }

    /** Put on the queue when serve's output ends. */
    private static final Line END = new Line("", 0);

    /** A seed write, timed from just before it. */
    @FunctionalInterface
    private interface Write {
        void run() throws IOException;
    }

    private final Process process;
    private final Path stderr;
    private final Duration timeout;
    private final BlockingQueue<Line> lines = new LinkedBlockingQueue<>();
    private final Thread reader;

    private ServeSession(Process process, Path stdout, Path stderr, Duration timeout) {
        this.process = process;
        this.stderr = stderr;
        this.timeout = timeout;
        this.reader = new Thread(() -> copyLines(process.getInputStream(), stdout), "serve-stdout-" + process.pid());
        reader.setDaemon(true);
    }

    /**
     * Starts serve, makes {@value #EDITS} edits to one seed in {@code seeds} and returns their latencies;
     * the process is stopped and the seed restored however this ends.
     *
     * @param command   the serve command line ({@link EditionCommandLine#serve})
     * @param logPrefix where its output goes, e.g. {@code logs/serve-run1} for {@code logs/serve-run1-stdout.txt}
     * @param timeout   the longest wait for the server to start and for each rebuild
     * @throws IOException when serve exits, fails a rebuild or times out; the message says which, with its stderr
     */
    static ServeLatency measure(List<String> command, Path directory, Path seeds, Path logPrefix, Duration timeout)
            throws IOException, InterruptedException {
        SeedEdit edit = SeedEdit.prepare(seeds);
        try (ServeSession serve = start(command, directory, logPrefix, timeout)) {
            serve.await(Signal.SERVING, "'Serving' line", timeout);
            List<Long> millis = new ArrayList<>();
            for (int i = 0; i < EDITS; i++) {
                Thread.sleep(SETTLE.toMillis());
                millis.add(serve.timeRebuild(i % 2 == 0 ? edit::apply : edit::undo));
            }
            return new ServeLatency(millis);
        } finally {
            edit.undo();
        }
    }

    private static ServeSession start(List<String> command, Path directory, Path logPrefix, Duration timeout)
            throws IOException {
        Files.createDirectories(logPrefix.toAbsolutePath().getParent());
        Path stdout = Path.of(logPrefix + "-stdout.txt");
        Path stderr = Path.of(logPrefix + "-stderr.txt");
        Process p = new ProcessBuilder(command).directory(directory.toFile())
                .redirectError(stderr.toFile()).start();
        ServeSession session = new ServeSession(p, stdout, stderr, timeout);
        session.reader.start();
        return session;
    }

    /** Makes {@code write} and returns the milliseconds until serve printed {@code Rebuilt:}. */
    private long timeRebuild(Write write) throws IOException, InterruptedException {
        List<Line> earlier = new ArrayList<>();
        lines.drainTo(earlier);
        if (earlier.stream().anyMatch(l -> l == END)) {
            throw exited("before the edit");
        }
        long start = System.nanoTime();
        write.run();
        return (await(Signal.REBUILT, "'Rebuilt:' line after the edit", NO_REACTION).readNanos() - start)
                / 1_000_000;
    }

    /**
     * The next line that is {@code wanted}, within {@link #timeout}; {@code silence} bounds the wait for
     * serve's first line of any kind (a rebuild prints progress lines long before it ends).
     */
    private Line await(Signal wanted, String what, Duration silence) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        Duration firstWait = silence.compareTo(timeout) < 0 ? silence : timeout;
        boolean heard = false;
        while (true) {
            long wait = heard ? deadline - System.nanoTime() : firstWait.toNanos();
            Line line = lines.poll(wait, TimeUnit.NANOSECONDS);
            if (line == null) {
                throw new IOException(String.format("serve printed no %s within %d s%s; stopped it", what,
                        (heard ? timeout : firstWait).toSeconds(), heard ? "" : " (nothing at all)"));
            }
            if (line == END) {
                throw exited("before its " + what);
            }
            Signal s = Signal.of(line.text());
            if (s == wanted) {
                return line;
            }
            if (s == Signal.BUILD_FAILED) {
                throw new IOException("serve: " + line.text().strip() + stderrTail());
            }
            heard = true;
        }
    }

    private IOException exited(String when) throws InterruptedException {
        String code = process.waitFor(STOP_GRACE.toSeconds(), TimeUnit.SECONDS)
                ? Integer.toString(process.exitValue()) : "unknown";
        return new IOException("serve exited (code " + code + ") " + when + stderrTail());
    }

    private String stderrTail() {
        try {
            List<String> all = Files.readAllLines(stderr, StandardCharsets.UTF_8);
            List<String> tail = all.subList(Math.max(0, all.size() - 8), all.size());
            return tail.isEmpty() ? "" : ":\n" + String.join("\n", tail).indent(4).stripTrailing();
        } catch (IOException e) {
            return "";
        }
    }

    private void copyLines(InputStream in, Path log) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
             BufferedWriter w = Files.newBufferedWriter(log, StandardCharsets.UTF_8)) {
            String text;
            while ((text = r.readLine()) != null) {
                lines.add(new Line(text, System.nanoTime()));
                w.write(text);
                w.newLine();
                w.flush();
            }
        } catch (IOException e) {
            // the pipe closes when the process is stopped; whatever was read is in the log
        } finally {
            lines.add(END);
        }
    }

    /** Stops serve and what it started: SIGTERM, then after {@link #STOP_GRACE} SIGKILL. */
    @Override
    public void close() throws InterruptedException {
        List<ProcessHandle> children = process.descendants().toList();
        try {
            process.destroy();
            children.forEach(ProcessHandle::destroy);
            process.waitFor(STOP_GRACE.toSeconds(), TimeUnit.SECONDS);
        } finally {
            if (process.isAlive()) {
                process.destroyForcibly();
                process.waitFor(STOP_GRACE.toSeconds(), TimeUnit.SECONDS);
            }
            children.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        }
        reader.join(STOP_GRACE.toMillis());
    }
}
