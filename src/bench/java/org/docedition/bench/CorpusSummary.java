package org.docedition.bench;

/**
 * What {@link SyntheticCorpus} wrote.
 *
 * @param documents     documents in total (what the ingester should find)
 * @param newspaper     newspaper articles, one per file
 * @param collection    collection entries, numbered documents and entries without text
 * @param catalogue     catalogue records
 * @param files         seed files written
 * @param bytes         bytes of seed text written
 * @param distinctWords distinct English words used (the search index grows with this)
 */
public record CorpusSummary(int documents, int newspaper, int collection, int catalogue, int files, long bytes,
                            int distinctWords) {

    @Override
    public String toString() {
        return String.format("%,d documents (%,d newspaper, %,d collection, %,d catalogue) in %,d files, %.1f MB, "
                + "%,d distinct words", documents, newspaper, collection, catalogue, files, bytes / 1e6, distinctWords);
    }
}
