package org.docedition.publish;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.docedition.files.SiteTree;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Writes {@code robots.txt} and, when the site's base URL is known, {@code sitemap.xml} listing
 * every HTML page of the site.
 *
 * <p>The sitemap protocol requires absolute URLs, and the site is relocatable (it may be served
 * from any host and sub-path, or mirrored), so without a configured base URL no sitemap is
 * written and robots.txt carries no {@code Sitemap:} line: a sitemap with guessed or relative
 * URLs would send crawlers to the wrong place. Pages are found by listing the rendered site, so
 * editorial pages, the index and the chronology are included without this class knowing their
 * names. {@code <lastmod>} is written only when {@code SOURCE_DATE_EPOCH} gives the build's date.
 */
public final class SitemapWriter {

    /** The sitemap protocol's limit of URLs per file; beyond it a sitemap index is written. */
    static final int MAX_URLS_PER_FILE = 50_000;

    private final SiteInfo site;
    private final int maxUrlsPerFile;

    public SitemapWriter(SiteInfo site) {
        this(site, MAX_URLS_PER_FILE);
    }

    SitemapWriter(SiteInfo site, int maxUrlsPerFile) {
        this.site = site;
        this.maxUrlsPerFile = maxUrlsPerFile;
    }

    /**
     * Writes robots.txt and, if the base URL is known, the sitemap into {@code siteDir}; call it
     * after every HTML page has been written.
     *
     * @return true if a sitemap was written, false if it was skipped for want of a base URL
     * @throws java.io.UncheckedIOException if a file cannot be read or written
     */
    public boolean write(Path siteDir) {
        return write(SiteTree.existing(siteDir));
    }

    /**
     * Writes robots.txt and, if the base URL is known, the sitemap of every HTML page of {@code tree};
     * call it after every HTML page has been written.
     *
     * @return true if a sitemap was written, false if it was skipped for want of a base URL
     * @throws java.io.UncheckedIOException if a file cannot be written
     */
    public boolean write(SiteTree tree) {
        StringBuilder robots = new StringBuilder("User-agent: *\nDisallow:\n");
        if (site.baseUrl().isEmpty()) {
            tree.write("robots.txt", utf8(robots.toString()));
            return false;
        }
        List<String> urls = new ArrayList<>();
        for (String file : tree.paths()) {
            if (isPage(file)) {
                urls.add(site.absolute(pageUrl(file)).orElseThrow());
            }
        }
        Optional<String> lastmod = site.sourceDateEpoch()
                .map(i -> LocalDate.ofInstant(i, ZoneOffset.UTC).toString());
        if (urls.size() <= maxUrlsPerFile) {
            tree.write("sitemap.xml", urlset(urls, lastmod));
        } else {
            List<String> parts = new ArrayList<>();
            for (int from = 0, n = 1; from < urls.size(); from += maxUrlsPerFile, n++) {
                String name = "sitemap-" + n + ".xml";
                tree.write(name, urlset(urls.subList(from, Math.min(urls.size(), from + maxUrlsPerFile)), lastmod));
                parts.add(site.absolute(name).orElseThrow());
            }
            tree.write("sitemap.xml", index(parts, lastmod));
        }
        robots.append("\nSitemap: ").append(site.absolute("sitemap.xml").orElseThrow()).append('\n');
        tree.write("robots.txt", utf8(robots.toString()));
        return true;
    }

    /** HTML pages a reader may land on; the search bundle's files are not pages. */
    static boolean isPage(String file) {
        return file.endsWith(".html") && !file.startsWith("pagefind/") && !file.equals("404.html");
    }

    /** {@code a/index.html} is served as {@code a/}: list the URL people link to. */
    static String pageUrl(String file) {
        if (file.equals("index.html")) {
            return "";
        }
        return file.endsWith("/index.html") ? file.substring(0, file.length() - "index.html".length()) : file;
    }

    private static byte[] urlset(List<String> urls, Optional<String> lastmod) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (String url : urls) {
            xml.append("  <url><loc>").append(XmlText.escape(url)).append("</loc>");
            lastmod.ifPresent(d -> xml.append("<lastmod>").append(d).append("</lastmod>"));
            xml.append("</url>\n");
        }
        return utf8(xml.append("</urlset>\n").toString());
    }

    private static byte[] index(List<String> sitemaps, Optional<String> lastmod) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (String url : sitemaps) {
            xml.append("  <sitemap><loc>").append(XmlText.escape(url)).append("</loc>");
            lastmod.ifPresent(d -> xml.append("<lastmod>").append(d).append("</lastmod>"));
            xml.append("</sitemap>\n");
        }
        return utf8(xml.append("</sitemapindex>\n").toString());
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
