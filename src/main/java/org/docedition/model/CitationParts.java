package org.docedition.model;

import java.util.Optional;

/**
 * An archive or newspaper citation split into its parts: {@code AVPRF. F. 0100. Op. 47. P. 384. D. 52.
 * L. 12-20.} has archive, fond, opis (inventory), papka (folder), delo (file) and list (sheets);
 * {@code Truth. 1954. 12 Oct.} is a newspaper (Pravda, translated) and an issue date.
 *
 * <p>Parts the citation does not give are empty strings. The citation as printed stays in
 * {@link ArchiveCitation}; these parts are an editorial reading of it.
 *
 * @param type      archive, newspaper, or other (a citation in no known form)
 * @param holder    the archive or newspaper by the name the edition uses ({@code AVP RF}, {@code Pravda})
 * @param printedAs the holder's name as printed ({@code AVPRF}, {@code WUA RF}, {@code Truth})
 * @param fond      fond ({@code F.})
 * @param opis      opis ({@code Op.})
 * @param papka     papka ({@code P.})
 * @param delo      delo ({@code D.})
 * @param sheets    list or sheets ({@code L.})
 * @param issue     a newspaper's issue date
 * @param rest      what the parts leave over ({@code translated from Chinese. lang.}), or empty
 */
public record CitationParts(Type type, String holder, String printedAs, String fond, String opis, String papka,
                            String delo, String sheets, Optional<HistoricalDate> issue, String rest) implements java.io.Serializable {

    /** What kind of place the citation points to. */
    public enum Type { ARCHIVE, NEWSPAPER, OTHER }

    public CitationParts {
        if (type == null || holder == null || holder.isBlank()) {
            throw new IllegalArgumentException("a citation needs a type and a holder");
        }
        printedAs = printedAs == null ? holder : printedAs;
        fond = fond == null ? "" : fond;
        opis = opis == null ? "" : opis;
        papka = papka == null ? "" : papka;
        delo = delo == null ? "" : delo;
        sheets = sheets == null ? "" : sheets;
        issue = issue == null ? Optional.empty() : issue;
        rest = rest == null ? "" : rest;
    }

    /** The archive file (delo) this citation names, as a key, if it names one: holder, fond, opis, papka, delo. */
    public Optional<String> fileKey() {
        if (type != Type.ARCHIVE || delo.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(holder + "|" + fond + "|" + opis + "|" + papka + "|" + delo);
    }
}
