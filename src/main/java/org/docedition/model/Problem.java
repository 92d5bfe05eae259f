package org.docedition.model;

/**
 * Something wrong with the input, located in a seed (or other input) file.
 *
 * @param severity error or warning
 * @param file     the file name as the editor knows it ({@code seeds/003_x.txt})
 * @param line     1-based line, or 0 when the problem concerns the whole file
 * @param message  what is wrong and, where possible, what to do
 */
public record Problem(Severity severity, String file, int line, String message) implements Comparable<Problem>, java.io.Serializable {

    public Problem {
        if (severity == null || file == null || message == null) {
            throw new IllegalArgumentException("severity, file and message are required");
        }
    }

    public static Problem error(String file, int line, String message) {
        return new Problem(Severity.ERROR, file, line, message);
    }

    public static Problem warning(String file, int line, String message) {
        return new Problem(Severity.WARNING, file, line, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code seeds/003.txt:117: error: message}, the form compilers use and editors jump to. */
    @Override
    public String toString() {
        String where = line > 0 ? file + ":" + line : file;
        return where + ": " + severity.name().toLowerCase(java.util.Locale.ROOT) + ": " + message;
    }

    @Override
    public int compareTo(Problem o) {
        int c = file.compareTo(o.file);
        if (c != 0) {
            return c;
        }
        c = Integer.compare(line, o.line);
        return c != 0 ? c : message.compareTo(o.message);
    }
}
