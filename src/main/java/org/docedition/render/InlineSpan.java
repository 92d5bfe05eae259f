package org.docedition.render;

/**
 * A stretch of a plain text, {@code [start, end)}, to be replaced by HTML that our own code built
 * from escaped parts ({@code html}), or wrapped in a start and an end tag ({@code open},
 * {@code close}) around the stretch's own text, which may then carry corrections.
 */
record InlineSpan(int start, int end, String html, String open, String close) implements java.io.Serializable {

    InlineSpan {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad span " + start + "-" + end);
        }
    }

    /** A span whose stretch is replaced by {@code html}. */
    InlineSpan(int start, int end, String html) {
        this(start, end, html, null, null);
    }

    /** A span whose stretch stays text, between {@code open} and {@code close}. */
    static InlineSpan wrap(int start, int end, String open, String close) {
        return new InlineSpan(start, end, null, open, close);
    }

    boolean wraps() {
        return open != null;
    }
}
