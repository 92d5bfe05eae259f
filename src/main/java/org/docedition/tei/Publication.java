package org.docedition.tei;

import java.net.URI;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What the exports say about the edition as a publication.
 *
 * @param title      the edition's title ({@code site.title})
 * @param publisher  who publishes it ({@code site.publisher}; the title when not set)
 * @param baseUrl    the public address of the site, ending in {@code /}, if known
 * @param date       the day the build stands for ({@code SOURCE_DATE_EPOCH}), if given
 * @param licence    the licence statement ({@code site.licence}), or empty when the editors gave none
 * @param licenceUrl the licence's address ({@code site.licence.url}), or empty
 * @param adminEmail the address harvesters write to ({@code site.admin.email}), or empty
 */
public record Publication(String title, String publisher, Optional<URI> baseUrl, Optional<LocalDate> date,
                          String licence, String licenceUrl, String adminEmail) {

    public Publication {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("the edition needs a title");
        }
        publisher = publisher == null || publisher.isBlank() ? title : publisher.strip();
        licence = licence == null ? "" : licence.strip();
        licenceUrl = licenceUrl == null ? "" : licenceUrl.strip();
        adminEmail = adminEmail == null ? "" : adminEmail.strip();
    }

    /** The absolute address of a site path, if the site's address is known. */
    Optional<String> absolute(String sitePath) {
        return baseUrl.map(b -> b.resolve(sitePath).toASCIIString());
    }
}
