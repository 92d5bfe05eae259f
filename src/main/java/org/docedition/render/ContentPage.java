package org.docedition.render;

/**
 * A hand-written editorial page from {@code content/}, parsed by JBake.
 *
 * @param path     the output path, site-relative ({@code about.html})
 * @param title    the {@code title=} header
 * @param menu     the {@code menu=} header: the page's label in the site navigation, or empty
 * @param order    the {@code order=} header: its place among content pages (then by path)
 * @param bodyHtml the body, HTML made by flexmark from the Markdown with raw HTML suppressed
 * @param source   the content file, for problems
 */
record ContentPage(String path, String title, String menu, int order, String bodyHtml, String source) implements java.io.Serializable {

    /** What an editor writes in a content page where the site's public address belongs. */
    static final String SITE_URL = "{{site.url}}";

    /**
     * The body with {@link #SITE_URL} replaced by the site's public address ({@code siteUrl}, ending
     * in {@code /}), or, when it is not known, by a placeholder that reads as one: an example never
     * gives an address that is not the edition's.
     */
    String body(String siteUrl) {
        String address = siteUrl.isEmpty() ? "<var>address-of-the-edition</var>/" : HtmlText.escape(siteUrl);
        return bodyHtml.replace(SITE_URL, address);
    }
}
