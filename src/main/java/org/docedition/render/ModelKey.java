package org.docedition.render;

import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A digest of what a page is rendered from: its template's name and its whole model, walked in a
 * canonical order (map keys sorted), so equal models give equal keys from one run to the next.
 *
 * <p>Models are maps, lists, strings, numbers, booleans and nulls. Anything else is keyed by its
 * class and {@code toString()}: right for records of such values; for an object without a
 * value-based {@code toString()} the text holds an identity hash, which differs between runs, so
 * its page is simply rendered again: a missed reuse, never a stale page. Objects this walk cannot
 * describe at all get a key unique to this run for the same reason.
 *
 * <p>The canonical text (a length before every string, so values that print alike differ) goes
 * straight into the digest as it is walked (see {@link KeyDigest}); it is never built as a string.
 */
final class ModelKey {

    private static final AtomicLong UNIQUE = new AtomicLong();
    /** Map entries in the canonical order: by their keys' text; entries whose keys print alike keep their order. */
    private static final Comparator<Map.Entry<?, ?>> BY_KEY_TEXT =
            (a, b) -> String.valueOf(a.getKey()).compareTo(String.valueOf(b.getKey()));

    private static final ModelKey PLAIN = new ModelKey(null, null);

    /** A part of many models (the {@code site} of every page), or null. */
    private final Object shared;
    /** {@code shared}'s canonical text, worked out once; null when it has none. */
    private final byte[] sharedText;

    private ModelKey(Object shared, byte[] sharedText) {
        this.shared = shared;
        this.sharedText = sharedText;
    }

    /** The key of {@code templateName} rendered with {@code model}. */
    static String of(String templateName, Map<String, Object> model) {
        return PLAIN.key(templateName, model);
    }

    /**
     * Keys whose models hold {@code part} (the very object, such as the {@code site} model every
     * page shares): its canonical text is worked out here, once, rather than walked again in
     * every page's model. The keys are the same as {@link #of}'s.
     */
    static ModelKey sharing(Object part) {
        KeyDigest text = KeyDigest.recording();
        return new ModelKey(part, PLAIN.append(text, part, 0) ? text.recorded() : null);
    }

    /** The key of {@code templateName} rendered with {@code model}. */
    String key(String templateName, Map<String, Object> model) {
        KeyDigest digest = new KeyDigest();
        digest.text(templateName).mark('\u0000');
        if (!append(digest, model, 0)) {
            return "unkeyed-" + System.nanoTime() + "-" + UNIQUE.incrementAndGet();
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Adds {@code value}'s canonical text; false when it cannot be described. */
    private boolean append(KeyDigest s, Object value, int depth) {
        if (depth > 64) {
            return false; // a cycle, or a model deeper than any template reads
        }
        if (value == shared && sharedText != null && value != null) {
            // the shared part's own text is that of a walk from depth 0; deeper than 64 it would fail
            // here, but no model puts it that deep
            s.bytes(sharedText);
        } else if (value == null) {
            s.mark('N');
        } else if (value instanceof CharSequence text) {
            s.mark('S').number(text.length()).mark(':').text(text);
        } else if (value instanceof Boolean || value instanceof Number || value instanceof Character
                || value instanceof Enum<?>) {
            String text = value.toString();
            s.mark('V').text(value.getClass().getSimpleName()).number(text.length()).mark(':').text(text);
        } else if (value instanceof Map<?, ?> map) {
            Map.Entry<?, ?>[] entries = map.entrySet().toArray(new Map.Entry<?, ?>[0]);
            if (entries.length > 1 && !(map instanceof SortedMap<?, ?> sorted && sorted.comparator() == null
                    && sorted.firstKey() instanceof String)) {
                // a sorted map of strings in their natural order is in the canonical order already
                Arrays.sort(entries, BY_KEY_TEXT);
            }
            s.mark('{').number(entries.length).mark(':');
            for (Map.Entry<?, ?> e : entries) {
                String key = String.valueOf(e.getKey());
                s.mark('S').number(key.length()).mark(':').text(key);
                if (!append(s, e.getValue(), depth + 1)) {
                    return false;
                }
            }
            s.mark('}');
        } else if (value instanceof Collection<?> list) {
            s.mark('[').number(list.size()).mark(':');
            for (Object item : list) {
                if (!append(s, item, depth + 1)) {
                    return false;
                }
            }
            s.mark(']');
        } else if (value instanceof Object[] array) {
            return append(s, Arrays.asList(array), depth);
        } else if (value instanceof Optional<?> o) {
            s.mark('O');
            return append(s, o.orElse(null), depth + 1);
        } else {
            String text = value.toString();
            s.mark('T').text(value.getClass().getName()).mark(':').number(text.length()).mark(':').text(text);
        }
        return true;
    }
}
