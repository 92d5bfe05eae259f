package org.docedition.render;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * A SHA-256 digest fed with text, encoded as UTF-8 on the way in: the bytes digested are exactly
 * those of {@code text.getBytes(UTF_8)} for all the text added, in order, but no string of the
 * whole is ever built. Small pieces are gathered in a buffer that is handed to the digest whenever
 * it fills; large ones go to the digest directly.
 */
final class KeyDigest {

    private static final int BUFFER = 8 * 1024;
    /** The most digits an {@code int} has. */
    private static final int MAX_DIGITS = 10;

    private final MessageDigest sha;
    /** Where the bytes go instead of the digest, when this only records them; otherwise null. */
    private final java.io.ByteArrayOutputStream record;
    private final byte[] buffer = new byte[BUFFER];
    private int size;

    KeyDigest() {
        this.sha = sha256();
        this.record = null;
    }

    private KeyDigest(java.io.ByteArrayOutputStream record) {
        this.sha = null;
        this.record = record;
    }

    /** A digest that keeps the bytes added instead (see {@link #recorded()}), to add them to digests later. */
    static KeyDigest recording() {
        return new KeyDigest(new java.io.ByteArrayOutputStream());
    }

    /** Every byte added to a {@link #recording()} digest; it is spent afterwards. */
    byte[] recorded() {
        flush();
        return record.toByteArray();
    }

    /** Adds {@code bytes} as they are (the canonical text of a shared part, recorded earlier). */
    KeyDigest bytes(byte[] bytes) {
        if (bytes.length > buffer.length - size) {
            flush();
            if (bytes.length > buffer.length) {
                update(bytes, bytes.length);
                return this;
            }
        }
        System.arraycopy(bytes, 0, buffer, size, bytes.length);
        size += bytes.length;
        return this;
    }

    /** Adds an ASCII character (a marker of the canonical text). */
    KeyDigest mark(char c) {
        room(1);
        buffer[size++] = (byte) c;
        return this;
    }

    /** Adds {@code n} in decimal, as {@link Integer#toString(int)} writes it. */
    KeyDigest number(int n) {
        if (n < 0) {
            return text(Integer.toString(n));
        }
        room(MAX_DIGITS);
        int end = size + digits(n);
        int at = end;
        do {
            buffer[--at] = (byte) ('0' + n % 10);
            n /= 10;
        } while (n != 0);
        size = end;
        return this;
    }

    /** Adds {@code text} as UTF-8. */
    KeyDigest text(CharSequence text) {
        return bytes(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The digest of everything added; this object is spent afterwards. */
    byte[] digest() {
        flush();
        return sha.digest();
    }

    private void room(int bytes) {
        if (size + bytes > buffer.length) {
            flush();
        }
    }

    private void flush() {
        update(buffer, size);
        size = 0;
    }

    private void update(byte[] bytes, int length) {
        if (record != null) {
            record.write(bytes, 0, length);
        } else {
            sha.update(bytes, 0, length);
        }
    }

    private static int digits(int n) {
        int digits = 1;
        for (int limit = 10; digits < MAX_DIGITS && n >= limit; limit *= 10) {
            digits++;
        }
        return digits;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
