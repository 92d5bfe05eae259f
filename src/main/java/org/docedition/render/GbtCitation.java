package org.docedition.render;

/**
 * A citation in the form of GB/T 7714-2015 (信息与文献 参考文献著录规则), for Chinese readers: a
 * newspaper article under its original title ({@code 标题[N]. 人民日报, 1957-11-23(6).}, 8.5),
 * a document in a printed collection as a part of a book ({@code 题名[M]//书名. 出版地: 出版者,
 * 出版年: 页码.}, 8.2, with the standard's {@code [S.l.]: [s.n.]} for a place and publisher the
 * source does not state), a catalogue record as an online resource ({@code [EB/OL]}). With the
 * site's address the type carries {@code /OL} and the address ends the entry.
 */
final class GbtCitation {

    private GbtCitation() {
    }

    /** The citation as plain text, or empty for a document the standard's forms do not fit. */
    static String text(DocumentCitation c) {
        String online = c.url().isPresent() ? "/OL" : "";
        String url = c.url().map(u -> " " + u + ".").orElse("");
        StringBuilder s = new StringBuilder(160);
        if (c.isNewspaper()) {
            boolean chinese = !c.originalTitle().isEmpty() && !c.containerOriginal().isEmpty();
            s.append(chinese ? c.originalTitle() : c.title()).append("[N").append(online).append("]. ")
                    .append(chinese ? c.containerOriginal() : c.container());
            c.date().ifPresent(d -> s.append(", ").append(d.iso()));
            if (!c.firstPage().isEmpty()) {
                s.append('(').append(c.firstPage()).append(')');
            }
            return s.append('.').append(url).toString();
        }
        if (c.isInBook()) {
            s.append(c.title());
            c.date().ifPresent(d -> s.append(": ").append(d.iso()));
            s.append("[M").append(online).append("]//").append(c.container()).append(". [S.l.]: [s.n.]");
            if (!c.containerYear().isEmpty()) {
                s.append(", ").append(c.containerYear());
            }
            if (!c.pages().isEmpty()) {
                s.append(": ").append(c.firstPage()).append(c.lastPage().isEmpty() ? "" : "-" + c.lastPage());
            }
            return s.append('.').append(url).toString();
        }
        s.append(c.title()).append("[EB/OL]. ").append(c.container());
        c.date().ifPresent(d -> s.append(", ").append(d.iso()));
        return s.append('.').append(url).toString();
    }
}
