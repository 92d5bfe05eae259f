package org.docedition.publish;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.docedition.files.Memo;
import org.docedition.files.SiteTree;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.docedition.link.Edition;
import org.docedition.model.Document;
import org.docedition.model.HistoricalDate;
import org.docedition.model.Paragraph;

/**
 * Writes {@code feed.xml}, an Atom feed (RFC 4287) with one entry per document, newest document
 * date first.
 *
 * <p>Dates never come from the clock. An entry's {@code <updated>} is its document's date (a
 * month or year stands for its first day); the feed's {@code <updated>} is
 * {@code SOURCE_DATE_EPOCH} if given, else the newest document date. Entry ids are name-based
 * UUIDs of the document ids, so they survive a move of the site; links are absolute when the
 * base URL is known and otherwise relative, which Atom resolves against the feed's own address.
 */
public final class FeedWriter {

    /** Atom's {@code date-time} in UTC, seconds precision. */
    private static final DateTimeFormatter RFC3339 = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final int SUMMARY_CHARS = 300;

    private final SiteInfo site;

    public FeedWriter(SiteInfo site) {
        this.site = site;
    }

    /**
     * Writes {@code siteDir/feed.xml} for {@code edition}.
     *
     * @throws java.io.UncheckedIOException if the file cannot be written
     */
    public void write(Edition edition, Path siteDir) {
        write(edition, SiteTree.clean(siteDir));
    }

    /**
     * Writes {@code feed.xml} of {@code tree} for {@code edition}.
     *
     * @throws java.io.UncheckedIOException if the file cannot be written
     */
    public void write(Edition edition, SiteTree tree) {
        write(edition, tree, Memo.NONE);
    }

    /**
     * The same, taking each document's entry from {@code entries} when it has it from the same
     * document, feed date and site.
     *
     * @throws java.io.UncheckedIOException if the file cannot be written
     */
    public void write(Edition edition, SiteTree tree, Memo<String> entries) {
        entries.begin();
        try {
            tree.write("feed.xml", feed(edition, entries).getBytes(StandardCharsets.UTF_8));
        } finally {
            entries.end();
        }
    }

    String feed(Edition edition) {
        return feed(edition, Memo.NONE);
    }

    private String feed(Edition edition, Memo<String> texts) {
        List<Document> newestFirst = new ArrayList<>(edition.documents());
        // stable sort: documents of the same date keep the edition's order
        newestFirst.sort(Comparator.comparing((Document d) -> d.date().orElse(null),
                Comparator.nullsLast(Comparator.<HistoricalDate>reverseOrder())));
        String updated = RFC3339.format(feedUpdated(edition));

        StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        x.append("<feed xmlns=\"http://www.w3.org/2005/Atom\">\n");
        element(x, "  ", "title", site.title());
        element(x, "  ", "id", site.absolute("feed.xml")
                .orElse(urn("feed:" + site.title())));
        element(x, "  ", "updated", updated);
        x.append("  <author><name>").append(XmlText.escape(site.title())).append("</name></author>\n");
        link(x, "  ", "self", "application/atom+xml", href("feed.xml"));
        link(x, "  ", "alternate", "text/html", href(""));
        element(x, "  ", "generator", "docedition");
        String[] entries = new String[newestFirst.size()];
        java.util.stream.IntStream.range(0, entries.length).parallel().forEach(i -> {
            Document d = newestFirst.get(i);
            entries[i] = texts.key("feed.xml#" + d.id().value(), () -> List.of(d, updated, site),
                    () -> entry(d, updated));
        });
        for (String entry : entries) {
            x.append(entry);
        }
        return x.append("</feed>\n").toString();
    }

    /** The {@code <entry>} of {@code d}; {@code updated} stands for the date of an undated document. */
    private String entry(Document d, String updated) {
        StringBuilder x = new StringBuilder(1024);
        x.append("  <entry>\n");
        element(x, "    ", "title", d.title());
        element(x, "    ", "id", urn("document:" + d.id().value()));
        element(x, "    ", "updated", d.date().map(FeedWriter::instant).map(RFC3339::format).orElse(updated));
        link(x, "    ", "alternate", "text/html", href(d.id().url()));
        x.append("    <category term=\"").append(XmlText.escape(d.kind().slug())).append("\" label=\"")
                .append(XmlText.escape(d.kind().label())).append("\"/>\n");
        element(x, "    ", "summary", summary(d));
        x.append("  </entry>\n");
        return x.toString();
    }

    private Instant feedUpdated(Edition edition) {
        if (site.sourceDateEpoch().isPresent()) {
            return site.sourceDateEpoch().get();
        }
        return edition.documents().stream().map(Document::date).flatMap(Optional::stream)
                .max(Comparator.naturalOrder()).map(FeedWriter::instant).orElse(Instant.EPOCH);
    }

    /** A partial date stands for the first day of its period, at midnight UTC. */
    static Instant instant(HistoricalDate date) {
        return LocalDate.of(date.year(), Math.max(1, date.month()), Math.max(1, date.day()))
                .atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** "Doc. 72 · January 5, 1954 · Collection title: first words of the text…". */
    static String summary(Document d) {
        List<String> parts = new ArrayList<>();
        if (!d.numberLabel().isEmpty()) {
            parts.add(d.numberLabel());
        }
        d.date().ifPresent(date -> parts.add(date.label()));
        parts.add(d.source().title());
        String head = String.join(" · ", parts);
        if (!d.textInSource()) {
            return head + ". The text is not in this source.";
        }
        return d.paragraphs().stream().findFirst().map(Paragraph::text)
                .map(t -> head + ": " + shorten(t)).orElse(head);
    }

    /**
     * The text with every run of whitespace ({@code \\s}: space, tab, line breaks) as one space, cut
     * at a space before {@value #SUMMARY_CHARS} characters. Only what can be shown is read: a first
     * paragraph may be long, and the feed has one summary per document.
     */
    static String shorten(String text) {
        String stripped = text.strip();
        StringBuilder t = new StringBuilder(Math.min(stripped.length(), SUMMARY_CHARS + 1));
        boolean inRun = false;
        for (int i = 0; i < stripped.length() && t.length() <= SUMMARY_CHARS; i++) {
            char c = stripped.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
                if (!inRun) {
                    t.append(' ');
                    inRun = true;
                }
            } else {
                t.append(c);
                inRun = false;
            }
        }
        if (t.length() <= SUMMARY_CHARS) {
            return t.toString();
        }
        int cut = t.lastIndexOf(" ", SUMMARY_CHARS);
        int end = cut > SUMMARY_CHARS / 2 ? cut : SUMMARY_CHARS;
        if (Character.isHighSurrogate(t.charAt(end - 1))) {
            end--;
        }
        return t.substring(0, end) + "…";
    }

    private String href(String sitePath) {
        return site.absolute(sitePath).orElse(sitePath.isEmpty() ? "./" : SiteFiles.encodePath(sitePath));
    }

    private static String urn(String name) {
        return "urn:uuid:" + UUID.nameUUIDFromBytes(("docedition:" + name).getBytes(StandardCharsets.UTF_8));
    }

    private static void element(StringBuilder x, String indent, String name, String text) {
        x.append(indent).append('<').append(name).append('>').append(XmlText.escape(text))
                .append("</").append(name).append(">\n");
    }

    private static void link(StringBuilder x, String indent, String rel, String type, String href) {
        x.append(indent).append("<link rel=\"").append(rel).append("\" type=\"").append(type)
                .append("\" href=\"").append(XmlText.escape(href)).append("\"/>\n");
    }
}
