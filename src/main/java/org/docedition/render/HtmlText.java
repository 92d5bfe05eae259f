package org.docedition.render;

/** Escapes text for HTML element content and quoted attribute values. */
final class HtmlText {

    private HtmlText() {
    }

    /** {@code text} with {@code & < > " '} replaced by character references. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        appendEscaped(out, text, 0, text.length());
        return out.toString();
    }

    /** Appends {@code text[start, end)} escaped to {@code out}. */
    static void appendEscaped(StringBuilder out, String text, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
    }
}
