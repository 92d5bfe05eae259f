/**
 * Seed files to {@link org.docedition.model.Document} records: one reader per seed format, and an
 * account of every seed line for the no-text-lost check.
 *
 * <p>The entry is {@link org.docedition.ingest.SeedIngester}; it decodes each file
 * ({@code SeedDecoder}), hands it to the reader that recognises it ({@code CanonicalReader} for
 * the Markdown format editors write, then the legacy {@code NewspaperReader},
 * {@code CollectionReader}, {@code CatalogueReader}), settles ids across files ({@code IdResolver})
 * and returns documents, problems and the {@link org.docedition.ingest.LineLedger}.
 */
package org.docedition.ingest;
