/** Client-side search: builds the site's Pagefind bundles; the only package that knows Pagefind exists. */
package org.docedition.search;
