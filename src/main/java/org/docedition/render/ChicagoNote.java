package org.docedition.render;

import java.util.ArrayList;
import java.util.List;

/**
 * A citation of a document in the notes style of the <i>Chicago Manual of Style</i> (17th ed.,
 * 14.222 for documents in published collections, 14.89 for newspaper articles), followed by this
 * edition as the place the text was read, as the edition's "How to cite" page explains.
 *
 * <p>{@code "From the memorandum …," March 1, 1954, doc. 72, in <i>Soviet-Chinese relations.
 * 1952-1955: Collection of documents</i> (2015), 167–171, AVPRF. F. 0100 …; English text in
 * <i>Sino-Soviet Relations …</i>, https://…/documents/sscr-1952-1955-doc-72.html.}
 */
final class ChicagoNote {

    private final List<String[]> parts = new ArrayList<>();

    private ChicagoNote(DocumentCitation c) {
        if (!c.author().isEmpty()) {
            plain(c.author() + ", ");
        }
        plain("\u201c" + c.title() + ",\u201d ");
        String date = c.date().map(d -> d.label()).orElse("n.d.");
        if (c.isNewspaper()) {
            italic(c.container());
            plain(", " + date);
            if (!c.firstPage().isEmpty()) {
                plain(", p. " + c.firstPage());
            }
            plain("; English translation" + made(c) + " in ");
        } else if (c.isInBook()) {
            plain(date);
            if (!c.number().isEmpty()) {
                plain(", doc. " + c.number());
            }
            plain(", in ");
            italic(c.container());
            if (!c.containerYear().isEmpty()) {
                plain(" (" + c.containerYear() + ")");
            }
            if (!c.pages().isEmpty()) {
                plain(", " + c.pages());
            }
            if (!c.archive().isEmpty()) {
                plain(", " + c.archive());
            }
            plain("; English text" + made(c) + " in ");
        } else {
            plain(date + ", ");
            if (!c.number().isEmpty()) {
                plain("doc. " + c.number() + ", ");
            }
            plain("catalogue record, ");
            italic(c.container());
            if (!c.archive().isEmpty()) {
                plain(", " + c.archive());
            }
            plain("; in ");
        }
        italic(c.edition());
        c.url().ifPresent(u -> plain(", " + u));
        plain(".");
    }

    /** How the English text was made, in brackets, from the source's statement of responsibility. */
    private static String made(DocumentCitation c) {
        return c.translation().isEmpty() ? "" : " (" + CitationFormats.translation(c) + ")";
    }

    /** The note as HTML: escaped text, titles of publications in {@code <i>}. */
    static String html(DocumentCitation c) {
        StringBuilder s = new StringBuilder(256);
        for (String[] p : new ChicagoNote(c).parts) {
            if (p[1] != null) {
                s.append("<i>");
            }
            HtmlText.appendEscaped(s, p[0], 0, p[0].length());
            if (p[1] != null) {
                s.append("</i>");
            }
        }
        return s.toString();
    }

    /** The note as plain text, for formats without italics. */
    static String text(DocumentCitation c) {
        StringBuilder s = new StringBuilder(256);
        new ChicagoNote(c).parts.forEach(p -> s.append(p[0]));
        return s.toString();
    }

    private void plain(String text) {
        parts.add(new String[] {text, null});
    }

    private void italic(String text) {
        parts.add(new String[] {text, "i"});
    }
}
