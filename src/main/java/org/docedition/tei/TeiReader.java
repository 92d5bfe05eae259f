package org.docedition.tei;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.docedition.model.ArchiveCitation;
import org.docedition.model.Document;
import org.docedition.model.DocumentId;
import org.docedition.model.Footnote;
import org.docedition.model.GlossaryEntry;
import org.docedition.model.HistoricalDate;
import org.docedition.model.Kind;
import org.docedition.model.OriginalText;
import org.docedition.model.Paragraph;
import org.docedition.model.PrintedSource;
import org.docedition.model.Problem;
import org.docedition.model.Source;
import org.docedition.model.SourceLocation;
import org.docedition.tei.XmlTree.Element;
import org.docedition.tei.XmlTree.Node;
import org.docedition.tei.XmlTree.Text;

/**
 * Reads a TEI P5 file into documents: the files {@link TeiExporter} writes, exactly, and
 * documents encoded the way FRUS volumes are ({@code div type="document"} with {@code n} and
 * {@code xml:id}, {@code head}, {@code opener/dateline/date@when}, {@code p}, {@code note},
 * {@code ref}, {@code persName}).
 *
 * <p>An element outside that subset keeps its text (in the paragraph it stands in, or as a
 * paragraph of its own) and is reported once, with its line; a file that is not well-formed is an
 * error with line and column. Nothing is thrown for bad input.
 */
public final class TeiReader {

    static final String TEI = TeiDocumentWriter.TEI;
    /** Elements whose text is read as running text, without a warning. */
    private static final Set<String> PHRASES = Set.of("ref", "ptr", "persName", "placeName", "orgName", "name",
            "rs", "hi", "emph", "foreign", "title", "date", "time", "num", "measure", "term", "q", "quote", "said",
            "seg", "s", "w", "c", "pc", "abbr", "expan", "sic", "corr", "reg", "orig", "unclear", "supplied", "add",
            "roleName", "forename", "surname", "addName", "genName", "nameLink", "idno", "signed", "salute", "lb",
            "pb", "cb", "milestone", "anchor", "gap", "choice", "del", "label", "geogName", "country", "settlement",
            "region", "bloc", "district", "affiliation", "mentioned", "gloss", "distinct", "soCalled", "dateline",
            "docAuthor", "docDate", "byline", "lg", "l", "gi", "code", "note", "fw", "space", "handShift");
    /** Elements that make a paragraph of their own, without a warning. */
    private static final Set<String> BLOCKS = Set.of("p", "ab", "closer", "postscript", "salute", "signed",
            "trailer", "byline", "dateline", "docDate", "epigraph", "argument", "quote", "lg", "sp", "list", "item");
    /** Elements with no text a reader sees. */
    private static final Set<String> SILENT = Set.of("lb", "pb", "cb", "milestone", "anchor", "gap", "ptr", "fw",
            "space", "handShift", "del", "sic", "orig", "abbr", "figure", "graphic", "facsimile");
    private static final Pattern TRAILING_NUMBER = Pattern.compile("fn(\\d+)$");
    private static final Pattern LEADING_NUMBER = Pattern.compile("^(\\d{1,3})\\s*\\*");

    /** Whether {@code start} (the file's first characters) is a TEI document. */
    public static boolean recognises(String start) {
        String s = start.stripLeading();
        return s.startsWith("<") && start.contains("http://www.tei-c.org/ns/1.0")
                && (s.contains("<TEI") || s.contains("<teiCorpus") || s.contains(":TEI") || s.contains(":teiCorpus"));
    }

    /** Reads the TEI file {@code file} (its name for messages) whose text is {@code xml}. */
    public TeiReading read(String file, String xml) {
        return new FileRead(file).read(xml);
    }

    /** The reading of one file, with its problems. */
    private static final class FileRead {
        private final String file;
        private final List<Problem> problems = new ArrayList<>();
        private final List<TeiReading.Entry> entries = new ArrayList<>();

        FileRead(String file) {
            this.file = file;
        }

