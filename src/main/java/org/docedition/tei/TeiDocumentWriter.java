package org.docedition.tei;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.docedition.apparatus.DocumentNames;
import org.docedition.apparatus.FootnoteMarkers;
import org.docedition.link.DocumentLinks;
import org.docedition.link.ReferenceFinder;
import org.docedition.model.CitationParts;
import org.docedition.model.DatePrecision;
import org.docedition.model.Document;
import org.docedition.model.DocumentId;
import org.docedition.model.Footnote;
import org.docedition.model.GlossaryEntry;
import org.docedition.model.HistoricalDate;
import org.docedition.model.Kind;
import org.docedition.model.NameSpan;
import org.docedition.model.OriginalText;
import org.docedition.model.Paragraph;
import org.docedition.model.Reference;

/**
 * Writes one document as a TEI P5 {@code <TEI>} element: a header that describes it (title,
 * publication, its source as {@code biblStruct}, its archive as {@code msDesc}, languages) and a
 * text whose notes stand where their markers stand and whose document references are links.
 *
 * <p>What {@link TeiReader} needs to rebuild the document exactly is written where it reads it:
 * the id as {@code idno type="docedition"}, the kind as {@code text/@type}, a note's printed marker
 * as its {@code n} (or a {@code label} when the marker in the text is printed otherwise), the
 * printed-source and archive citations verbatim beside their parts.
 */
final class TeiDocumentWriter {

    static final String TEI = "http://www.tei-c.org/ns/1.0";
    /** The {@code idno} type of a document's id and of its source's id. */
    static final String ID_TYPE = "docedition";
    static final String SOURCE_ID_TYPE = "docedition-source";
    /** {@code gap/@reason} of an entry whose text its source does not hold. */
    static final String NOT_IN_SOURCE = "text-not-in-source";
    private static final Pattern YEAR_AT_END = Pattern.compile("\\b(1[5-9]\\d\\d|20\\d\\d)\\.?\\s*$");

    private static final DocumentNames NO_NAMES = new DocumentNames(List.of(), List.of(), List.of(), List.of(),
            List.of());

    /**
     * Where references point: another document's TEI, a person's and a place's authority entry.
     */
    record Targets(Function<DocumentId, String> document, Function<String, String> person,
                   Function<String, String> place) {
    }

    private final Publication publication;

    TeiDocumentWriter(Publication publication) {
        this.publication = publication;
    }

    /**
     * Writes {@code d} as a {@code <TEI>} element.
     *
     * @param parts  its archive citation read into parts, if it has one
     * @param names  where its texts name persons and places of the authority files, if they do
     * @param target the addresses of other documents' TEI and of the persons' and places' entries
     */
    void write(XmlBlocks x, Document d, DocumentLinks links, Optional<CitationParts> parts,
               Optional<DocumentNames> names, Targets target, boolean root) {
        x.open(TEI, "TEI");
        if (root) {
            x.declare("", TEI);
        }
        header(x, d, parts);
        String xid = xmlId(d.id());
        x.open(TEI, "text", "xml:lang", "en", "type", d.kind().slug());
        x.open(TEI, "body");
        x.open(TEI, "div", "type", "document", "subtype", d.original().isPresent() ? "translation" : "",
                "n", d.number().orElse(""), "xml:id", xid);
        Notes notes = new Notes(d, xid);
        Map<String, DocumentId> resolved = new HashMap<>();
        for (Reference r : links.references()) {
            r.target().ifPresent(t -> resolved.putIfAbsent(r.number(), t));
        }
        DocumentNames named = names.orElse(NO_NAMES);
        Inline inline = new Inline(x, notes, resolved, target, named);
        if (!d.numberMark().isEmpty() && d.number().isPresent()) {
            x.openInline(TEI, "head", "type", "number");
            inline.text(d.number().get() + "." + d.numberMark(), true, List.of());
            x.close();
        }
        x.openInline(TEI, "head");
        inline.text(d.title(), false, named.title());
        x.close();
        if (d.date().isPresent() || !d.author().isEmpty()) {
            x.open(TEI, "opener");
            d.date().ifPresent(date -> {
                x.open(TEI, "dateline");
                date(x, date);
                x.close();
            });
            if (!d.author().isEmpty()) {
                x.open(TEI, "byline");
                x.leaf(TEI, "docAuthor", d.author());
                x.close();
            }
            x.close();
        }
        for (int i = 0; i < d.paragraphs().size(); i++) {
            x.openInline(TEI, "p");
            inline.text(d.paragraphs().get(i).text(), true, named.paragraph(i));
            x.close();
        }
        if (!d.textInSource()) {
            x.empty(TEI, "gap", "reason", NOT_IN_SOURCE);
        }
        if (d.original().isEmpty()) {
            glossary(x, d.glossary());
        }
        for (Footnote f : notes.unplaced()) {
            inline.note(f, f.marker(), "end");
        }
        x.close();
        d.original().ifPresent(o -> original(x, o, xid, inline, named, d.glossary()));
        x.close();
        x.close();
        x.close();
    }

