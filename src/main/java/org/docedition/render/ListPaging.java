package org.docedition.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How an apparatus page's list of documents (a person's, a source's, an archive's) is split into
 * pages of at most {@code size} entries: the first page at the list's own address
 * ({@code persons/mao-zedong.html}), page {@code k} beside it ({@code persons/mao-zedong.page-k.html};
 * ids are letters, digits and hyphens, so no id's page can be taken for another's).
 *
 * <p>A person named in 20,000 documents of a large edition would otherwise get one page of
 * several megabytes.
 *
 * @param url   the first page, site-relative, ending in {@code .html}
 * @param total how many entries the whole list has
 * @param size  entries per page, at least 1
 */
record ListPaging(String url, int total, int size) implements java.io.Serializable {

    /** The setting (in {@code jbake.properties}) giving the entries per page. */
    static final String SETTING = "apparatus.list.page.size";
    static final int DEFAULT_SIZE = 500;

    ListPaging {
        if (size < 1) {
            throw new IllegalArgumentException("a page holds at least one entry: " + size);
        }
    }

    /** How many pages the list takes: one at least, even when empty. */
    int pages() {
        return Math.max(1, (total + size - 1) / size);
    }

    /** The address of page {@code page} (from 1), site-relative. */
    String url(int page) {
        return page == 1 ? url : url.substring(0, url.length() - ".html".length()) + ".page-" + page + ".html";
    }

    /** The index of the first entry of {@code page}. */
    int from(int page) {
        return Math.min(total, (page - 1) * size);
    }

    /** The index after the last entry of {@code page}. */
    int to(int page) {
        return Math.min(total, page * size);
    }

    /** The entries of {@code page} out of the whole {@code list}. */
    <T> List<T> of(List<T> list, int page) {
        return list.subList(from(page), to(page));
    }

    /**
     * The template model of {@code page}: page, pages, first and last (entry numbers, from 1),
     * previous and next (addresses, or empty), and links (label, url, current) to every page.
     */
    Map<String, Object> model(int page) {
        Map<String, Object> m = new HashMap<>(8);
        m.put("page", page);
        m.put("pages", pages());
        m.put("first", from(page) + 1);
        m.put("last", to(page));
        m.put("previous", page > 1 ? url(page - 1) : "");
        m.put("next", page < pages() ? url(page + 1) : "");
        List<Map<String, Object>> links = new ArrayList<>(pages());
        for (int k = 1; k <= pages(); k++) {
            links.add(Map.of("label", Integer.toString(k), "url", url(k), "current", k == page));
        }
        m.put("links", links);
        return m;
    }
}
