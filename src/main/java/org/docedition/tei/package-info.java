/**
 * TEI P5 in and out, and the Dublin Core records libraries harvest: each document as a TEI file
 * and the edition as one {@code teiCorpus} ({@link org.docedition.tei.TeiExporter}), an OAI-PMH
 * static repository of Dublin Core records, and TEI read back as a seed format
 * ({@link org.docedition.tei.TeiReader}, reached from {@code ingest} as one more seed reader).
 * The only package that knows TEI; it uses the JDK's StAX and nothing else for XML.
 */
package org.docedition.tei;
