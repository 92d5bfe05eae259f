package org.docedition.qa;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A link checker over the files of a built site: every {@code href} and {@code src} of every page
 * must name a file of the site, and its {@code #fragment} an element id of that page. Links to the
 * site's own public base URL are checked as the files they name; other absolute URLs are not fetched.
 */
final class SiteLinks {

    private static final String LINKS = "a[href], area[href], link[href], script[src], img[src], source[src], "
            + "iframe[src], form[action], use[href]";

    private final Path site;
    private final String siteUrl;
    private final Map<Path, Set<String>> ids = new HashMap<>();
    /** Absolute URLs outside the site seen on the pages, for the record. */
    final Set<String> external = new HashSet<>();
    int checked;

    SiteLinks(Path site, String siteUrl) {
        this.site = site.toAbsolutePath().normalize();
        this.siteUrl = siteUrl;
    }

    /** The broken links of {@code page} (site-relative), each as "page: link (why)". */
    List<String> broken(String page) {
        List<String> broken = new ArrayList<>();
        Path file = site.resolve(page);
        Document doc = parse(file);
        for (Element e : doc.select(LINKS)) {
            String attr = e.hasAttr("href") ? "href" : e.hasAttr("src") ? "src" : "action";
            String link = e.attr(attr);
            checked++;
            String why = check(file, link);
            if (!why.isEmpty()) {
                broken.add(page + ": <" + e.tagName() + " " + attr + "=\"" + link + "\"> " + why);
            }
        }
        return broken;
    }

    private String check(Path from, String link) {
        if (link.isBlank() || link.equals("#")) {
            return "(empty link)";
        }
        URI uri;
        try {
            uri = new URI(link.strip());
        } catch (URISyntaxException e) {
            return "(not a URL: " + e.getReason() + ")";
        }
        Path target;
        if (uri.isAbsolute()) {
            if (link.startsWith(siteUrl)) {
                target = site.resolve(uri.getPath().substring(URI.create(siteUrl).getPath().length()));
            } else if ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) {
                external.add(link);
                return "";
            } else if ("mailto".equals(uri.getScheme())) {
                return "";
            } else {
                return "(scheme " + uri.getScheme() + " is not for a static site)";
            }
        } else if (uri.getRawPath() == null || uri.getRawPath().isEmpty()) {
            target = from;
        } else if (uri.getRawPath().startsWith("/")) {
            return "(root-relative: breaks when the site is served from a sub-path)";
        } else {
            target = from.getParent().resolve(uri.getPath());
        }
        target = target.normalize();
        if (Files.isDirectory(target)) {
            target = target.resolve("index.html");
        }
        if (!target.startsWith(site)) {
            return "(leaves the site)";
        }
        if (!Files.isRegularFile(target)) {
            return "(no such file: " + site.relativize(target) + ")";
        }
        String fragment = uri.getFragment();
        if (fragment != null && !fragment.isEmpty()) {
            if (!target.toString().endsWith(".html")) {
                return "(fragment on a file that is not a page)";
            }
            if (!ids.computeIfAbsent(target, SiteLinks::idsOf).contains(fragment)) {
                return "(no element with id \"" + fragment + "\" in " + site.relativize(target) + ")";
            }
        }
        return "";
    }

    private static Set<String> idsOf(Path page) {
        Set<String> ids = new HashSet<>();
        Document doc = parse(page);
        doc.select("[id]").forEach(e -> ids.add(e.id()));
        doc.select("a[name]").forEach(e -> ids.add(e.attr("name")));
        return ids;
    }

    private static Document parse(Path page) {
        try {
            return Jsoup.parse(page.toFile(), "UTF-8");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
