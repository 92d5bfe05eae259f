package org.docedition.qa;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.docedition.testing.SiteServer;
import org.junit.jupiter.api.Test;

/**
 * axe-core in headless Chromium on the pages only a large edition has (year pages of the
 * chronology, lists split into pages): every rule but the colour rules on every such page, and the
 * colour rules on those that together show every style key, as {@link AccessibilityIT} does for the
 * seeds' site. A class of its own, so the integration phase's two test JVMs share axe's work.
 */
class LargeEditionAccessibilityIT {

    @Test
    void largeEditionPages_hasNoAxeViolations() {
        try (SiteServer large = new SiteServer(SeedsSite.asLarge())) {
            List<String> pages = SeedsSite.asLargePages();
            AxePages.Checked light = AccessibilityIT.LIGHT.checkAndCover(large.baseUrl(), pages);
            List<String> found = new ArrayList<>(light.violations());
            found.addAll(AccessibilityIT.LIGHT_COLOURS.violations(large.baseUrl(), light.covering()));
            assertEquals(List.of(), found);
        }
    }
}
