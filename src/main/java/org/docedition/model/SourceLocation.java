package org.docedition.model;

/**
 * Where a document came from: the seed file name and its first and last line (1-based, inclusive).
 */
public record SourceLocation(String file, int firstLine, int lastLine) implements java.io.Serializable {

    public SourceLocation {
        if (file == null || file.isBlank()) {
            throw new IllegalArgumentException("file must not be blank");
        }
        if (firstLine < 1 || lastLine < firstLine) {
            throw new IllegalArgumentException("bad line range " + firstLine + "-" + lastLine);
        }
    }

    @Override
    public String toString() {
        return firstLine == lastLine ? file + ":" + firstLine : file + ":" + firstLine + "-" + lastLine;
    }
}
