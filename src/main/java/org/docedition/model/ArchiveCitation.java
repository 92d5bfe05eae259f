package org.docedition.model;

/**
 * Where the original is kept, as the source states it ({@code AVPRF. F. 0100. Op. 47. P. 384. D. 52. L. 12-20.}).
 *
 * @param text the citation without any {@code Archive:} prefix
 * @param line the seed line it was read from
 */
public record ArchiveCitation(String text, int line) implements java.io.Serializable {

    public ArchiveCitation {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("archive citation must not be blank");
        }
    }
}