        TeiReading read(String xml) {
            Element root;
            try {
                root = XmlTree.parse(xml);
            } catch (XmlTree.Malformed e) {
                problems.add(Problem.error(file, e.line, "not well-formed XML (line " + e.line + ", column "
                        + e.column + "): " + e.getMessage()));
                return new TeiReading(entries, problems);
            }
            List<Element> teis = new ArrayList<>();
            Optional<String> corpusTitle = Optional.empty();
            if (root.is(TEI, "TEI")) {
                teis.add(root);
            } else if (root.is(TEI, "teiCorpus")) {
                corpusTitle = root.first("teiHeader").flatMap(FileRead::headerTitle);
                teis.addAll(root.find(e -> e.is(TEI, "TEI")));
            } else {
                problems.add(Problem.error(file, root.line(), "the root element is <" + root.name()
                        + "> in namespace '" + root.namespace() + "'; a TEI file starts with <TEI> or <teiCorpus> in "
                        + TEI));
                return new TeiReading(entries, problems);
            }
            for (Element tei : teis) {
                readTei(tei, corpusTitle);
            }
            if (entries.isEmpty() && problems.stream().noneMatch(Problem::isError)) {
                problems.add(Problem.error(file, root.line(), "no document found: expected <div type=\"document\">"
                        + " in <text>, or a <text> with paragraphs"));
            }
            return new TeiReading(entries, problems);
        }

        private void readTei(Element tei, Optional<String> corpusTitle) {
            Optional<Element> header = tei.first("teiHeader");
            Optional<Element> text = tei.first("text");
            if (text.isEmpty()) {
                problems.add(Problem.warning(file, tei.line(), "<TEI> without <text>: nothing to read"));
                return;
            }
            List<Element> documents = text.get().find(e -> e.is(TEI, "div") && e.attribute("type").equals("document"));
            List<Element> originals = text.get().find(e -> e.is(TEI, "div") && e.attribute("type").equals("original"));
            Header h = new Header(header, text.get(), corpusTitle);
            if (documents.isEmpty()) {
                // a TEI file of one document without divisions: its body is the document
                text.get().first("body").ifPresent(body -> documents.add(body));
            }
            boolean single = documents.size() == 1;
            for (Element div : documents) {
                Optional<Element> original = originals.stream()
                        .filter(o -> o.attribute("corresp").equals("#" + div.attribute("xml:id"))
                                || single && originals.size() == 1)
                        .findFirst();
                readDocument(div, original, h, single);
            }
        }

        /** What a {@code teiHeader} says of the documents of its {@code TEI}. */
        private final class Header {
            final Source source;
            final Optional<String> id;
            final String page;
            final Optional<PrintedSource> printed;
            final Optional<ArchiveCitation> archive;
            final String title;
            final Optional<Element> headerElement;

            Header(Optional<Element> header, Element text, Optional<String> corpusTitle) {
                this.headerElement = header;
                Optional<Element> sourceDesc = header.flatMap(x -> x.first("fileDesc")).flatMap(f -> f.first("sourceDesc"));
                Optional<Element> bibl = sourceDesc.flatMap(s -> s.first("biblStruct"));
                Optional<Element> monogr = bibl.flatMap(b -> b.first("monogr"));
                Kind kind = Kind.fromSlug(text.attribute("type"))
                        .or(() -> bibl.flatMap(b -> Kind.fromSlug(b.attribute("type"))))
                        .orElse(Kind.COLLECTION);
                title = header.flatMap(FileRead::headerTitle).orElse("");
                Optional<String> sourceId = monogr.flatMap(m -> idno(m, TeiDocumentWriter.SOURCE_ID_TYPE));
                Optional<String> sourceTitle = monogr.flatMap(m -> m.first("title")).map(FileRead::plain)
                        .filter(s -> !s.isBlank());
                String name = sourceTitle.or(() -> corpusTitle).orElse(title.isBlank() ? file : title);
                String slug = sourceId.filter(s -> s.matches("[a-z0-9]+(-[a-z0-9]+)*")).orElse(slug(name));
                source = new Source(slug, name, kind);
                id = header.flatMap(x -> x.first("fileDesc")).flatMap(f -> f.first("publicationStmt"))
                        .flatMap(p -> idno(p, TeiDocumentWriter.ID_TYPE));
                page = monogr.flatMap(m -> m.elements().stream()
                                .filter(e -> e.name().equals("biblScope") && e.attribute("unit").equals("page"))
                                .findFirst()).map(FileRead::plain).orElse("");
                printed = bibl.flatMap(b -> b.elements().stream()
                                .filter(e -> e.name().equals("note") && e.attribute("type").equals("printed-title"))
                                .findFirst())
                        .map(FileRead::plain).filter(s -> !s.isBlank())
                        .map(t -> new PrintedSource(t, bibl.flatMap(b -> b.first("citedRange")).map(FileRead::plain)
                                .orElse("")));
                Optional<Element> citation = sourceDesc.flatMap(s -> s.first("msDesc")).flatMap(m -> m.first("p"))
                        .or(() -> sourceDesc.flatMap(s -> s.elements().stream()
                                .filter(e -> e.name().equals("bibl") && e.attribute("type").equals("archive-citation"))
                                .findFirst()));
                archive = citation.map(FileRead::plain).filter(s -> !s.isBlank())
                        .map(s -> new ArchiveCitation(s, citation.get().line()));
            }
        }

