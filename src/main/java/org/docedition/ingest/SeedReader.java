package org.docedition.ingest;

/** Reads one seed format into documents; each format has its own reader. */
interface SeedReader {

    /** The format's name for messages ({@code newspaper article}). */
    String format();

    /** A one-line description of how the format looks, for the "unknown seed format" hint. */
    String shape();

    /** Whether {@code seed} looks like this reader's format. */
    boolean recognises(SeedText seed);

    /** Reads {@code seed}; problems are reported in the result, never thrown. */
    SeedReading read(SeedText seed);
}
