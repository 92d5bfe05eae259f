package org.docedition.ingest;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The seed readings one process keeps between builds ({@code edition serve}): each file's last
 * reading with the SHA-256 of the bytes it was read from. A file whose bytes did not change is
 * not decoded or read again. Files not seen in a build are forgotten.
 */
public final class SeedMemo {

    private final Map<String, SeedIngester.Remembered> readings = new ConcurrentHashMap<>();

    /** The reading remembered for {@code name} if it was read from bytes of digest {@code sha256}; else null. */
    SeedIngester.FileRead recall(String name, String sha256) {
        SeedIngester.Remembered last = sha256 == null ? null : readings.get(name);
        return last != null && last.sha256().equals(sha256) ? last.read() : null;
    }

    void remember(String name, String sha256, SeedIngester.FileRead read) {
        readings.put(name, new SeedIngester.Remembered(sha256, read));
    }

    /** Forgets the files not among {@code seen}. */
    void keepOnly(Set<String> seen) {
        readings.keySet().retainAll(seen);
    }
}