    private void header(XmlBlocks x, Document d, Optional<CitationParts> parts) {
        x.open(TEI, "teiHeader");
        x.open(TEI, "fileDesc");
        x.open(TEI, "titleStmt");
        x.leaf(TEI, "title", d.title());
        x.close();
        publicationStmt(x, Optional.of(d.id()));
        x.open(TEI, "sourceDesc");
        biblStruct(x, d);
        d.archive().ifPresent(a -> {
            if (parts.isPresent() && parts.get().type() == CitationParts.Type.ARCHIVE) {
                CitationParts c = parts.get();
                x.open(TEI, "msDesc");
                x.open(TEI, "msIdentifier");
                x.leaf(TEI, "repository", c.holder());
                idno(x, "fond", c.fond());
                idno(x, "opis", c.opis());
                idno(x, "papka", c.papka());
                idno(x, "delo", c.delo());
                x.close();
                x.leaf(TEI, "p", a.text());
                x.close();
            } else {
                x.leaf(TEI, "bibl", a.text(), "type", "archive-citation");
            }
        });
        x.close();
        x.close();
        x.open(TEI, "profileDesc");
        x.open(TEI, "langUsage");
        x.leaf(TEI, "language", "English", "ident", "en");
        d.original().ifPresent(o -> x.leaf(TEI, "language", languageName(o.language()), "ident", o.language()));
        x.close();
        x.close();
        x.close();
    }

    /** The edition's {@code publicationStmt}; with {@code document}, the id and address of its page too. */
    void publicationStmt(XmlBlocks x, Optional<DocumentId> document) {
        x.open(TEI, "publicationStmt");
        x.leaf(TEI, "publisher", publication.publisher());
        document.ifPresent(id -> x.leaf(TEI, "idno", id.value(), "type", ID_TYPE));
        publication.absolute(document.map(DocumentId::url).orElse(""))
                .ifPresent(url -> x.leaf(TEI, "idno", url, "type", "URI"));
        if (document.isEmpty()) {
            // only the corpus carries the build's date: a document's file changes when the document does
            publication.date().ifPresent(day -> x.leaf(TEI, "date", day.toString(), "when", day.toString()));
        }
        if (!publication.licence().isEmpty()) {
            x.open(TEI, "availability");
            x.leaf(TEI, "licence", publication.licence(), "target", publication.licenceUrl());
            x.close();
        }
        x.close();
    }

    private static void biblStruct(XmlBlocks x, Document d) {
        x.open(TEI, "biblStruct", "type", d.kind().slug());
        x.open(TEI, "analytic");
        x.leaf(TEI, "title", d.title(), "level", "a");
        if (!d.author().isEmpty()) {
            x.leaf(TEI, "author", d.author());
        }
        x.close();
        x.open(TEI, "monogr");
        x.leaf(TEI, "title", d.source().title(), "level", d.kind() == Kind.NEWSPAPER ? "j" : "m");
        x.leaf(TEI, "idno", d.source().id(), "type", SOURCE_ID_TYPE);
        x.open(TEI, "imprint");
        Optional<String> year = d.printed().map(p -> YEAR_AT_END.matcher(p.title())).filter(Matcher::find)
                .map(m -> m.group(1));
        if (d.kind() == Kind.NEWSPAPER && d.date().isPresent()) {
            date(x, d.date().get());
        } else if (year.isPresent()) {
            x.leaf(TEI, "date", year.get(), "when", year.get());
        } else {
            // the source's date of publication is not known: say so rather than leave imprint empty
            x.leaf(TEI, "date", "n.d.");
        }
        x.close();
        if (!d.page().isEmpty()) {
            x.leaf(TEI, "biblScope", d.page(), "unit", "page");
        }
        x.close();
        d.printed().ifPresent(p -> {
            if (!p.pages().isEmpty()) {
                x.leaf(TEI, "citedRange", p.pages(), "unit", "page");
            }
            x.leaf(TEI, "note", p.title(), "type", "printed-title");
        });
        x.close();
    }

