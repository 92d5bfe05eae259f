package org.docedition.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TimingParserTest {

    @Test
    void parse_cliTimingLines_stagesInPrintedOrder() {
        String out = """
                ingest   1000 documents and entries from 12 seed files (35 ms)
                timing ingest 35
                timing link 4
                timing render 1200
                Built 1000 documents
                timing search 2300
                """;
        Map<String, Long> t = TimingParser.parse(out);
        assertEquals(List.of("ingest", "link", "render", "search"), List.copyOf(t.keySet()));
        assertEquals(1200L, t.get("render"));
    }

    @Test
    void parse_stageMsForm_isReadToo() {
        assertEquals(Map.of("render", 1234L), TimingParser.parse("stage render 1234 ms\n"));
    }

    @Test
    void parse_progressLinesAndProse_areNotTimings() {
        assertTrue(TimingParser.parse("render   1000 pages (1200 ms)\nthe timing of the render was 5\n").isEmpty());
    }

    @Test
    void parse_stageTwice_isSummed() {
        assertEquals(Map.of("search", 30L), TimingParser.parse("timing search 10\r\ntiming search 20\r\n"));
    }
}
