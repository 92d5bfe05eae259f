package org.docedition.bench;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * The figures for one corpus size: medians over the runs.
 *
 * @param corpus             what was generated
 * @param runs               runs that completed (medians are over these)
 * @param stageMillis        the build's own time per stage, as it printed with {@code --timings}
 * @param buildMillis        wall time of the full build, JVM start to exit, search included
 * @param peakRssKb          the build JVM's peak resident memory
 * @param pagefindPeakRssKb  the largest peak resident memory of the build's child processes (Pagefind)
 * @param heapPeakKb         the build JVM's peak heap in use, from its GC log ({@link HeapLog}), 0 if unknown
 * @param heapLiveKb         the build JVM's largest heap in use right after a collection, 0 if unknown
 * @param pages              pages the build wrote, as it printed ("Built ... : N pages"), 0 if unknown
 * @param outputBytes        bytes in the output folder
 * @param indexBytes         bytes in its search bundles ({@code pagefind*})
 * @param noChangeMillis     wall time of a rebuild with nothing changed, if measured
 * @param oneEditMillis      wall time of a rebuild after one seed edit, if measured
 * @param serveEditMillis    {@code edition serve}'s edit-to-site latency once warm (median of the edits after
 *                           the first in each run, then median over runs), if measured
 * @param hugoMillis         wall time of {@code hugo} on the same documents, if measured
 * @param hugoPagefindMillis wall time of Pagefind over Hugo's output, if measured
 * @param hugoPagefindShards 0 when Pagefind indexed Hugo's output as one site; else the number of parts it
 *                           was indexed in, because it failed on the whole (out of memory at 100,000 documents)
 * @param hugoOutputBytes    bytes of Hugo's output, index included
 * @param hugoIndexBytes     bytes of the Pagefind bundle over Hugo's output
 * @param failures           what went wrong, one message per failed step
 */
public record SizeResult(CorpusSummary corpus, int runs, Map<String, Long> stageMillis, long buildMillis,
                         long peakRssKb, long pagefindPeakRssKb, long heapPeakKb, long heapLiveKb, long pages,
                         long outputBytes, long indexBytes,
                         OptionalLong noChangeMillis, OptionalLong oneEditMillis, OptionalLong serveEditMillis,
                         OptionalLong hugoMillis, OptionalLong hugoPagefindMillis, int hugoPagefindShards,
                         long hugoOutputBytes, long hugoIndexBytes, List<String> failures) {

    public SizeResult {
        stageMillis = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(stageMillis));
        failures = List.copyOf(failures);
    }

    public int documents() {
        return corpus.documents();
    }

    /** Documents per second of the full build, search included. */
    public double pagesPerSecond() {
        return buildMillis <= 0 ? 0 : corpus.documents() * 1000.0 / buildMillis;
    }

    /** Hugo plus Pagefind, wall time. */
    public OptionalLong hugoTotalMillis() {
        return hugoMillis.isPresent() && hugoPagefindMillis.isPresent()
                ? OptionalLong.of(hugoMillis.getAsLong() + hugoPagefindMillis.getAsLong()) : OptionalLong.empty();
    }

    /** Our full build's wall time divided by Hugo + Pagefind's: below 1 is faster than the reference. */
    public OptionalDouble ratio() {
        OptionalLong hugo = hugoTotalMillis();
        return hugo.isPresent() && hugo.getAsLong() > 0 && buildMillis > 0
                ? OptionalDouble.of((double) buildMillis / hugo.getAsLong()) : OptionalDouble.empty();
    }
}
