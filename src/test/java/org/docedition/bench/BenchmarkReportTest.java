package org.docedition.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** The summary table and the targets. */
class BenchmarkReportTest {

    @Test
    void table_saysWhenTheReferenceWasIndexedInShards() {
        String table = new BenchmarkReport("test machine", 1, List.of(result(0), result(14))).table();
        List<String> rows = table.lines().toList();
        List<String> header = cells(rows.get(0));
        int reference = header.indexOf("Hugo+Pagefind s");
        int ratio = header.indexOf("ours/reference");
        assertEquals("155.00", cells(rows.get(2)).get(reference), table);
        assertEquals("155.00 (14 shards)", cells(rows.get(3)).get(reference), table);
        assertEquals("1.49", cells(rows.get(3)).get(ratio), table);
        assertEquals("1,757", cells(rows.get(2)).get(header.indexOf("heap peak MB")), table);
        assertEquals("150,000", cells(rows.get(2)).get(header.indexOf("pages")), table);
        assertEquals(header.size(), cells(rows.get(2)).size(), table);
    }

    @Test
    void targets_readOffRatioOneShotEditAndHeap() {
        String targets = new BenchmarkReport("test machine", 1, List.of(result(0))).targets("2g");
        assertEquals("- 100,000 documents: ours/reference 1.49 (target <= 1.0); one-shot build after one seed edit "
                + "2.90 s (target <= 3 s at 10,000); heap peak 1,757 MB, live after GC 878 MB (-Xmx2g)\n", targets);
    }

    private static SizeResult result(int shards) {
        return new SizeResult(new CorpusSummary(100_000, 30_000, 50_000, 20_000, 32_405, 340_000_000, 235_964), 1,
                Map.of("ingest", 7_584L), 230_640, 2_300_000, 2_300_000, 1_800_000, 900_000, 150_000,
                3_300_000_000L, 400_000_000, OptionalLong.empty(), OptionalLong.of(2_900), OptionalLong.empty(), OptionalLong.of(36_800),
                OptionalLong.of(118_200), shards, 3_000_000_000L, 400_000_000, List.of());
    }

    private static List<String> cells(String row) {
        return List.of(row.substring(1, row.length() - 1).split("\\|")).stream().map(String::strip).toList();
    }
}
