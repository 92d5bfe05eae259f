package org.docedition.model;

/**
 * A name as the original prints it, with the rendering the source gives for it: one line of a
 * newspaper article's "Named Entities" list ({@code 周恩来 → Zhou Enlai}).
 *
 * @param original  the name in the original script
 * @param rendering its rendering in the translation, or empty when the source gives none
 * @param where     the seed line it stands on
 */
public record GlossaryEntry(String original, String rendering, SourceLocation where) implements java.io.Serializable {

    public GlossaryEntry {
        if (original == null || original.isBlank()) {
            throw new IllegalArgumentException("a glossary entry needs the name as printed (" + where + ")");
        }
        if (where == null) {
            throw new IllegalArgumentException("a glossary entry needs its seed line");
        }
        rendering = rendering == null ? "" : rendering;
    }
}
