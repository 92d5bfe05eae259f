package org.docedition.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SourceDateEpochTest {

    @Test
    void from_unsetOrBlank_isEmpty() {
        assertEquals(Optional.empty(), SourceDateEpoch.from(Map.of()));
        assertEquals(Optional.empty(), SourceDateEpoch.from(Map.of("SOURCE_DATE_EPOCH", " ")));
    }

    @Test
    void from_seconds_isThatInstant() {
        assertEquals(Optional.of(Instant.parse("2026-01-01T00:00:00Z")),
                SourceDateEpoch.from(Map.of("SOURCE_DATE_EPOCH", "1767225600\n")));
    }

    @Test
    void parse_notANumber_failsNamingTheVariable() {
        for (String bad : new String[] {"yesterday", "-1", "1.5", "2026-01-01"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SourceDateEpoch.parse(bad));
            assertTrue(e.getMessage().contains("SOURCE_DATE_EPOCH"), e.getMessage());
        }
    }
}
