/** Seed files to {@link org.docedition.model.Document} records: one reader per seed format. */
package org.docedition.ingest;