        private void readDocument(Element div, Optional<Element> original, Header h, boolean single) {
            Collected c = new Collected();
            Optional<String> number = Optional.of(div.attribute("n").strip()).filter(s -> !s.isEmpty());
            String numberMark = "";
            String title = "";
            Optional<HistoricalDate> date = Optional.empty();
            String author = "";
            boolean textInSource = true;
            for (Element e : contentOf(div)) {
                switch (e.name()) {
                    case "head" -> {
                        if (e.attribute("type").equals("number")) {
                            String printed = c.mixed(e, false);
                            numberMark = number.filter(printed::startsWith).map(n -> printed.substring(n.length()))
                                    .map(m -> m.startsWith(".") ? m.substring(1) : m).orElse("");
                        } else if (title.isEmpty()) {
                            // a note on the title (FRUS's source note) is read, its marker kept out of the title
                            title = c.title(e);
                            if (!h.id.isPresent() && number.isPresent()) {
                                // FRUS prints the number before the title: "12. Memorandum From ..."
                                String printedNumber = number.get() + ".";
                                if (title.startsWith(printedNumber + " ")) {
                                    title = title.substring(printedNumber.length()).strip();
                                }
                            }
                        } else {
                            c.paragraph(e);
                        }
                    }
                    case "opener" -> {
                        for (Element part : e.elements()) {
                            if (part.name().equals("dateline") || part.name().equals("docDate")) {
                                List<Element> dates = part.find(x -> x.is(TEI, "date"));
                                if (!dates.isEmpty() && date.isEmpty()) {
                                    date = date(dates.get(0));
                                }
                                if (!onlyDate(part)) {
                                    c.paragraph(part);
                                }
                            } else if (part.name().equals("date")) {
                                if (date.isEmpty()) {
                                    date = date(part);
                                }
                            } else if (part.name().equals("byline") && author.isEmpty()) {
                                author = c.mixed(part.first("docAuthor").orElse(part), true);
                            } else if (part.name().equals("note")) {
                                c.note(part, false);
                            } else {
                                c.paragraph(part);
                            }
                        }
                        c.loose(e);
                    }
                    case "note" -> c.note(e, false);
                    case "gap" -> textInSource &= !e.attribute("reason").equals(TeiDocumentWriter.NOT_IN_SOURCE);
                    case "list" -> {
                        if (e.attribute("type").equals("gloss")) {
                            c.glossary(e);
                        } else {
                            c.paragraph(e);
                        }
                    }
                    default -> {
                        if (SILENT.contains(e.name())) {
                            continue;
                        }
                        if (!BLOCKS.contains(e.name())) {
                            c.unknown(e);
                        }
                        c.paragraph(e);
                    }
                }
            }
            if (title.isBlank()) {
                title = single ? h.title : "";
            }
            if (title.isBlank()) {
                problems.add(Problem.error(file, div.line(), "document without a title: give its <div> a <head>"));
                return;
            }
            Optional<OriginalText> originalText = original.map(o -> original(o, c));
            Kind kind = h.source.kind();
            Optional<String> explicit = single ? h.id : Optional.empty();
            Optional<DocumentId> named = explicit.flatMap(TeiReader::documentId);
            DocumentId id = named.isPresent() ? named.get() : provisionalId(h.source, number, date, title);
            int last = Math.max(div.line(), c.lastLine());
            Document d = new Document(id, kind, h.source, title, date, number, numberMark, author,
                    single ? h.page : "", single ? h.printed : Optional.empty(), single ? h.archive : Optional.empty(),
                    c.paragraphs, originalText, c.footnotes(), textInSource,
                    new SourceLocation(file, Math.max(1, div.line()), Math.max(1, last)), c.glossary);
            entries.add(new TeiReading.Entry(d, named.isPresent(), div.line(),
                    c.kept));
        }

