package org.docedition.publish;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.Optional;

/**
 * What the harvest files (sitemap, robots.txt, feed, bag) say about the site as a whole.
 *
 * @param title           the edition's title, used as the feed's title
 * @param baseUrl         the absolute URL the site is served from, ending in {@code /}, if known
 *                        (config {@code site.url}, option {@code --site-url})
 * @param sourceDateEpoch the time the build stands for ({@code SOURCE_DATE_EPOCH}), if given
 */
public record SiteInfo(String title, Optional<URI> baseUrl, Optional<Instant> sourceDateEpoch) implements java.io.Serializable {

    public SiteInfo {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("site title must not be blank");
        }
        baseUrl.ifPresent(SiteInfo::requireBase);
    }

    /**
     * Site info from a configured URL string, normalised to end in {@code /}.
     *
     * @throws IllegalArgumentException if {@code siteUrl} is present but not an absolute http(s) URL
     */
    public static SiteInfo of(String title, Optional<String> siteUrl, Optional<Instant> sourceDateEpoch) {
        return new SiteInfo(title, siteUrl.filter(s -> !s.isBlank()).map(SiteInfo::parseBaseUrl), sourceDateEpoch);
    }

    /**
     * An absolute http(s) URL with a trailing slash, so relative paths resolve beneath it.
     *
     * @throws IllegalArgumentException with a message fit for the user if {@code url} is not one
     */
    public static URI parseBaseUrl(String url) {
        String s = url.strip();
        try {
            URI uri = new URI(s.endsWith("/") ? s : s + "/");
            requireBase(uri);
            return uri;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("site URL is not a URL: '" + url + "' (" + e.getReason() + ")");
        }
    }

    private static void requireBase(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null
                || uri.getQuery() != null || uri.getFragment() != null || !uri.getRawPath().endsWith("/")) {
            throw new IllegalArgumentException("site URL must be an absolute http(s) URL such as "
                    + "https://example.org/edition/, without query or fragment: '" + uri + "'");
        }
    }

    /** The absolute URL of {@code sitePath} (relative, {@code /}-separated), if the base URL is known. */
    Optional<String> absolute(String sitePath) {
        return baseUrl.map(b -> b.toASCIIString() + SiteFiles.encodePath(sitePath));
    }
}
