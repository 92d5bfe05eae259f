package org.docedition.files;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * A memo of one stage's outputs, kept by a process that builds the same edition again and again
 * ({@code edition serve}) for its next build. For each output (a page, a data file) it keeps the
 * inputs it was made from and what came of them (a page's model key, the digests of files). When
 * an output's inputs equal those remembered with it, the stage takes what it remembered instead
 * of making it again.
 *
 * <p>An output's inputs are the objects it is a function of, as the code making it reads them:
 * records compared by value (an unchanged seed's documents compare in an instant when the
 * ingester hands out the same instances), names, the shared parts of every page. The code making
 * an output and its list of inputs must stay in step: a test builds after many kinds of edit with
 * and without memos and compares the sites byte for byte.
 *
 * <p>Outputs not seen in a build are forgotten at its end, so deleted documents leave nothing
 * behind. Builds of more than {@value #REMEMBERED_OUTPUTS} outputs keep nothing. What is
 * remembered is a function of the inputs alone, never of what was published: a caller that keeps
 * a published file checks its digest (see {@link SiteTree#keep(String, String)}).
 */
public final class Memo<V> implements java.io.Serializable {

    /** Above this many outputs a build keeps nothing: the inputs would hold too much of a large edition. */
    static final int REMEMBERED_OUTPUTS = 75_000;

    /** @param value a page's key, a seed's reading, or whatever else the caller made from {@code inputs} */
    private record Remembered<V>(List<Object> inputs, V value) implements java.io.Serializable {
    }

    /** Remembers nothing: every output is made (a one-shot {@code edition build}). */
    public static final Memo<String> NONE = new Memo<>(false);

    private final boolean remembering;
    private volatile Map<String, Remembered<V>> previous = Map.of();
    private volatile Map<String, Remembered<V>> current = new ConcurrentHashMap<>();

    /** An empty memo; pass the same one to every build of a process, for one stage. */
    public Memo() {
        this(true);
    }

    private Memo(boolean remembering) {
        this.remembering = remembering;
    }

    /** Whether this memo keeps anything: without, callers need not work out a page's inputs. */
    public boolean remembers() {
        return remembering;
    }

    /** Starts a build's stage: the outputs it makes or keeps become the memo of the next one. */
    public void begin() {
        if (remembering) {
            // sized for as many outputs as last time: growing a concurrent map while it fills is costly
            current = new ConcurrentHashMap<>(Math.max(16, previous.size() * 4 / 3 + 16));
        }
    }

    /** Ends the stage, forgetting the outputs it did not see. */
    public void end() {
        if (remembering) {
            previous = current.size() > REMEMBERED_OUTPUTS ? Map.of() : current;
            current = new ConcurrentHashMap<>();
        }
    }

    /**
     * The key of the output at {@code path}: the one remembered when its inputs equal the inputs
     * remembered with it, otherwise {@code key.get()}, remembered with the inputs for the next
     * build. Without a memo, simply {@code key.get()}; {@code inputs} is not called.
     */
    public V key(String path, Supplier<List<Object>> inputs, Supplier<V> key) {
        if (!remembering) {
            return key.get();
        }
        List<Object> now = inputs.get();
        V result = recall(path, now);
        if (result == null) {
            result = key.get();
            remember(path, now, result);
        }
        return result;
    }

    /**
     * What was remembered for {@code path} (a page's key, or the digests of files made with it)
     * with inputs equal to {@code inputs}; null when nothing was, or with other inputs, or
     * without a memo. What is found is remembered for the next build as it was (the inputs
     * of the build that made it stay, and those just worked out are left to the garbage
     * collector young: copying every page's new inputs into the old generation made the
     * collector's pauses long); on null the caller remembers what it makes.
     */
    public V recall(String path, List<Object> inputs) {
        Remembered<V> before = previous.get(path);
        if (before == null || !before.inputs().equals(inputs)) {
            return null;
        }
        current.put(path, before);
        return before.value();
    }

    /** Remembers {@code value} for {@code path} made from {@code inputs}, for the next build. */
    public void remember(String path, List<Object> inputs, V value) {
        if (remembering) {
            current.put(path, new Remembered<>(inputs, value));
        }
    }
}