        /** A division's content, with divisions inside it (not documents) opened up. */
        private List<Element> contentOf(Element div) {
            List<Element> out = new ArrayList<>();
            for (Element e : div.elements()) {
                if (e.is(TEI, "div") && !e.attribute("type").equals("original")
                        && !e.attribute("type").equals("document")) {
                    out.addAll(contentOf(e));
                } else if (!(e.is(TEI, "div"))) {
                    out.add(e);
                }
            }
            return out;
        }

        private OriginalText original(Element o, Collected c) {
            String lang = o.attribute("xml:lang").isBlank() ? "und" : o.attribute("xml:lang");
            String title = "";
            String dateline = "";
            String page = "";
            String column = "";
            List<Paragraph> paragraphs = new ArrayList<>();
            for (Element e : contentOf(o)) {
                switch (e.name()) {
                    case "head" -> title = title.isEmpty() ? c.keep(e) : title;
                    case "fw" -> {
                        if (e.attribute("type").equals("page")) {
                            page = c.keep(e);
                        } else if (e.attribute("type").equals("column")) {
                            column = c.keep(e);
                        }
                    }
                    case "opener" -> dateline = e.first("dateline").map(c::keep).orElse("");
                    case "list" -> {
                        if (e.attribute("type").equals("gloss")) {
                            c.glossary(e);
                        } else {
                            String t = c.keep(e);
                            if (!t.isBlank()) {
                                paragraphs.add(new Paragraph(t, e.line()));
                            }
                        }
                    }
                    default -> {
                        if (!BLOCKS.contains(e.name())) {
                            c.unknown(e);
                        }
                        String t = c.keep(e);
                        if (!t.isBlank()) {
                            paragraphs.add(new Paragraph(t, e.line()));
                        }
                    }
                }
            }
            return new OriginalText(lang, title, dateline, page, column, paragraphs);
        }

        /** The text, notes and kept lines of one document as it is read. */
        private final class Collected {
            final List<Paragraph> paragraphs = new ArrayList<>();
            final List<GlossaryEntry> glossary = new ArrayList<>();
            final Map<Integer, List<String>> kept = new LinkedHashMap<>();
            private final List<Footnote> notes = new ArrayList<>();
            private final List<Integer> noteOrder = new ArrayList<>();
            private boolean ordered = true;

            /** The text of {@code e} with notes read and their markers put back; kept line by line. */
            String mixed(Element e, boolean warnUnknown) {
                StringBuilder s = new StringBuilder();
                inline(e, s, warnUnknown, true);
                return normalise(s);
            }

            /** A title: its text, with notes read but their markers left out of it. */
            String title(Element e) {
                StringBuilder s = new StringBuilder();
                for (Node n : e.children()) {
                    if (n instanceof Element note && note.name().equals("note")) {
                        note(note, false);
                    } else if (n instanceof Text t) {
                        s.append(t.text());
                        keepPiece(t);
                    } else {
                        Element x = (Element) n;
                        StringBuilder part = new StringBuilder();
                        if (!SILENT.contains(x.name())) {
                            if (!PHRASES.contains(x.name()) && !BLOCKS.contains(x.name())) {
                                unknown(x);
                            }
                            inline(x, part, false, false);
                        }
                        s.append(part);
                    }
                }
                return normalise(s);
            }

            void paragraph(Element e) {
                String t = mixed(e, true);
                if (!t.isBlank()) {
                    paragraphs.add(new Paragraph(t, e.line()));
                }
            }

            /** Text standing loose in {@code e} between its parts (an opener's words outside its dateline). */
            void loose(Element e) {
                StringBuilder s = new StringBuilder();
                for (Node n : e.children()) {
                    if (n instanceof Text t) {
                        s.append(t.text());
                        keepPiece(t);
                    }
                }
                String t = normalise(s);
                if (!t.isBlank()) {
                    paragraphs.add(new Paragraph(t, e.line()));
                }
            }

