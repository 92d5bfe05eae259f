/**
 * Publishes a rendered site: data exports, sitemap and feed, fixity manifest, BagIt packaging, and
 * the atomic swap of the new site into place.
 *
 * <p>Nothing here reads the wall clock: dates come from the documents or from
 * {@code SOURCE_DATE_EPOCH}, so two builds of the same input are byte-identical.
 */
package org.docedition.publish;
