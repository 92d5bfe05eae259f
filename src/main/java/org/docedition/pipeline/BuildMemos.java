package org.docedition.pipeline;

import org.docedition.apparatus.ApparatusMemos;
import org.docedition.files.Memo;
import org.docedition.ingest.SeedMemo;

/**
 * The memos a process that builds the same edition again and again ({@code edition serve}) keeps
 * from one build for the next, so that an edit costs what it changes. A build with them makes the
 * same site as a build without.
 *
 * @param seeds     each seed's reading, by its SHA-256, or null
 * @param apparatus each document's words for the related documents and the persons it names, or null
 * @param render    each page's key with the inputs of its model ({@link Memo#NONE}: nothing)
 * @param export    the digests of the documents' record files ({@link Memo#NONE}: nothing)
 * @param texts     each document's summary and row in the documents list and table, which are
 *                  made whole again from them ({@link Memo#NONE}: nothing)
 * @param feed      each document's entry in the feed, which is made whole again from them
 *                  ({@link Memo#NONE}: nothing)
 */
public record BuildMemos(SeedMemo seeds, ApparatusMemos apparatus, Memo<String> render, Memo<String> export,
                         Memo<String> texts, Memo<String> feed) implements java.io.Serializable {

    /** Nothing kept: every build reads everything (a one-shot {@code edition build}). */
    public static BuildMemos none() {
        return new BuildMemos(null, null, Memo.NONE, Memo.NONE, Memo.NONE, Memo.NONE);
    }

    /** Memos for a process that builds again and again. */
    public static BuildMemos remembering() {
        return new BuildMemos(new SeedMemo(), new ApparatusMemos(), new Memo<>(), new Memo<>(), new Memo<>(), new Memo<>());
    }
}
