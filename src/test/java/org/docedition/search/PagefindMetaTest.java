package org.docedition.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.dataformat.cbor.CBORFactory;
import com.fasterxml.jackson.dataformat.cbor.CBORGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/** {@link PagefindMeta} on metadata written here, in the shape Pagefind gives it. */
class PagefindMetaTest {

    /** A marker, then an array of [version, [[fragment, count]...], {filter: [chunk]}], gzip-compressed. */
    private static byte[] meta(boolean marker) throws IOException {
        ByteArrayOutputStream cbor = new ByteArrayOutputStream();
        if (marker) {
            cbor.write(PagefindMeta.MARKER.getBytes(StandardCharsets.US_ASCII));
        }
        try (CBORGenerator g = new CBORFactory().createGenerator(cbor)) {
            g.writeStartArray();
            g.writeString("1.4.0");
            g.writeStartArray();
            g.writeStartArray();
            g.writeString("en_6f2a1c");
            g.writeNumber(12);
            g.writeEndArray();
            g.writeEndArray();
            g.writeStartObject();
            g.writeFieldName("kind");
            g.writeStartArray();
            g.writeString("kind_0e9d");
            g.writeBinary(new byte[] {1, 2, 3});
            g.writeNumber(3.5);
            g.writeBoolean(true);
            g.writeNull();
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndArray();
        }
        return gzip(cbor.toByteArray());
    }

    private static byte[] gzip(byte[] raw) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(out)) {
            z.write(raw);
        }
        return out.toByteArray();
    }

    @Test
    void strings_metadataWithMarker_everyTextStringAndKey() throws IOException {
        assertEquals(Set.of("1.4.0", "en_6f2a1c", "kind", "kind_0e9d"), PagefindMeta.strings(meta(true), "m"));
    }

    @Test
    void strings_withoutMarker_readAlike() throws IOException {
        assertEquals(PagefindMeta.strings(meta(true), "m"), PagefindMeta.strings(meta(false), "m"));
    }

    @Test
    void strings_notGzip_saysSo() {
        SearchIndexException e = assertThrows(SearchIndexException.class,
                () -> PagefindMeta.strings("plain".getBytes(StandardCharsets.US_ASCII), "pagefind.x.pf_meta"));
        assertTrue(e.getMessage().contains("pagefind.x.pf_meta is not gzip-compressed"), e.getMessage());
    }

    @Test
    void strings_truncatedCbor_saysWhere() throws IOException {
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(meta(true)))) {
            raw.write(in.readAllBytes());
        }
        byte[] cut = Arrays.copyOf(raw.toByteArray(), raw.size() - 12);
        SearchIndexException e = assertThrows(SearchIndexException.class,
                () -> PagefindMeta.strings(gzip(cut), "pagefind.x.pf_meta"));
        assertTrue(e.getMessage().contains("is not the CBOR it should be (at byte"), e.getMessage());
    }
}