    private static void idno(XmlBlocks x, String type, String value) {
        if (!value.isEmpty()) {
            x.leaf(TEI, "idno", value, "type", type);
        }
    }

    private static void original(XmlBlocks x, OriginalText o, String xid, Inline inline, DocumentNames names,
                                 List<GlossaryEntry> glossary) {
        x.open(TEI, "div", "type", "original", "xml:lang", o.language(), "xml:id", xid + "-original",
                "corresp", "#" + xid);
        if (!o.page().isEmpty()) {
            x.leaf(TEI, "fw", o.page(), "type", "page");
        }
        if (!o.column().isEmpty()) {
            x.leaf(TEI, "fw", o.column(), "type", "column");
        }
        if (!o.title().isEmpty()) {
            x.openInline(TEI, "head");
            inline.text(o.title(), false, names.originalTitle());
            x.close();
        }
        if (!o.dateline().isEmpty()) {
            x.open(TEI, "opener");
            x.leaf(TEI, "dateline", o.dateline());
            x.close();
        }
        for (int i = 0; i < o.paragraphs().size(); i++) {
            x.openInline(TEI, "p");
            inline.text(o.paragraphs().get(i).text(), false,
                    i < names.original().size() ? names.original().get(i) : List.of());
            x.close();
        }
        glossary(x, glossary);
        x.close();
    }

    /** The names as the original prints them, with the source's renderings, as a gloss list. */
    private static void glossary(XmlBlocks x, List<GlossaryEntry> glossary) {
        if (glossary.isEmpty()) {
            return;
        }
        x.open(TEI, "list", "type", "gloss");
        for (GlossaryEntry g : glossary) {
            x.leaf(TEI, "label", g.original());
            x.leaf(TEI, "item", g.rendering());
        }
        x.close();
    }

    /** A {@code <date>}: {@code when} for a day, {@code notBefore}/{@code notAfter} for a month or a year. */
    static void date(XmlBlocks x, HistoricalDate date) {
        if (date.precision() == DatePrecision.DAY) {
            x.leaf(TEI, "date", date.label(), "when", date.iso());
            return;
        }
        String first = date.precision() == DatePrecision.MONTH ? date.iso() + "-01" : date.iso() + "-01-01";
        String last = date.precision() == DatePrecision.MONTH
                ? YearMonth.of(date.year(), date.month()).atEndOfMonth().toString() : pad(date.year()) + "-12-31";
        x.leaf(TEI, "date", date.label(), "notBefore", first, "notAfter", last);
    }

    private static String pad(int year) {
        return String.format(Locale.ROOT, "%04d", year);
    }

    /** A document id as an XML id: ids are NCNames already unless they start with a digit. */
    static String xmlId(DocumentId id) {
        return Character.isLetter(id.value().charAt(0)) ? id.value() : "d-" + id.value();
    }

    static String languageName(String tag) {
        String name = Locale.forLanguageTag(tag).getDisplayName(Locale.ENGLISH);
        return name.isBlank() ? tag : name;
    }

    /** The document's notes: which are placed at a marker, which wait for the end of the text. */
    private static final class Notes {
        private final Map<Footnote, String> ids = new java.util.IdentityHashMap<>();
        private final Map<Footnote, Integer> index = new java.util.IdentityHashMap<>();
        private final List<Footnote> waiting;
        /** Every note's number: whether "7 *" is a marker depends on all of them, placed or not. */
        private final java.util.Set<Integer> ordinals = new java.util.HashSet<>();

        Notes(Document d, String xid) {
            int n = 1;
            for (Footnote f : d.footnotes()) {
                index.put(f, n - 1);
                ids.put(f, xid + "-fn" + n++);
            }
            waiting = new ArrayList<>(d.footnotes());
            d.footnotes().forEach(f -> ordinals.add(f.ordinal()));
        }