            /** The plain text of {@code e}, kept line by line (the original's parts). */
            String keep(Element e) {
                StringBuilder s = new StringBuilder();
                inline(e, s, true, false);
                return normalise(s);
            }

            private void inline(Element e, StringBuilder s, boolean warnUnknown, boolean notes) {
                for (Node n : e.children()) {
                    if (n instanceof Text t) {
                        s.append(t.text());
                        keepPiece(t);
                        continue;
                    }
                    Element child = (Element) n;
                    String name = child.name();
                    if (name.equals("note") && notes) {
                        s.append(note(child, true));
                    } else if (name.equals("choice")) {
                        choice(child, s, warnUnknown, notes);
                    } else if (name.equals("lb")) {
                        s.append(' ');
                    } else if (SILENT.contains(name)) {
                        continue;
                    } else {
                        if (warnUnknown && !PHRASES.contains(name) && !BLOCKS.contains(name)) {
                            unknown(child);
                            warnUnknown = false;
                        }
                        inline(child, s, warnUnknown, notes);
                    }
                }
            }

            /** The reading text of a {@code choice}: the correction, regularisation or expansion. */
            private void choice(Element choice, StringBuilder s, boolean warnUnknown, boolean notes) {
                for (String reading : List.of("corr", "reg", "expan")) {
                    Optional<Element> r = choice.first(reading);
                    if (r.isPresent()) {
                        inline(r.get(), s, warnUnknown, notes);
                        return;
                    }
                }
                choice.elements().stream().findFirst().ifPresent(r -> inline(r, s, warnUnknown, notes));
            }

            /**
             * Reads a note; returns the marker that stands for it in the text ({@code n}, or for a
             * FRUS-style number the collection's form of that number).
             */
            String note(Element note, boolean inText) {
                String n = note.attribute("n").strip();
                int index = notes.size() + 1;
                String printed;
                if (n.isEmpty()) {
                    printed = stars(index);
                } else if (n.chars().allMatch(Character::isDigit)) {
                    printed = stars(Integer.parseInt(n.length() > 3 ? n.substring(n.length() - 3) : n));
                } else {
                    printed = n;
                }
                String marker = note.first("label").map(FileRead::plain).filter(l -> !l.isBlank()).orElse(printed);
                List<String> paragraphs = new ArrayList<>();
                StringBuilder s = new StringBuilder();
                for (Node child : note.children()) {
                    if (child instanceof Element l && l.name().equals("label")) {
                        continue;
                    }
                    if (child instanceof Element p && p.name().equals("p")) {
                        // a note of several paragraphs: kept apart by a blank line, as the collection prints them
                        paragraphs.add(normalise(s));
                        s.setLength(0);
                        inline(p, s, true, false);
                        paragraphs.add(normalise(s));
                        s.setLength(0);
                        continue;
                    }
                    if (child instanceof Text t) {
                        s.append(t.text());
                        keepPiece(t);
                    } else {
                        Element x = (Element) child;
                        if (x.name().equals("choice")) {
                            choice(x, s, true, false);
                        } else if (x.name().equals("lb")) {
                            s.append(' ');
                        } else if (!SILENT.contains(x.name())) {
                            if (!PHRASES.contains(x.name()) && !BLOCKS.contains(x.name())) {
                                unknown(x);
                            }
                            inline(x, s, false, false);
                        }
                    }
                }
                paragraphs.add(normalise(s));
                String text = String.join("\n\n", paragraphs.stream().filter(p -> !p.isBlank()).toList());
                if (text.isBlank()) {
                    problems.add(Problem.warning(file, note.line(), "empty note '" + n + "' left out"));
                    return inText ? printed : "";
                }
                notes.add(new Footnote(ordinal(marker, index), marker, text, note.line()));
                Matcher m = TRAILING_NUMBER.matcher(note.attribute("xml:id"));
                if (m.find()) {
                    noteOrder.add(Integer.parseInt(m.group(1)));
                } else {
                    ordered = false;
                    noteOrder.add(index);
                }
                return inText ? printed : "";
            }

