package org.docedition.publish;

import java.net.URI;
import java.net.URISyntaxException;

/** Site paths as URLs. */
final class SiteFiles {

    private SiteFiles() {
    }

    /** A relative path with each segment percent-encoded as a URL needs it ({@code a b.html} to {@code a%20b.html}). */
    static String encodePath(String sitePath) {
        try {
            return new URI(null, null, sitePath, null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a site path: " + sitePath, e);
        }
    }
}
