package org.docedition.render;

import java.util.HashMap;
import java.util.Map;

/**
 * A source's statement of responsibility, from the edition's configuration ({@code jbake.properties}):
 * who made the English text and how, the language the source prints, and the printed source with
 * its year and pages as the editors state it.
 *
 * <pre>
 * source.sscr-1952-1955.translation=English: machine translation from the Russian, not revised
 * source.sscr-1952-1955.language=ru
 * source.sscr-1952-1955.printed=Soviet-Chinese relations. 1952-1955: Collection of documents
 * source.sscr-1952-1955.year=2015
 * </pre>
 *
 * @param translation the English text's making, or empty when not configured
 * @param language    the language tag of the text the source prints ({@code ru}), or empty
 * @param printed     the printed source's title as the editors cite it, or empty
 * @param year        the printed source's year of publication, or empty
 */
record SourceStatement(String translation, String language, String printed, String year) implements java.io.Serializable {

    static final SourceStatement NONE = new SourceStatement("", "", "", "");

    /** The statement of {@code sourceId} in the configuration {@code content} reads. */
    static SourceStatement read(ContentPageReader content, String sourceId) {
        return new SourceStatement(content.setting(key(sourceId, "translation"), ""),
                content.setting(key(sourceId, "language"), ""), content.setting(key(sourceId, "printed"), ""),
                content.setting(key(sourceId, "year"), ""));
    }

    /** The configuration keys of a source: {@code source.<id>.<field>}. */
    static String key(String sourceId, String field) {
        return "source." + sourceId + "." + field;
    }

    /** The statement as the site model carries it (a map of strings, so the model digests it). */
    Map<String, String> asMap() {
        Map<String, String> m = new HashMap<>(4);
        m.put("translation", translation);
        m.put("language", language);
        m.put("languageName", language.isEmpty() ? ""
                : java.util.Locale.forLanguageTag(language).getDisplayLanguage(java.util.Locale.ENGLISH));
        m.put("printed", printed);
        m.put("year", year);
        return m;
    }

    /** The statement of {@code sourceId} in a site model's {@code statements}, or {@link #NONE}. */
    @SuppressWarnings("unchecked")
    static SourceStatement in(Map<String, Object> site, String sourceId) {
        Object all = site.get("statements");
        if (!(all instanceof Map<?, ?> map) || !(map.get(sourceId) instanceof Map<?, ?> one)) {
            return NONE;
        }
        Map<String, String> m = (Map<String, String>) one;
        return new SourceStatement(m.getOrDefault("translation", ""), m.getOrDefault("language", ""),
                m.getOrDefault("printed", ""), m.getOrDefault("year", ""));
    }

    boolean isEmpty() {
        return translation.isEmpty() && language.isEmpty() && printed.isEmpty() && year.isEmpty();
    }
}
