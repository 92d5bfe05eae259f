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
record ContentPage(String path, String title, String menu, int order, String bodyHtml, String source) {
}
