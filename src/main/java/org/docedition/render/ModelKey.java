package org.docedition.render;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 */
final class ModelKey {

    private static final AtomicLong UNIQUE = new AtomicLong();

    private ModelKey() {
    }

    /** The key of {@code templateName} rendered with {@code model}. */
    static String of(String templateName, Map<String, Object> model) {
        StringBuilder s = new StringBuilder(8 * 1024);
        s.append(templateName).append('\u0000');
        if (!append(s, model, 0)) {
            return "unkeyed-" + System.nanoTime() + "-" + UNIQUE.incrementAndGet();
        }
        return HexFormat.of().formatHex(digest().digest(s.toString().getBytes(StandardCharsets.UTF_8)));
    }

    /** Appends {@code value}'s canonical text; false when it cannot be described. */
    private static boolean append(StringBuilder s, Object value, int depth) {
        if (depth > 64) {
            return false; // a cycle, or a model deeper than any template reads
        }
        if (value == null) {
            s.append('N');
        } else if (value instanceof CharSequence text) {
            s.append('S').append(text.length()).append(':').append(text);
        } else if (value instanceof Boolean || value instanceof Number || value instanceof Character
                || value instanceof Enum<?>) {
            String text = value.toString();
            s.append('V').append(value.getClass().getSimpleName()).append(text.length()).append(':').append(text);
        } else if (value instanceof Map<?, ?> map) {
            List<Map.Entry<?, ?>> entries = new ArrayList<>(map.entrySet());
            entries.sort((a, b) -> String.valueOf(a.getKey()).compareTo(String.valueOf(b.getKey())));
            s.append('{').append(entries.size()).append(':');
            for (Map.Entry<?, ?> e : entries) {
                if (!append(s, String.valueOf(e.getKey()), depth + 1) || !append(s, e.getValue(), depth + 1)) {
                    return false;
                }
            }
            s.append('}');
        } else if (value instanceof Collection<?> list) {
            s.append('[').append(list.size()).append(':');
            for (Object item : list) {
                if (!append(s, item, depth + 1)) {
                    return false;
                }
            }
            s.append(']');
        } else if (value instanceof Object[] array) {
            return append(s, java.util.Arrays.asList(array), depth);
        } else if (value instanceof Optional<?> o) {
            s.append('O');
            return append(s, o.orElse(null), depth + 1);
        } else {
            String text = value.toString();
            s.append('T').append(value.getClass().getName()).append(':').append(text.length()).append(':')
                    .append(text);
        }
        return true;
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