            /** A gloss list: each label, a name as the original prints it, with the item after it, its rendering. */
            void glossary(Element list) {
                Element label = null;
                for (Element e : list.elements()) {
                    if (e.name().equals("label")) {
                        if (label != null) {
                            glossary.add(entry(label, ""));
                        }
                        label = e;
                    } else if (e.name().equals("item") && label != null) {
                        glossary.add(entry(label, keep(e)));
                        label = null;
                    }
                }
                if (label != null) {
                    glossary.add(entry(label, ""));
                }
            }

            private GlossaryEntry entry(Element label, String rendering) {
                return new GlossaryEntry(keep(label), rendering, new SourceLocation(file, Math.max(1, label.line()),
                        Math.max(1, label.line())));
            }

            /** The notes, in the order their ids number them when every id does, else in reading order. */
            List<Footnote> footnotes() {
                if (!ordered) {
                    return notes;
                }
                List<Integer> positions = new ArrayList<>();
                for (int i = 0; i < notes.size(); i++) {
                    positions.add(i);
                }
                positions.sort(Comparator.comparingInt(noteOrder::get));
                return positions.stream().map(notes::get).toList();
            }

            void unknown(Element e) {
                problems.add(Problem.warning(file, e.line(), "<" + e.name() + "> is not read as TEI markup here;"
                        + " its text is kept as " + (BLOCKS.contains(e.name()) ? "a paragraph" : "running text")));
            }

            private void keepPiece(Text t) {
                String piece = normalise(new StringBuilder(t.text()));
                if (piece.isBlank()) {
                    return;
                }
                // a piece spread over lines is kept on its first; the check ignores white space anyway
                kept.computeIfAbsent(t.line(), l -> new ArrayList<>()).add(piece);
            }

            int lastLine() {
                return kept.keySet().stream().mapToInt(Integer::intValue).max().orElse(0);
            }
        }

        /** The {@code idno} of {@code type} directly in {@code e}. */
        private static Optional<String> idno(Element e, String type) {
            return e.elements().stream().filter(x -> x.name().equals("idno") && x.attribute("type").equals(type))
                    .findFirst().map(FileRead::plain).filter(s -> !s.isBlank());
        }

        private static Optional<String> headerTitle(Element header) {
            Optional<Element> titleStmt = header.first("fileDesc").flatMap(f -> f.first("titleStmt"));
            Optional<Element> complete = titleStmt.flatMap(t -> t.elements().stream()
                    .filter(e -> e.name().equals("title") && e.attribute("type").equals("complete")).findFirst());
            return complete.or(() -> titleStmt.flatMap(t -> t.first("title"))).map(FileRead::plain)
                    .filter(s -> !s.isBlank());
        }

        /** The text of {@code e} and everything in it, white space normalised. */
        static String plain(Element e) {
            StringBuilder s = new StringBuilder();
            appendAll(e, s);
            return normalise(s);
        }

        private static void appendAll(Element e, StringBuilder s) {
            for (Node n : e.children()) {
                if (n instanceof Text t) {
                    s.append(t.text());
                } else {
                    appendAll((Element) n, s);
                }
            }
        }

        /** Whether a dateline holds nothing but its date. */
        private static boolean onlyDate(Element dateline) {
            for (Node n : dateline.children()) {
                if (n instanceof Text t && !t.text().isBlank()) {
                    return false;
                }
                if (n instanceof Element e && !e.name().equals("date")) {
                    return false;
                }
            }
            return true;
        }

        private Optional<HistoricalDate> date(Element date) {
            String when = date.attribute("when").strip();
            try {
                if (!when.isEmpty()) {
                    return Optional.of(iso(when));
                }
                String from = first(date.attribute("notBefore"), date.attribute("from"));
                String to = first(date.attribute("notAfter"), date.attribute("to"));
                if (from.isEmpty() && to.isEmpty()) {
                    return Optional.empty();
                }
                HistoricalDate a = iso(from.isEmpty() ? to : from);
                HistoricalDate b = iso(to.isEmpty() ? from : to);
                if (a.year() == b.year() && a.month() == b.month() && a.month() != 0
                        && (a.day() <= 1 && (b.day() == 0 || b.day() == YearMonth.of(b.year(), b.month()).lengthOfMonth()))) {
                    return Optional.of(HistoricalDate.ofMonth(a.year(), a.month()));
                }
                if (a.year() == b.year() && (a.month() <= 1 && a.day() <= 1) && (b.month() == 0 || b.month() == 12
                        && (b.day() == 0 || b.day() == 31))) {
                    return Optional.of(HistoricalDate.ofYear(a.year()));
                }
                problems.add(Problem.warning(file, date.line(), "the date range " + (from.isEmpty() ? "?" : from)
                        + " to " + (to.isEmpty() ? "?" : to) + " is not a day, a month or a year; dated by its start, "
                        + a.iso()));
                return Optional.of(a);
            } catch (DateTimeException | IllegalArgumentException e) {
                problems.add(Problem.error(file, date.line(), "not a date: '" + when + "'"
                        + " (write when=\"1954-10-12\", \"1954-10\" or \"1954\"): " + e.getMessage()));
                return Optional.empty();
            }
        }
    }

