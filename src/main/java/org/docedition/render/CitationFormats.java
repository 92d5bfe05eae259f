package org.docedition.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.docedition.model.HistoricalDate;

/**
 * A document's citation as the files reference managers import: BibTeX (biblatex fields), RIS and
 * CSL-JSON. Every format gets the same parts, in a fixed order, so a build writes the same bytes.
 */
final class CitationFormats {

    /** Where the citation files of a document go, under the site root: {@code data/cite/<id>.bib}. */
    static final String DIR = "data/cite/";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private CitationFormats() {
    }

    /** A biblatex/BibTeX entry: {@code @incollection}, {@code @article} (newspaper) or {@code @misc}. */
    static String bibtex(DocumentCitation c) {
        StringBuilder b = new StringBuilder(512);
        String type = c.isInBook() ? "incollection" : c.isNewspaper() ? "article" : "misc";
        b.append('@').append(type).append('{').append(c.id()).append(",\n");
        field(b, "author", c.author());
        // double braces keep the title's capitals as they are
        b.append("  title = {{").append(bib(c.title())).append("}},\n");
        field(b, c.isInBook() ? "booktitle" : c.isNewspaper() ? "journaltitle" : "howpublished",
                c.isNewspaper() || c.isInBook() ? c.container() : "Catalogue record, " + c.container());
        if (c.isNewspaper()) {
            field(b, "journal", c.container());
        }
        if (c.isInBook() && !c.containerYear().isEmpty()) {
            // the book's year is the entry's date; the document's own date is its origdate
            field(b, "date", c.containerYear());
            c.date().ifPresent(d -> field(b, "origdate", d.iso()));
        } else {
            c.date().ifPresent(d -> {
                field(b, "date", d.iso());
                field(b, "year", Integer.toString(d.year()));
                if (d.month() != 0) {
                    field(b, "month", d.monthName().substring(0, 3).toLowerCase(Locale.ROOT));
                }
            });
        }
        field(b, "number", c.number());
        field(b, "pages", c.lastPage().isEmpty() ? c.firstPage() : c.firstPage() + "--" + c.lastPage());
        field(b, "note", note(c));
        field(b, "addendum", c.archive());
        field(b, "origlanguage", c.sourceLanguageName().toLowerCase(Locale.ROOT));
        field(b, "langid", "english");
        c.url().ifPresent(u -> field(b, "url", u));
        b.append("}\n");
        return b.toString();
    }

    /** An RIS record: {@code CHAP}, {@code NEWS} or {@code GEN}; lines end in CR LF as the format asks. */
    static String ris(DocumentCitation c) {
        StringBuilder r = new StringBuilder(512);
        tag(r, "TY", c.isInBook() ? "CHAP" : c.isNewspaper() ? "NEWS" : "GEN");
        tag(r, "ID", c.id());
        tag(r, "AU", c.author());
        tag(r, "TI", c.title());
        tag(r, "T2", c.container());
        // PY is the year of the publication the reader holds (the book's, for a document in a collection);
        // DA is the document's own date
        boolean bookYear = c.isInBook() && !c.containerYear().isEmpty();
        if (bookYear) {
            tag(r, "PY", c.containerYear());
        }
        c.date().ifPresent(d -> {
            if (!bookYear) {
                tag(r, "PY", Integer.toString(d.year()));
            }
            tag(r, "DA", padded(d.year(), 4) + "/" + two(d.month()) + "/" + two(d.day()) + "/");
        });
        tag(r, "SP", c.firstPage());
        tag(r, "EP", c.lastPage());
        tag(r, "M1", c.number());
        tag(r, "AV", c.archive());
        tag(r, "N1", note(c));
        tag(r, "LA", "en");
        tag(r, "DB", c.edition());
        c.url().ifPresent(u -> tag(r, "UR", u));
        r.append("ER  - \r\n");
        return r.toString();
    }

