package org.docedition.search;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.cbor.CBORFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * Reads the names a Pagefind bundle's metadata file ({@code pagefind.<hash>.pf_meta}) gives: the
 * content-derived names of every fragment, index chunk and filter file the bundle's search loads.
 *
 * <p>The file is gzip-compressed, starts with Pagefind's marker {@value #MARKER} and holds CBOR
 * (RFC 8949) whose layout varies between Pagefind versions. Jackson reads it without assuming
 * that layout: every text string in it is collected, map keys included. The names are among
 * them. Other strings (the version, stop words, words bounding index chunks) name no file and
 * are harmless.
 */
final class PagefindMeta {

    static final String MARKER = "pagefind_dcd";
    private static final CBORFactory CBOR = new CBORFactory();

    private PagefindMeta() {
    }

    /**
     * Every text string in the metadata file {@code gzipped}.
     *
     * @throws SearchIndexException if it is not gzip-compressed CBOR
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
        Set<String> strings = new HashSet<>();
        try (JsonParser parser = CBOR.createParser(raw, from, raw.length - from)) {
            try {
                // several values may follow one another: the parser reads on past the end of each
                for (JsonToken t = parser.nextToken(); t != null; t = parser.nextToken()) {
                    if (t == JsonToken.VALUE_STRING || t == JsonToken.FIELD_NAME) {
                        strings.add(parser.getText());
                    }
                }
            } catch (IOException e) {
                throw new SearchIndexException("Pagefind's " + name + " is not the CBOR it should be (at byte "
                        + (from + parser.currentLocation().getByteOffset()) + " of " + raw.length + "): "
                        + (e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage()), e);
            }
        } catch (IOException e) {
            throw new SearchIndexException("Pagefind's " + name + " cannot be read: " + e.getMessage(), e);
        }
        return strings;
    }
}
