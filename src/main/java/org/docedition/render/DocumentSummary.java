package org.docedition.render;

import java.util.HashMap;
import java.util.Map;
import org.docedition.model.Document;
import org.docedition.model.HistoricalDate;

/** What a list entry (chronology, cited by, previous/next) shows of a document, as a template model. */
final class DocumentSummary {

    private DocumentSummary() {
    }

    /** Keys: id, url (site-relative), title, date, iso, precision, kind, kindSlug, number, textInSource. */
    static Map<String, Object> of(Document d) {
        Map<String, Object> m = new HashMap<>(16);
        m.put("id", d.id().value());
        m.put("url", d.id().url());
        m.put("title", d.title());
        m.put("date", DateText.label(d.date()));
        m.put("iso", d.date().map(HistoricalDate::iso).orElse(""));
        m.put("precision", DateText.precisionNote(d.date()));
        m.put("kind", d.kind().label());
        m.put("kindSlug", d.kind().slug());
        m.put("number", d.numberLabel());
        m.put("textInSource", d.textInSource());
        return m;
    }
}
