package org.docedition.files;

import java.io.Writer;

/**
 * A {@link Writer} into a growing {@link StringBuilder}: {@link java.io.StringWriter} without its
 * lock. A page or data file is written by one thread, and the lock on every character that
 * {@code StringWriter}'s {@code StringBuffer} takes showed in profiles of a large build.
 */
public final class TextBuffer extends Writer {

    private final StringBuilder text;

    /** An empty buffer with room for {@code capacity} characters before it grows. */
    public TextBuffer(int capacity) {
        this.text = new StringBuilder(capacity);
    }

    @Override
    public void write(int c) {
        text.append((char) c);
    }

    @Override
    public void write(char[] chars, int offset, int length) {
        text.append(chars, offset, length);
    }

    @Override
    public void write(String s) {
        text.append(s);
    }

    @Override
    public void write(String s, int offset, int length) {
        text.append(s, offset, offset + length);
    }

    @Override
    public Writer append(CharSequence s) {
        text.append(s);
        return this;
    }

    @Override
    public Writer append(CharSequence s, int start, int end) {
        text.append(s, start, end);
        return this;
    }

    @Override
    public Writer append(char c) {
        text.append(c);
        return this;
    }

    @Override
    public void flush() {
        // nothing is held back
    }

    @Override
    public void close() {
        // nothing to release; the text stays readable
    }

    /** Everything written so far. */
    @Override
    public String toString() {
        return text.toString();
    }
}
