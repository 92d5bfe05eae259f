package org.docedition.qa;

import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ColorScheme;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.docedition.testing.Chromium;

/**
 * Runs axe over many pages in parallel: each worker thread drives a Chromium of its own (Playwright
 * objects belong to the thread that made them) and takes the next page from a shared queue.
 * {@code -Daxe.workers=N} sets their number; by default one per processor, at least two.
 */
final class AxePages {

    /** Workers: axe's time is spent in the browser, so two overlap even on one busy core. */
    static final int WORKERS = Integer.getInteger("axe.workers", Math.max(2, Runtime.getRuntime().availableProcessors()));

    private final ColorScheme scheme;
    private final Function<Page, AxeBuilder> axe;

    /**
     * @param scheme the colour scheme the pages are shown in
     * @param axe    the axe run for a loaded page (its tags or rules)
     */
    AxePages(ColorScheme scheme, Function<Page, AxeBuilder> axe) {
        this.scheme = scheme;
        this.axe = axe;
    }

    /** Every violation on {@code pages} (site-relative) of the site at {@code baseUrl}, one line each, in page order. */
    List<String> violations(String baseUrl, List<String> pages) {
        return eachPage(baseUrl, pages, (p, page) -> describe(p + " (" + scheme + ")", axe.apply(page).analyze()))
                .stream().flatMap(List::stream).toList();
    }

    /**
     * The fewest of {@code pages} (chosen greedily, in page order on ties) whose elements together
     * show every {@link StyleKeys style key} that any of them shows, as loaded in this scheme.
     */
    List<String> coveringEveryStyleKey(String baseUrl, List<String> pages) {
        List<Set<String>> keys = eachPage(baseUrl, pages, (p, page) -> StyleKeys.of(page));
        return StyleKeys.cover(pages, keys);
    }

    /**
     * One pass over pages: the violations of this run, and the pages that show every style key.
     *
     * @param violations every violation, one line each, in page order
     * @param covering   the fewest pages whose elements together show every style key (see {@link #coveringEveryStyleKey})
     */
    record Checked(List<String> violations, List<String> covering) {
    }

    /**
     * {@link #violations} and {@link #coveringEveryStyleKey} from one load of each page: the keys
     * are read before axe runs, so axe's own script leaves no mark on them.
     */
    Checked checkAndCover(String baseUrl, List<String> pages) {
        record Found(Set<String> keys, List<String> violations) {
        }
        List<Found> found = eachPage(baseUrl, pages, (p, page) -> {
            Set<String> keys = StyleKeys.of(page);
            return new Found(keys, describe(p + " (" + scheme + ")", axe.apply(page).analyze()));
        });
        return new Checked(found.stream().flatMap(f -> f.violations().stream()).toList(),
                StyleKeys.cover(pages, found.stream().map(Found::keys).toList()));
    }

    /** {@code check} on each of {@code pages} loaded in this scheme, by the workers; results in page order. */
    private <T> List<T> eachPage(String baseUrl, List<String> pages, BiFunction<String, Page, T> check) {
        Queue<Integer> next = new ConcurrentLinkedQueue<>();
        for (int i = 0; i < pages.size(); i++) {
            next.add(i);
        }
        List<T> found = Collections.synchronizedList(new ArrayList<>(Collections.nCopies(pages.size(), null)));
        int workers = Math.min(WORKERS, Math.max(1, pages.size()));
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int w = 0; w < workers; w++) {
                running.add(pool.submit(() -> {
                    try (Chromium chromium = Chromium.launch()) {
                        BrowserContext context = chromium.browser().newContext(
                                new Browser.NewContextOptions().setColorScheme(scheme));
                        Page page = context.newPage();
                        for (Integer i = next.poll(); i != null; i = next.poll()) {
                            String p = pages.get(i);
                            page.navigate(baseUrl + p);
                            found.set(i, check.apply(p, page));
                        }
                        context.close();
                    }
                    return null;
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        } catch (ExecutionException e) {
            throw new AssertionError("an axe worker failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return List.copyOf(found);
    }

    /**
     * axe on {@code page}, run in the page itself (axe's "legacy mode"). The default mode runs axe
     * per frame and then opens a new page to merge the frames' results, injecting axe twice per
     * check; the edition's pages have no frames, so that only costs time. Every rule runs on every
     * node as before; only violations are reported in full ({@code resultTypes}): axe then builds a
     * selector and an HTML excerpt for one node per passed rule, not for every node, and sends that
     * much less back. The tests read violations only.
     */
    static AxeBuilder axe(Page page) {
        AxeRunOptions options = new AxeRunOptions();
        options.setResultTypes(List.of("violations"));
        return new AxeBuilder(page).options(options).setLegacyMode(true);
    }

    /** One line per element that breaks a rule: where, which rule, and the element. */
    static List<String> describe(String where, AxeResults results) {
        List<String> lines = new ArrayList<>();
        for (Rule r : results.getViolations()) {
            r.getNodes().forEach(n -> lines.add(where + ": " + r.getId() + " (" + r.getHelp() + ") at "
                    + n.getTarget() + ": " + n.getHtml()));
        }
        return lines;
    }
}
