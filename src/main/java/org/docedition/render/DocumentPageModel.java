package org.docedition.render;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.docedition.apparatus.DocumentNames;
import org.docedition.link.DocumentLinks;
import org.docedition.link.Edition;
import org.docedition.model.Document;
import org.docedition.model.Footnote;
import org.docedition.model.HistoricalDate;
import org.docedition.model.OriginalText;
import org.docedition.model.Paragraph;
import org.docedition.model.SourceLocation;

/**
 * The template model of one document page, from the document and its precomputed links only, so a
 * page costs the same however large the edition is.
 *
 * <p>Texts that carry links (paragraphs, footnotes, the number's mark) are passed as HTML built by
 * {@link InlineMarkup} from escaped text; everything else is plain text the template escapes.
 */
final class DocumentPageModel {

    /** Document pages sit one folder down. */
    static final String ROOT = "../";

    private static final int DESCRIPTION_LENGTH = 160;

    private DocumentPageModel() {
    }

    /** The model for {@code d}, a document of {@code edition}, on a site whose address is unknown. */
    static Map<String, Object> of(Document d, Edition edition) {
        return of(d, edition, "", NameLinker.NONE, null);
    }

    /**
     * The model for {@code d}, a document of {@code edition}, on a site served from {@code siteUrl}
     * (ending in {@code /}; empty when unknown): references then carry the absolute address of the
     * document they cite, for print. Its texts name persons and places at {@code names} (null:
     * none), linked by {@code linker}.
     */
    static Map<String, Object> of(Document d, Edition edition, String siteUrl, NameLinker linker, DocumentNames names) {
        DocumentLinks links = edition.linksOf(d.id());
        ReferenceLinker references = new ReferenceLinker(links.references(), ROOT, siteUrl);
        FootnoteMarkerLinker markers = new FootnoteMarkerLinker(d.footnotes());

        Map<String, Object> m = DocumentSummary.of(d);
        m.put("sortKey", d.date().map(HistoricalDate::sortKey).orElse(0));
        m.put("year", d.date().map(x -> Integer.toString(x.year())).orElse(""));
        m.put("numberPlain", d.number().orElse(""));
        // the mark beside the number (73.*) is a note marker like any in the text
        m.put("numberMarkHtml", InlineMarkup.toHtml(d.numberMark(), markers.spans(d.numberMark())));
        m.put("sourceTitle", d.source().title());
        m.put("sourceId", d.source().id());
        m.put("printed", d.printed().map(p -> p.citation()).orElse(""));
        m.put("archive", d.archive().map(a -> a.text()).orElse(""));
        m.put("author", d.author());
        m.put("page", d.page());
        m.put("seedFile", fileName(d.location()));
        m.put("seedLines", lines(d.location()));

        List<String> paragraphs = new ArrayList<>(d.paragraphs().size());
        for (int i = 0; i < d.paragraphs().size(); i++) {
            Paragraph p = d.paragraphs().get(i);
            List<InlineSpan> spans = new ArrayList<>(references.spans(p.text(), p.line()));
            spans.addAll(markers.spans(p.text()));
            if (names != null) {
                spans.addAll(linker.spans(p.text(), names.paragraph(i)));
            }
            paragraphs.add(InlineMarkup.toHtml(p.text(), spans));
        }
        m.put("paragraphs", paragraphs);

        List<Map<String, Object>> notes = new ArrayList<>(d.footnotes().size());
        for (int i = 0; i < d.footnotes().size(); i++) {
            Footnote f = d.footnotes().get(i);
            Map<String, Object> n = new HashMap<>(8);
            n.put("id", markers.noteId(f));
            n.put("marker", f.marker().isBlank() ? Integer.toString(f.ordinal()) : f.marker().strip());
            n.put("ordinal", f.ordinal());
            List<InlineSpan> spans = new ArrayList<>(references.spans(f.text(), f.line()));
            if (names != null) {
                spans.addAll(linker.spans(f.text(), names.footnote(i)));
            }
            n.put("html", InlineMarkup.toHtml(f.text(), spans));
            n.put("backref", markers.backReference(f).orElse(""));
            n.put("backrefs", markers.backReferences(f));
            notes.add(n);
        }
        m.put("footnotes", notes);

        m.put("original", d.original().map(o -> original(o, linker, names)).orElse(null));
        m.put("hasOriginal", d.original().isPresent());
        m.put("glossary", d.glossary().stream().map(g -> Map.of("original", g.original(), "rendering", g.rendering()))
                .toList());
        m.put("glossaryLang", d.original().map(OriginalText::language).orElse(""));
        m.put("description", description(d));

        m.put("previous", links.previous().flatMap(edition::find).map(DocumentSummary::of).orElse(null));
        m.put("next", links.next().flatMap(edition::find).map(DocumentSummary::of).orElse(null));
        List<Map<String, Object>> citedBy = new ArrayList<>(links.citedBy().size());
        links.citedBy().forEach(id -> edition.find(id).map(DocumentSummary::of).ifPresent(citedBy::add));
        m.put("citedBy", citedBy);
        return m;
    }