        java.util.Set<Integer> ordinals() {
            return ordinals;
        }

        /** The first note of {@code ordinal} not placed yet, now placed. */
        Optional<Footnote> take(int ordinal) {
            for (Footnote f : waiting) {
                if (f.ordinal() == ordinal) {
                    waiting.remove(f);
                    return Optional.of(f);
                }
            }
            return Optional.empty();
        }

        List<Footnote> unplaced() {
            return List.copyOf(waiting);
        }

        String id(Footnote f) {
            return ids.get(f);
        }

        int index(Footnote f) {
            return index.get(f);
        }
    }

    /** Writes a run of text with its notes at their markers and its document references as links. */
    private static final class Inline {
        private final XmlBlocks x;
        private final Notes notes;
        private final Map<String, DocumentId> resolved;
        private final Targets target;
        private final DocumentNames names;

        Inline(XmlBlocks x, Notes notes, Map<String, DocumentId> resolved, Targets target, DocumentNames names) {
            this.x = x;
            this.notes = notes;
            this.resolved = resolved;
            this.target = target;
            this.names = names;
        }

        private record Span(int start, int end, Footnote note, DocumentId ref, NameSpan name) {
        }

        /** Writes {@code text}: notes at their markers when {@code withNotes}, references, and {@code named} names. */
        void text(String text, boolean withNotes, List<NameSpan> named) {
            List<Span> spans = new ArrayList<>();
            for (NameSpan n : named) {
                if (n.end() <= text.length()) {
                    spans.add(new Span(n.start(), n.end(), null, null, n));
                }
            }
            for (ReferenceFinder.Found f : ReferenceFinder.find(text)) {
                DocumentId to = resolved.get(f.number());
                int end = f.start() + f.phrase().length();
                if (to != null && spans.stream().noneMatch(s -> s.start() < end && f.start() < s.end())) {
                    spans.add(new Span(f.start(), end, null, to, null));
                }
            }
            if (withNotes) {
                for (FootnoteMarkers.Marker m : FootnoteMarkers.find(text, notes.ordinals())) {
                    if (spans.stream().noneMatch(s -> s.start() < m.end() && m.start() < s.end())) {
                        notes.take(m.ordinal()).ifPresent(f -> spans.add(new Span(m.start(), m.end(), f, null, null)));
                    }
                }
            }
            spans.sort(Comparator.comparingInt(Span::start));
            int at = 0;
            for (Span s : spans) {
                if (s.start() < at) {
                    continue;
                }
                if (s.start() > at) {
                    x.text(text.substring(at, s.start()));
                }
                String printed = text.substring(s.start(), s.end());
                if (s.note() != null) {
                    note(s.note(), printed, "foot");
                } else if (s.ref() != null) {
                    x.leaf(TEI, "ref", printed, "target", target.document().apply(s.ref()));
                } else if (s.name().place()) {
                    x.leaf(TEI, "placeName", printed, "ref", target.place().apply(s.name().id()));
                } else {
                    x.leaf(TEI, "persName", printed, "ref", target.person().apply(s.name().id()));
                }
                at = s.end();
            }
            if (at < text.length()) {
                x.text(text.substring(at));
            }
        }

        /** A note whose marker stands as {@code printed} where it is written. */
        void note(Footnote f, String printed, String place) {
            x.openInline(TEI, "note", "n", printed, "xml:id", notes.id(f), "place", place);
            if (!printed.equals(f.marker())) {
                x.leaf(TEI, "label", f.marker());
            }
            List<NameSpan> named = names.footnotes().size() > notes.index(f) ? names.footnotes().get(notes.index(f))
                    : List.of();
            String[] paragraphs = f.text().split("\n\n");
            if (paragraphs.length == 1) {
                text(f.text(), false, named);
            } else {
                // a note of several paragraphs (the collection joins them with a blank line)
                int at = 0;
                for (String paragraph : paragraphs) {
                    int from = at;
                    List<NameSpan> here = named.stream()
                            .filter(n -> n.start() >= from && n.end() <= from + paragraph.length())
                            .map(n -> new NameSpan(n.start() - from, n.end() - from, n.id(), n.place())).toList();
                    x.openInline(TEI, "p");
                    text(paragraph, false, here);
                    x.close();
                    at += paragraph.length() + 2;
                }
            }
            x.close();
        }
    }
}
