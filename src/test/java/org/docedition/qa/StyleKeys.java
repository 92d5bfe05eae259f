package org.docedition.qa;

import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What decides an element's colours, as a key: the chain from {@code <html>} down to the element,
 * each step its name, its classes, its inline style, the attributes the page's style sheets select
 * on (read from the sheets, with {@code lang}, {@code hidden} and {@code aria-hidden}), and whether
 * it holds text of its own: words or numbers, or only marks (axe skips text of symbols alone, such
 * as a footnote's back arrow).
 *
 * <p>Why a page set that shows every key proves what all pages would, for axe's colour rules: the
 * sheets pick colours by element, class, attribute and ancestry, and the two schemes differ only in
 * their custom properties. So two elements with one key get the same colour on the same stack of
 * backgrounds, the same font size and weight (large text or not), and, with the text flags of the
 * chain, the same place in a block of text ({@code link-in-text-block}): the colour rules judge
 * them alike. What the key leaves out does not reach colours here: the text itself, ids, links'
 * targets, the sibling selector (the sheets use one, for the breadcrumb's generated separator), the
 * states axe does not put a page in (hover, focus, target, visited) and {@code :empty} (a height
 * only). The keys are read from the page as Chromium shows it, after its scripts ran, so elements
 * the scripts add count.
 */
final class StyleKeys {

    /** Every key on {@code page}, as it is loaded now. */
    private static final String KEYS = """
            () => {
              const named = new Set(['lang', 'hidden', 'aria-hidden']);
              const rulesOf = list => {
                for (const r of list) {
                  for (const m of (r.selectorText || '').matchAll(/\\[([\\w-]+)/g)) named.add(m[1]);
                  if (r.cssRules) rulesOf(r.cssRules);
                }
              };
              for (const sheet of document.styleSheets) rulesOf(sheet.cssRules);
              const attributes = [...named].sort();
              const step = e => {
                let k = e.localName;
                for (const c of [...e.classList].sort()) k += '.' + c;
                if (e.hasAttribute('style')) k += '[style=' + e.getAttribute('style') + ']';
                for (const a of attributes) if (e.hasAttribute(a)) k += '[' + a + '=' + e.getAttribute(a) + ']';
                const own = [...e.childNodes].filter(n => n.nodeType === 3).map(n => n.textContent).join('');
                if (/[\\p{L}\\p{N}]/u.test(own)) k += '+text';
                else if (own.trim()) k += '+marks';
                return k;
              };
              const keys = new Set();
              const visit = (e, chain) => {
                const key = chain + '>' + step(e);
                keys.add(key);
                for (const c of e.children) visit(c, key);
              };
              visit(document.documentElement, '');
              return [...keys];
            }""";

    private StyleKeys() {
    }

    /** The keys of every element of {@code page}. */
    @SuppressWarnings("unchecked")
    static Set<String> of(Page page) {
        return Set.copyOf((List<String>) page.evaluate(KEYS));
    }

    /**
     * A small set of {@code pages} that together hold every key any of them holds: greedily, the
     * page with most keys not yet held, the first in order on ties; {@code keys} are each page's.
     */
    static List<String> cover(List<String> pages, List<Set<String>> keys) {
        Set<String> left = new HashSet<>();
        keys.forEach(left::addAll);
        List<String> chosen = new ArrayList<>();
        while (!left.isEmpty()) {
            int best = 0;
            long most = -1;
            for (int i = 0; i < pages.size(); i++) {
                long n = keys.get(i).stream().filter(left::contains).count();
                if (n > most) {
                    best = i;
                    most = n;
                }
            }
            chosen.add(pages.get(best));
            left.removeAll(keys.get(best));
        }
        return List.copyOf(chosen);
    }
}