    private static Map<String, Object> original(OriginalText o, NameLinker linker, DocumentNames names) {
        Map<String, Object> m = new HashMap<>(8);
        m.put("lang", o.language());
        // "Chinese" for zh-Hans: the JDK's own names, the same on every machine
        m.put("languageName", java.util.Locale.forLanguageTag(o.language()).getDisplayLanguage(java.util.Locale.ENGLISH));
        m.put("title", o.title());
        m.put("dateline", o.dateline());
        m.put("page", o.page());
        m.put("column", o.column());
        List<String> html = new ArrayList<>(o.paragraphs().size());
        for (int i = 0; i < o.paragraphs().size(); i++) {
            String text = o.paragraphs().get(i).text();
            html.add(InlineMarkup.toHtml(text, names == null ? List.of() : linker.spans(text, names.originalParagraph(i))));
        }
        m.put("paragraphsHtml", html);
        m.put("paragraphs", o.paragraphs().stream().map(Paragraph::text).toList());
        return m;
    }

    private static String fileName(SourceLocation l) {
        Path name = Path.of(l.file()).getFileName();
        return name == null ? l.file() : name.toString();
    }

    private static String lines(SourceLocation l) {
        return l.firstLine() == l.lastLine() ? "line " + l.firstLine()
                : "lines " + l.firstLine() + "\u2013" + l.lastLine();
    }

    /** A one-line summary for search engines and link previews: kind, date, source, then the text's start. */
    private static String description(Document d) {
        StringBuilder s = new StringBuilder();
        s.append(d.kind().label());
        d.number().ifPresent(n -> s.append(' ').append(d.numberLabel().toLowerCase(java.util.Locale.ROOT)));
        s.append(", ").append(DateText.label(d.date())).append(". ").append(d.source().title()).append('.');
        if (!d.paragraphs().isEmpty()) {
            // only what fits is read: the first paragraph may be long
            String text = d.paragraphs().get(0).text();
            boolean gap = true;
            for (int i = 0; i < text.length() && s.length() <= DESCRIPTION_LENGTH; i++) {
                char c = text.charAt(i);
                if (c == '*') {
                    continue; // a note marker says nothing out of context
                }
                if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                    gap = true;
                } else {
                    if (gap) {
                        s.append(' ');
                    }
                    s.append(c);
                    gap = false;
                }
            }
        }
        if (s.length() <= DESCRIPTION_LENGTH) {
            return s.toString();
        }
        int cut = s.lastIndexOf(" ", DESCRIPTION_LENGTH - 1);
        return s.substring(0, cut > 40 ? cut : DESCRIPTION_LENGTH - 1) + "\u2026";
    }
}
