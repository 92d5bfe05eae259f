package org.docedition.render;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * What a process that renders the same edition again and again ({@code edition serve}) keeps from
 * one render for the next: each page's model key, with the inputs its model was made from. A page
 * whose inputs equal those of the last render has the same model, so its key is taken as it was;
 * only pages an edit touches are modelled and keyed again (keying all 15,000 pages of a
 * 10,000-document edition took about 0.8 s of each rebuild).
 *
 * <p>A page's inputs are the objects its model is a function of, as that model's code reads them:
 * the documents it shows (records, compared by value, so an unchanged seed's documents compare in
 * an instant when the ingester hands out the same instances), the apparatus records it draws on,
 * its template's name and the shared {@code site} model. The page models' code and this class's
 * callers must stay in step: a test renders after edits with and without a memory and compares
 * the sites byte for byte.
 *
 * <p>Pages not seen in a render are forgotten at its end, so deleted documents leave nothing
 * behind. Editions of more than {@value #REMEMBERED_PAGES} pages are not remembered.
 */
public final class RenderMemory {

    /** Above this many pages a render keeps nothing: the inputs would hold too much of a large edition. */
    static final int REMEMBERED_PAGES = 75_000;

    /** @param key a page's key, or whatever else the caller remembers of what it made from {@code inputs} */
    private record Remembered(List<Object> inputs, String key) {
    }

    /** Remembers nothing: every page is modelled and keyed (a one-shot {@code edition build}). */
    static final RenderMemory NONE = new RenderMemory(false);

    private final boolean remembering;
    private volatile Map<String, Remembered> previous = Map.of();
    private volatile Map<String, Remembered> current = new ConcurrentHashMap<>();

    /** An empty memory; pass the same one to every render of a process. */
    public RenderMemory() {
        this(true);
    }

    private RenderMemory(boolean remembering) {
        this.remembering = remembering;
    }

    /** Whether this memory keeps anything: without, callers need not work out a page's inputs. */
    boolean remembers() {
        return remembering;
    }

    /** Starts a render: the pages it keys become the memory of the next one. */
    void begin() {
        if (remembering) {
            current = new ConcurrentHashMap<>();
        }
    }

    /** Ends a render of {@code pages} pages, forgetting the pages it did not key. */
    void end(int pages) {
        if (remembering) {
            previous = pages > REMEMBERED_PAGES ? Map.of() : current;
            current = new ConcurrentHashMap<>();
        }
    }

    /**
     * The key of the page at {@code path}: the one remembered when its inputs equal the inputs
     * remembered with it, otherwise {@code key.get()}, remembered with the inputs for the next
     * render. Without a memory, simply {@code key.get()}; {@code inputs} is not called.
     */
    String key(String path, Supplier<List<Object>> inputs, Supplier<String> key) {
        if (!remembering) {
            return key.get();
        }
        List<Object> now = inputs.get();
        String result = recall(path, now);
        if (result == null) {
            result = key.get();
        }
        remember(path, now, result);
        return result;
    }

    /**
     * What was remembered for {@code path} (a page's key, or the digests of files made with it)
     * with inputs equal to {@code inputs}; null when nothing was, or with other inputs, or
     * without a memory. The caller remembers what it uses or makes now.
     */
    String recall(String path, List<Object> inputs) {
        Remembered before = previous.get(path);
        return before != null && before.inputs().equals(inputs) ? before.key() : null;
    }

    /** Remembers {@code value} for {@code path} made from {@code inputs}, for the next render. */
    void remember(String path, List<Object> inputs, String value) {
        if (remembering) {
            current.put(path, new Remembered(inputs, value));
        }
    }

    /** {@code make}, called at most once: a page's model, made only when its key or its page needs it. */
    static <T> Supplier<T> once(Supplier<T> make) {
        return new Supplier<>() {
            private T value;

            @Override
            public T get() {
                if (value == null) {
                    value = make.get();
                }
                return value;
            }
        };
    }
}
