package org.docedition.search;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * Reads the names a Pagefind bundle's metadata file ({@code pagefind.<hash>.pf_meta}) gives: the
 * content-derived names of every fragment, index chunk and filter file the bundle's search loads.
 *
 * <p>The file is gzip-compressed, starts with Pagefind's marker {@value #MARKER} and holds one
 * CBOR value (RFC 8949) whose layout varies between Pagefind versions. It is walked without
 * assuming that layout: every text string in it is collected. The names are among them; other
 * strings (the version, stop words, words bounding index chunks) name no file and are harmless.
 */
final class PagefindMeta {

    static final String MARKER = "pagefind_dcd";

    private final byte[] cbor;
    private int at;

    private PagefindMeta(byte[] cbor, int from) {
        this.cbor = cbor;
        this.at = from;
    }

    /**
     * Every text string in the metadata file {@code gzipped}.
     *
     * @throws SearchIndexException if it is not a gzip-compressed CBOR value
     */
    static Set<String> strings(byte[] gzipped, String name) {
        byte[] raw;
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
            raw = in.readAllBytes();
        } catch (IOException e) {
            throw new SearchIndexException("Pagefind's " + name + " is not gzip-compressed: " + e.getMessage(), e);
        }
        byte[] marker = MARKER.getBytes(StandardCharsets.US_ASCII);
        int from = raw.length >= marker.length && Arrays.equals(raw, 0, marker.length, marker, 0, marker.length)
                ? marker.length : 0;
        PagefindMeta reader = new PagefindMeta(raw, from);
        Set<String> strings = new HashSet<>();
        try {
            while (reader.at < raw.length) {
                reader.item(strings);
            }
        } catch (ArrayIndexOutOfBoundsException | IllegalStateException e) {
            throw new SearchIndexException("Pagefind's " + name + " is not the CBOR it should be (at byte "
                    + reader.at + " of " + raw.length + "): " + e.getMessage(), e);
        }
        return strings;
    }

    /** Reads one data item, adding the text strings in it to {@code strings}. */
    private void item(Set<String> strings) {
        int initial = cbor[at++] & 0xff;
        int major = initial >>> 5;
        int info = initial & 0x1f;
        if (major == 7) {
            // simple values and floats: skip their argument
            at += switch (info) {
                case 24 -> 1;
                case 25 -> 2;
                case 26 -> 4;
                case 27 -> 8;
                case 31 -> throw new IllegalStateException("a break outside an indefinite-length item");
                default -> 0;
            };
            return;
        }
        long length = argument(info);
        switch (major) {
            case 0, 1 -> {
                // integers: the argument is the value
            }
            case 2, 3 -> {
                String text = major == 3 ? "" : null;
                if (length < 0) {
                    StringBuilder chunks = new StringBuilder();
                    while ((cbor[at] & 0xff) != 0xff) {
                        int chunk = cbor[at++] & 0xff;
                        int n = checkedLength(argument(chunk & 0x1f));
                        chunks.append(new String(cbor, at, n, StandardCharsets.UTF_8));
                        at += n;
                    }
                    at++;
                    text = chunks.toString();
                } else {
                    int n = checkedLength(length);
                    if (major == 3) {
                        text = new String(cbor, at, n, StandardCharsets.UTF_8);
                    }
                    at += n;
                }
                if (major == 3) {
                    strings.add(text);
                }
            }
            case 4, 5 -> {
                int per = major == 5 ? 2 : 1;
                if (length < 0) {
                    while ((cbor[at] & 0xff) != 0xff) {
                        item(strings);
                    }
                    at++;
                } else {
                    for (long k = 0; k < length * per; k++) {
                        item(strings);
                    }
                }
            }
            case 6 -> item(strings);
            default -> throw new IllegalStateException("major type " + major);
        }
    }

    /** The argument of an item with additional information {@code info}; -1 for an indefinite length. */
    private long argument(int info) {
        if (info < 24) {
            return info;
        }
        int bytes = switch (info) {
            case 24 -> 1;
            case 25 -> 2;
            case 26 -> 4;
            case 27 -> 8;
            case 31 -> 0;
            default -> throw new IllegalStateException("reserved additional information " + info);
        };
        if (bytes == 0) {
            return -1;
        }
        long value = 0;
        for (int k = 0; k < bytes; k++) {
            value = value << 8 | (cbor[at++] & 0xff);
        }
        return value;
    }

    private int checkedLength(long length) {
        if (length < 0 || length > cbor.length - at) {
            throw new IllegalStateException("a string of " + length + " bytes with " + (cbor.length - at) + " left");
        }
        return (int) length;
    }
}
