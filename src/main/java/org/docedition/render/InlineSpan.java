package org.docedition.render;

/**
 * A stretch of a plain text, {@code [start, end)}, to be replaced by HTML that our own code built
 * from escaped parts.
 */
record InlineSpan(int start, int end, String html) {

    InlineSpan {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad span " + start + "-" + end);
        }
    }
}
