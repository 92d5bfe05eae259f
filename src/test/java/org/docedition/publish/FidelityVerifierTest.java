package org.docedition.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.docedition.ingest.LineLedger;
import org.docedition.model.DocumentId;
import org.docedition.model.Problem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FidelityVerifierTest {

    private static final DocumentId DOC = new DocumentId("sscr-1952-1955-doc-71");
    private static final String FILE = "seeds/003.txt";

    @TempDir
    Path site;

    private final TreeMap<Integer, String> lines = new TreeMap<>();
    private final TreeSet<Integer> chrome = new TreeSet<>();
    private final TreeMap<Integer, DocumentId> owners = new TreeMap<>();
    private final Map<Integer, List<String>> kept = new TreeMap<>();

    @BeforeEach
    void page() throws IOException {
        Files.createDirectories(site.resolve("documents"));
        Files.writeString(site.resolve(DOC.url()), """
                <!doctype html><html lang="en"><head><title>Doc. 71: Note</title>
                <script>var hidden = "Only in a script";</script><style>p::after{content:"Only in a style"}</style></head>
                <body><h1>Note of the USSR Embassy&#39;s staff</h1>
                <p><time datetime="1954-01-30">January 30,
                   1954</time> · Doc. 71</p>
                <p title="Only in an attribute">Mrs. Pandit<sup class="fnref"><a href="#fn-1">*</a></sup> quite rightly
                noted &lt;script&gt;alert(1)&lt;/script&gt; and&nbsp;more.</p>
                <!-- Only in a comment -->
                <li><span class="docref docref-missing">See doc. 68 <span class="not-in-edition">(not in this
                <em>edition</em>)</span></span>.</li>
                </body></html>
                """);
    }

    private void line(int n, String text, String... pieces) {
        lines.put(n, text);
        owners.put(n, DOC);
        kept.put(n, List.of(pieces));
    }

    private FidelityReport verify() {
        LineLedger ledger = new LineLedger(List.of(new LineLedger.FileLedger(FILE, lines, chrome, owners, kept)));
        return new FidelityVerifier().verify(ledger, site);
    }

    @Test
    void verify_everyLineOnItsPage_countsKeptAndChrome() {
        lines.put(1, "Soviet China relationship");
        chrome.add(1);
        line(3, "Note of the USSR Embassy's staff.\u00A0January 30, 1954", "Note of the USSR Embassy's staff",
                "January 30, 1954");
        line(4, "71.", "71");
        line(6, "Mrs. Pandit* quite rightly noted <script>alert(1)</script> and\u00A0more.",
                "Mrs. Pandit* quite rightly noted <script>alert(1)</script> and\u00A0more.");
        line(8, "* See doc. 68.", "See doc. 68.");
        FidelityReport r = verify();
        assertEquals(List.of(), r.problems());
        assertEquals(4, r.kept());
        assertEquals(1, r.chrome());
        assertEquals(0, r.unaccounted());
        assertTrue(r.ok());
        assertEquals("fidelity: 4 lines kept, 1 chrome, 0 unaccounted", r.summary());
    }

    @Test
    void verify_textMissingFromPage_errorNamesFileAndLine() {
        line(10, "A paragraph the renderer dropped.", "A paragraph the renderer dropped.");
        FidelityReport r = verify();
        assertEquals(1, r.unaccounted());
        assertFalse(r.ok());
        Problem p = r.problems().get(0);
        assertTrue(p.isError());
        assertEquals(FILE, p.file());
        assertEquals(10, p.line());
        assertTrue(p.message().contains("text not found on documents/sscr-1952-1955-doc-71.html"), p.message());
    }

    @Test
    void verify_textOnlyInScriptStyleAttributeOrComment_notFound() {
        line(1, "Only in a script", "Only in a script");
        line(2, "Only in a style", "Only in a style");
        line(3, "Only in an attribute", "Only in an attribute");
        line(4, "Only in a comment", "Only in a comment");
        line(5, "(not in this edition)", "(not in this edition)");
        assertEquals(5, verify().unaccounted());
    }

    @Test
    void verify_lineNeitherChromeNorOwned_isUnaccounted() {
        lines.put(2, "A stray line");
        FidelityReport r = verify();
        assertEquals(1, r.unaccounted());
        assertTrue(r.problems().get(0).message().contains("neither page chrome nor part of any document"));
    }

    @Test
    void verify_pageMissing_everyOwnedLineReported() {
        DocumentId other = new DocumentId("sscr-1952-1955-doc-72");
        lines.put(1, "Text of 72.");
        owners.put(1, other);
        lines.put(2, "More of 72.");
        owners.put(2, other);
        FidelityReport r = verify();
        assertEquals(2, r.unaccounted());
        assertTrue(r.problems().get(0).message().contains("documents/sscr-1952-1955-doc-72.html is missing"));
    }

    @Test
    void verify_ownedLineWithNothingKept_countsAsKept() {
        line(2, "Author:");
        assertEquals(1, verify().kept());
    }

    @Test
    void verify_manyLostLines_listedUpToCapThenCounted() {
        for (int i = 1; i <= FidelityVerifier.PROBLEMS_PER_FILE + 5; i++) {
            line(i, "lost " + i, "lost " + i);
        }
        FidelityReport r = verify();
        assertEquals(FidelityVerifier.PROBLEMS_PER_FILE + 5, r.unaccounted());
        assertEquals(FidelityVerifier.PROBLEMS_PER_FILE + 1, r.problems().size());
        assertTrue(r.problems().get(r.problems().size() - 1).message().startsWith("5 more lines"));
    }
}