    /** A CSL-JSON array holding the one item, as Zotero and citeproc read it. */
    static String cslJson(DocumentCitation c) {
        ObjectNode item = JSON.createObjectNode();
        item.put("id", c.id());
        item.put("type", c.isInBook() ? "chapter" : c.isNewspaper() ? "article-newspaper" : "document");
        item.put("title", c.title());
        if (!c.author().isEmpty()) {
            item.putArray("author").addObject().put("literal", c.author());
        }
        item.put("container-title", c.container());
        if (c.isInBook() && !c.containerYear().isEmpty()) {
            // "issued" is the book's year, which styles print as the publication's; the document's own
            // date is its "original-date"
            item.set("issued", JSON.createObjectNode().set("date-parts",
                    JSON.createArrayNode().add(JSON.createArrayNode().add(Integer.parseInt(c.containerYear())))));
            c.date().ifPresent(d -> item.set("original-date", dateParts(d)));
        } else {
            c.date().ifPresent(d -> item.set("issued", dateParts(d)));
        }
        if (!c.originalTitle().isEmpty()) {
            item.put("original-title", c.originalTitle());
        }
        if (!c.number().isEmpty()) {
            item.put("number", c.number());
        }
        if (!c.pages().isEmpty()) {
            item.put("page", c.pages());
        }
        if (!c.archive().isEmpty()) {
            item.put("archive_location", c.archive());
        }
        item.put("note", note(c));
        item.put("language", "en");
        c.url().ifPresent(u -> item.put("URL", u));
        ArrayNode all = JSON.createArrayNode().add(item);
        try {
            return JSON.writeValueAsString(all) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code {"date-parts": [[1954, 3, 1]]}}, as precise as the date. */
    static ObjectNode dateParts(HistoricalDate d) {
        ObjectNode issued = JSON.createObjectNode();
        ArrayNode parts = issued.putArray("date-parts").addArray().add(d.year());
        if (d.month() != 0) {
            parts.add(d.month());
            if (d.day() != 0) {
                parts.add(d.day());
            }
        }
        return issued;
    }

    /** Where the reader found the text: this edition, and the original's language when it is printed too. */
    static String note(DocumentCitation c) {
        String note = "English text" + (c.translation().isEmpty() ? "" : " (" + translation(c) + ")") + " in " + c.edition();
        if (c.isInBook() && !c.number().isEmpty()) {
            note = "Doc. " + c.number() + ". " + note;
        }
        return c.originalLanguage().isEmpty() ? note : note + ", with the original ("
                + java.util.Locale.forLanguageTag(c.originalLanguage()).getDisplayLanguage(Locale.ENGLISH) + ")";
    }

    /** The statement of how the English text was made, without a leading "English:" ({@code machine translation ...}). */
    static String translation(DocumentCitation c) {
        String t = c.translation().strip();
        return t.regionMatches(true, 0, "English:", 0, 8) ? t.substring(8).strip() : t;
    }

    private static void field(StringBuilder b, String name, String value) {
        if (!value.isEmpty()) {
            b.append("  ").append(name).append(" = {").append(bib(value)).append("},\n");
        }
    }

    /** Escapes TeX's special characters; braces are kept balanced by escaping them too. */
    private static String bib(String s) {
        StringBuilder out = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '\\' -> out.append("\\textbackslash{}");
                case '{', '}', '&', '%', '$', '#', '_' -> out.append('\\').append(ch);
                case '~' -> out.append("\\textasciitilde{}");
                case '^' -> out.append("\\textasciicircum{}");
                case '\n', '\r' -> out.append(' ');
                default -> out.append(ch);
            }
        }
        return out.toString();
    }

    private static void tag(StringBuilder r, String tag, String value) {
        if (!value.isEmpty()) {
            r.append(tag).append("  - ").append(value.replace('\r', ' ').replace('\n', ' ')).append("\r\n");
        }
    }

    private static String two(int n) {
        return n == 0 ? "" : padded(n, 2);
    }

    /** {@code n} as {@code %0<width>d} writes it; by hand, as String.format showed in profiles of every document's RIS. */
    private static String padded(int n, int width) {
        if (n < 0) {
            return String.format(Locale.ROOT, "%0" + width + "d", n);
        }
        String digits = Integer.toString(n);
        return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
    }
}
