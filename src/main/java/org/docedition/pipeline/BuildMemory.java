package org.docedition.pipeline;

import org.docedition.apparatus.ApparatusMemory;
import org.docedition.files.OutputMemory;
import org.docedition.ingest.SeedIngester;

/**
 * What a process that builds the same edition again and again ({@code edition serve}) keeps from
 * one build for the next, so that an edit costs what it changes: each seed's reading (by its
 * SHA-256), each document's words for the related documents, each page's key with the inputs
 * of its model, each document record's digest and each document's lines in the feed and the
 * documents list and table. A build with it makes the same site as a build
 * without.
 *
 * @param ingester  reads the seeds, remembering each file's reading
 * @param apparatus keeps what the apparatus can use again, or null
 * @param render    keeps the pages' keys ({@link OutputMemory#NONE}: nothing)
 * @param export    keeps the digests of the documents' record files ({@link OutputMemory#NONE}: nothing)
 * @param texts     keeps each document's summary and row in the documents list and table, which
 *                  are made whole again from them ({@link OutputMemory#NONE}: nothing)
 * @param feed      keeps each document's entry in the feed, which is made whole again from them
 *                  ({@link OutputMemory#NONE}: nothing)
 */
public record BuildMemory(SeedIngester ingester, ApparatusMemory apparatus, OutputMemory render,
                          OutputMemory export, OutputMemory texts, OutputMemory feed) {

    /** Nothing kept: every build reads everything (a one-shot {@code edition build}). */
    public static BuildMemory none() {
        return new BuildMemory(new SeedIngester(), null, OutputMemory.NONE, OutputMemory.NONE, OutputMemory.NONE,
                OutputMemory.NONE);
    }

    /** A memory for a process that builds again and again. */
    public static BuildMemory remembering() {
        return new BuildMemory(SeedIngester.remembering(), new ApparatusMemory(), new OutputMemory(),
                new OutputMemory(), new OutputMemory(), new OutputMemory());
    }
}
