package org.docedition.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where a profiled build spent its time, from a JFR recording: the hottest methods (top of the
 * sampled stacks), our own methods (nearest the top, and anywhere on the stack), and GC pauses.
 */
final class FlightRecordingSummary {

    private FlightRecordingSummary() {
    }

    /** A plain-text summary of {@code recording}, {@code top} lines per list. */
    static String summarise(Path recording, int top) throws IOException {
        Map<String, Integer> hot = new HashMap<>();
        Map<String, Integer> ours = new HashMap<>();
        Map<String, Integer> packages = new HashMap<>();
        Map<String, Integer> inclusive = new HashMap<>();
        Map<String, Integer> nativeOurs = new HashMap<>();
        Map<String, Integer> nativeTop = new HashMap<>();
        int nativeSamples = 0;
        int samples = 0;
        Duration gcPause = Duration.ZERO;
        int collections = 0;
        try (RecordingFile file = new RecordingFile(recording)) {
            while (file.hasMoreEvents()) {
                RecordedEvent e = file.readEvent();
                String type = e.getEventType().getName();
                if (type.equals("jdk.ExecutionSample") && e.getStackTrace() != null) {
                    List<RecordedFrame> frames = e.getStackTrace().getFrames();
                    if (frames.isEmpty()) {
                        continue;
                    }
                    samples++;
                    RecordedMethod m = frames.get(0).getMethod();
                    hot.merge(name(m), 1, Integer::sum);
                    packages.merge(packageOf(m), 1, Integer::sum);
                    frames.stream().map(RecordedFrame::getMethod)
                            .filter(f -> f.getType().getName().startsWith("org.docedition."))
                            .findFirst().ifPresent(f -> ours.merge(name(f), 1, Integer::sum));
                    frames.stream().map(RecordedFrame::getMethod)
                            .filter(f -> f.getType().getName().startsWith("org.docedition."))
                            .map(FlightRecordingSummary::name).filter(n -> !n.contains("$$Lambda")).distinct()
                            .forEach(n -> inclusive.merge(n, 1, Integer::sum));
                } else if (type.equals("jdk.NativeMethodSample") && e.getStackTrace() != null
                        && !e.getStackTrace().getFrames().isEmpty()) {
                    List<RecordedFrame> frames = e.getStackTrace().getFrames();
                    nativeSamples++;
                    nativeTop.merge(name(frames.get(0).getMethod()), 1, Integer::sum);
                    frames.stream().map(RecordedFrame::getMethod)
                            .filter(f -> f.getType().getName().startsWith("org.docedition."))
                            .findFirst().ifPresent(f -> nativeOurs.merge(name(f), 1, Integer::sum));
                } else if (type.equals("jdk.GarbageCollection")) {
                    gcPause = gcPause.plus(e.getDuration("sumOfPauses"));
                    collections++;
                }
            }
        }
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%d execution samples; %d garbage collections, %.2f s paused%n", samples,
                collections, gcPause.toMillis() / 1000.0));
        list("hottest methods (top frame)", hot, samples, top, sb);
        list("hottest packages (top frame)", packages, samples, top, sb);
        list("our methods nearest the top of the sampled stacks (first org.docedition frame)", ours, samples, top, sb);
        list("our methods anywhere on the sampled stacks (inclusive)", inclusive, samples, top, sb);
        sb.append(String.format(Locale.ROOT, "%d samples of threads in native code (file system calls, waiting for "
                + "child processes such as Pagefind)%n", nativeSamples));
        list("native methods", nativeTop, nativeSamples, top, sb);
        list("our methods that called them", nativeOurs, nativeSamples, top, sb);
        return sb.toString();
    }

    private static void list(String title, Map<String, Integer> counts, int samples, int top, StringBuilder sb) {
        sb.append(title).append(":\n");
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(top)
                .forEach(e -> sb.append(String.format(Locale.ROOT, "  %5.1f%%  %s%n", 100.0 * e.getValue()
                        / Math.max(1, samples), e.getKey())));
    }

    private static String name(RecordedMethod m) {
        return m.getType().getName() + "." + m.getName();
    }

    private static String packageOf(RecordedMethod m) {
        String type = m.getType().getName();
        int dot = type.lastIndexOf('.');
        return dot < 0 ? type : type.substring(0, dot);
    }
}
