package org.docedition.ingest;

import org.docedition.files.Memo;

/**
 * The seed readings one process keeps between builds ({@code edition serve}): each file's last
 * reading, remembered with the SHA-256 of the bytes it was read from. A file whose bytes did not
 * change is not decoded or read again; files not seen in a build are forgotten.
 */
public final class SeedMemo implements java.io.Serializable {

    final Memo<SeedIngester.FileRead> readings = new Memo<>();
}
