package org.docedition.render;

import java.net.URI;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.docedition.model.Document;
import org.docedition.model.HistoricalDate;
import org.docedition.model.Kind;

/**
 * What a citation of one document says, in the parts every citation format needs: the document's
 * own title, date and number, the publication that holds it (book, newspaper, catalogue) with its
 * year and pages, the archive, and this edition with the page's address.
 *
 * @param id             the document id, used as the citation key
 * @param kind           the kind of source, which decides the citation's type in each format
 * @param author         the author as given, or empty
 * @param title          the document's title (translation)
 * @param date           the document's date, if it has one
 * @param number         the source's document number, or empty
 * @param container      the book, newspaper or catalogue holding the document
 * @param containerYear  the book's year of publication, or empty
 * @param firstPage      the first printed page, or the newspaper page, or empty
 * @param lastPage       the last printed page, or empty
 * @param archive        where the original is kept, as the source states it, or empty
 * @param originalLanguage the original's language tag when the edition prints it, or empty
 * @param edition        this edition's title
 * @param url            the page's absolute address, if the site's public URL is known
 * @param sitePath       the page's path under the site root ({@code documents/<id>.html})
 * @param translation    how the English text was made, from the source's statement of responsibility, or empty
 * @param sourceLanguage the language the source prints (its statement, or the original's), or empty
 * @param originalTitle  the title in the original's language, when the edition prints the original, or empty
 * @param containerOriginal the newspaper's name in its own script ({@code 人民日报}), or empty
 */
record DocumentCitation(String id, Kind kind, String author, String title, Optional<HistoricalDate> date,
                        String number, String container, String containerYear, String firstPage, String lastPage,
                        String archive, String originalLanguage, String edition, Optional<String> url,
                        String sitePath, String translation, String sourceLanguage, String originalTitle,
                        String containerOriginal) implements java.io.Serializable {

    /** A name followed by its form in another script in brackets: {@code People's Daily (人民日报)}. */
    private static final Pattern NAME_WITH_ORIGINAL = Pattern.compile("^(.*?)\\s*[(\uFF08]([^()\uFF08\uFF09]*[\\p{IsHan}][^()\uFF08\uFF09]*)[)\uFF09]$");

    /** The citation of {@code d} without a statement of responsibility. */
    static DocumentCitation of(Document d, String edition, String baseUrl) {
        return of(d, edition, baseUrl, SourceStatement.NONE);
    }

    /** A printed book title that ends in its year: {@code Collection of documents. 2015}. */
    private static final Pattern TITLE_YEAR = Pattern.compile("^(.*?)[.,]?\\s+(1[5-9]\\d\\d|20\\d\\d)\\.?$");
    /** {@code pp. 162-166}, {@code p. 45}, {@code 162–166}. */
    private static final Pattern PAGES = Pattern.compile("^(?:pp?\\.\\s*)?(\\w+)(?:\\s*[-\u2013\u2014]+\\s*(\\w+))?\\.?$");

    /**
     * The citation of {@code d} in the edition {@code edition}, whose public base URL (ending in
     * {@code /}) is {@code baseUrl}, or empty when not known.
     */
    static DocumentCitation of(Document d, String edition, String baseUrl, SourceStatement statement) {
        String container = d.source().title();
        String year = "";
        String first = "";
        String last = "";
        if (d.printed().isPresent()) {
            Matcher t = TITLE_YEAR.matcher(d.printed().get().title().strip());
            if (t.matches()) {
                container = t.group(1).strip();
                year = t.group(2);
            } else {
                container = d.printed().get().title().strip();
            }
            Matcher p = PAGES.matcher(d.printed().get().pages());
            if (p.matches()) {
                first = p.group(1);
                last = p.group(2) == null ? "" : p.group(2);
            }
        } else if (!d.page().isBlank()) {
            first = d.page().strip();
        }
        // the source's statement gives the book and its year where the document's own heading does not
        if (d.kind() == Kind.COLLECTION && d.printed().isEmpty() && !statement.printed().isEmpty()) {
            container = statement.printed();
        }
        if (d.kind() == Kind.COLLECTION && year.isEmpty()) {
            year = statement.year();
        }
        String archive = d.archive().map(a -> a.text().strip()).orElse("");
        if (archive.endsWith(".")) {
            archive = archive.substring(0, archive.length() - 1);
        }
        String path = d.id().url();
        String containerOriginal = "";
        Matcher named = NAME_WITH_ORIGINAL.matcher(container);
        if (d.kind() == Kind.NEWSPAPER && named.matches()) {
            containerOriginal = named.group(2).strip();
        }
        String originalLanguage = d.original().map(o -> o.language()).orElse("");
        return new DocumentCitation(d.id().value(), d.kind(), d.author().strip(), d.title().strip().replaceAll("\\s+", " "),
                d.date(),
                d.number().orElse(""), container, year, first, last, archive,
                originalLanguage, edition,
                baseUrl.isEmpty() ? Optional.empty() : Optional.of(URI.create(baseUrl).resolve(path).toASCIIString()),
                path, statement.translation(), statement.language().isEmpty() ? originalLanguage : statement.language(),
                d.original().map(o -> o.title().strip().replaceAll("\\s+", " ")).orElse(""), containerOriginal);
    }

    /** The name of the source's language in English ({@code Russian}), or empty. */
    String sourceLanguageName() {
        return sourceLanguage.isEmpty() ? ""
                : java.util.Locale.forLanguageTag(sourceLanguage).getDisplayLanguage(java.util.Locale.ENGLISH);
    }

    /** The pages as printed in a note: {@code 162–166}, {@code 6}, or empty. */
    String pages() {
        return lastPage.isEmpty() ? firstPage : firstPage + "\u2013" + lastPage;
    }

    /** Whether the document is an article of a periodical (its page is a newspaper page). */
    boolean isNewspaper() {
        return kind == Kind.NEWSPAPER;
    }

    /** Whether the document is printed in a book. */
    boolean isInBook() {
        return kind == Kind.COLLECTION;
    }
}
