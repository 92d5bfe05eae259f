package org.docedition.publish;

/**
 * Escapes text for XML content and attribute values.
 *
 * <p>Characters that XML 1.0 forbids outright (most C0 controls, lone surrogates, U+FFFE/U+FFFF)
 * are dropped rather than escaped, because no escape makes them legal: a stray control character
 * in a seed must not make the whole feed unreadable.
 */
final class XmlText {

    private XmlText() {
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (allowed(c)) {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }

    private static boolean allowed(int c) {
        return c == 0x9 || c == 0xA || c == 0xD
                || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }
}
