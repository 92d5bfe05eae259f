package org.docedition.apparatus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.docedition.apparatus.related.WordMemo;

/**
 * The memos a process that builds the same edition again and again ({@code edition serve}) keeps of
 * one build's apparatus for the next: each document's words for its related documents (see
 * {@link WordMemo}), the persons it names (see {@link PersonIndexBuilder.MentionMemo}),
 * and the archives' holdings (see {@link HoldingMemo}). A build given it finds the same apparatus as
 * one without, reading only the documents that changed.
 */
public final class ApparatusMemos implements java.io.Serializable {

    final WordMemo words = new WordMemo();
    final PersonIndexBuilder.MentionMemo mentions = new PersonIndexBuilder.MentionMemo();
    final HoldingMemo holdings = new HoldingMemo();

    /**
     * The last build's archive holdings and their fonds: one found again equal is handed out as
     * that very instance. An archive or fond page is made from its holding (every fond and
     * document of it), so the next stage, comparing each page's inputs with the last build's,
     * then compares a holding in an instant instead of document by document on each of its pages.
     */
    static final class HoldingMemo implements java.io.Serializable {

        private Map<String, Apparatus.Holding> holdings = Map.of();
        private Map<String, Apparatus.Fond> fonds = Map.of();
        private int kept;

        /** {@code found}, in its order, with each holding and fond equal to the last build's replaced by it. */
        List<Apparatus.Holding> same(List<Apparatus.Holding> found) {
            Map<String, Apparatus.Holding> nextHoldings = new HashMap<>();
            Map<String, Apparatus.Fond> nextFonds = new HashMap<>();
            List<Apparatus.Holding> out = new ArrayList<>(found.size());
            kept = 0;
            for (Apparatus.Holding h : found) {
                List<Apparatus.Fond> sameFonds = new ArrayList<>(h.fonds().size());
                for (Apparatus.Fond f : h.fonds()) {
                    Apparatus.Fond before = fonds.get(h.id() + "|" + f.id());
                    Apparatus.Fond fond = f.equals(before) ? before : f;
                    sameFonds.add(fond);
                    nextFonds.put(h.id() + "|" + f.id(), fond);
                }
                Apparatus.Holding before = holdings.get(h.id());
                Apparatus.Holding holding;
                if (h.equals(before)) {
                    holding = before;
                    kept++;
                } else {
                    holding = new Apparatus.Holding(h.id(), h.name(), h.fullName(), h.type(), h.documents(), sameFonds);
                }
                out.add(holding);
                nextHoldings.put(h.id(), holding);
            }
            holdings = nextHoldings;
            fonds = nextFonds;
            return out;
        }

        /** How many holdings the last {@link #same} call handed out as the instances of the build before. */
        int kept() {
            return kept;
        }
    }
}
