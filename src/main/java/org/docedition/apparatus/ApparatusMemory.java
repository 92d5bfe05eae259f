package org.docedition.apparatus;

/**
 * What a process that builds the same edition again and again ({@code edition serve}) keeps of
 * one build's apparatus for the next: each document's words for its related documents (see
 * {@link RelatedDocuments.Memory}) and the persons it names (see {@link PersonIndexBuilder.Memory}).
 * A build given it finds the same apparatus as one without, reading only the documents that changed.
 */
public final class ApparatusMemory {

    final RelatedDocuments.Memory words = new RelatedDocuments.Memory();
    final PersonIndexBuilder.Memory mentions = new PersonIndexBuilder.Memory();
}
