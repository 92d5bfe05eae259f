package org.docedition.build;

import org.docedition.apparatus.ApparatusMemory;
import org.docedition.ingest.SeedIngester;

/**
 * What a process that builds the same edition again and again ({@code edition serve}) keeps from
 * one build for the next, so that an edit costs what it changes: each seed's reading (by its
 * SHA-256) and each document's words for the related documents. A build with it makes the same
 * site as a build without.
 *
 * @param ingester  reads the seeds, remembering each file's reading
 * @param apparatus keeps what the apparatus can use again
 */
public record BuildMemory(SeedIngester ingester, ApparatusMemory apparatus) {

    /** Nothing kept: every build reads everything (a one-shot {@code edition build}). */
    public static BuildMemory none() {
        return new BuildMemory(new SeedIngester(), null);
    }

    /** A memory for a process that builds again and again. */
    public static BuildMemory remembering() {
        return new BuildMemory(SeedIngester.remembering(), new ApparatusMemory());
    }
}