    private static String first(String a, String b) {
        return a.isBlank() ? b.strip() : a.strip();
    }

    /** A W3C date as precise as it is written: {@code 1954}, {@code 1954-10} or {@code 1954-10-12}. */
    static HistoricalDate iso(String s) {
        String[] parts = s.split("-", -1);
        if (parts.length > 3 || !s.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
            throw new IllegalArgumentException("expected YYYY, YYYY-MM or YYYY-MM-DD");
        }
        int year = Integer.parseInt(parts[0]);
        int month = parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
        int day = parts.length > 2 ? Integer.parseInt(parts[2]) : 0;
        if (day != 0) {
            LocalDate.of(year, month, day);
        }
        return new HistoricalDate(year, month, day);
    }

    /**
     * {@code s} with each run of white space that holds a line break or tab (the file's layout)
     * made one space, and XML white space trimmed at both ends; runs of plain spaces are text.
     */
    static String normalise(CharSequence s) {
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
                int j = i;
                boolean layout = false;
                while (j < s.length() && (s.charAt(j) == ' ' || s.charAt(j) == '\n' || s.charAt(j) == '\r'
                        || s.charAt(j) == '\t')) {
                    layout |= s.charAt(j) != ' ';
                    j++;
                }
                out.append(layout ? " " : s.subSequence(i, j));
                i = j;
            } else {
                out.append(c);
                i++;
            }
        }
        int start = 0;
        int end = out.length();
        while (start < end && out.charAt(start) == ' ') {
            start++;
        }
        while (end > start && out.charAt(end - 1) == ' ') {
            end--;
        }
        return out.substring(start, end);
    }

    /** The collection's marker for note {@code k}: asterisks up to three, then "k *". */
    static String stars(int k) {
        int n = Math.max(1, k);
        return n <= 3 ? "*".repeat(n) : " " + n + " *";
    }

    /** A note's number from its marker: {@code ***} is 3, {@code 6 *} is 6; otherwise its place. */
    static int ordinal(String marker, int index) {
        String m = marker.strip();
        if (!m.isEmpty() && m.chars().allMatch(c -> c == '*')) {
            return m.length();
        }
        Matcher n = LEADING_NUMBER.matcher(m);
        if (n.find() && Integer.parseInt(n.group(1)) > 0) {
            return Integer.parseInt(n.group(1));
        }
        return Math.max(1, index);
    }

    private static Optional<DocumentId> documentId(String value) {
        try {
            return Optional.of(new DocumentId(value.strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** A first id for a document whose file does not name one; the seed reader settles the final one. */
    private static DocumentId provisionalId(Source source, Optional<String> number, Optional<HistoricalDate> date,
                                            String title) {
        String rest = number.map(n -> "doc-" + slug(n))
                .orElseGet(() -> date.map(HistoricalDate::iso).orElse("undated") + "-" + slug(title));
        String id = (source.id() + "-" + rest).replaceAll("-+", "-").replaceAll("-$", "");
        return new DocumentId(id.length() > DocumentId.MAX_LENGTH ? id.substring(0, DocumentId.MAX_LENGTH)
                .replaceAll("-$", "") : id);
    }

    /** Lower-case ASCII words of {@code text}, at most six, joined by hyphens; "untitled" when none. */
    static String slug(String text) {
        String ascii = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>();
        for (String w : ascii.split("[^a-z0-9]+")) {
            if (!w.isEmpty() && words.size() < 6) {
                words.add(w);
            }
        }
        return words.isEmpty() ? "untitled" : String.join("-", words);
    }
}
