package org.newsgraph.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsgraph.Fixtures;
import org.newsgraph.store.QueryLibrary;

/** The shipped cross-outlet queries on the seeds, as ingest leaves them. */
class CrossOutletQueriesTest {

    private static List<Map<String, String>> run(String name) {
        String sparql = QueryLibrary.shipped().byName(name).orElseThrow().sparql();
        return AnalysedStore.select(Fixtures.seedStore(), sparql);
    }

    @Test
    void contradictionsPairEachClaimWithTheClaimItSpeaksAgainst() {
        assertTrue(run("contradictions").stream().anyMatch(r -> r.get("reason").equals("opposite-state")
                && r.get("claim").contains("bombardment could still be heard") && r.get("against").contains("halted")
                && r.get("againstSpeaker").equals("Sergei Lavrov")), run("contradictions").toString());
    }

    @Test
    void propositionsPutTheMostWidelyReportedFirst() {
        Map<String, String> top = run("propositions").get(0);
        assertEquals("halt", top.get("event"));
        assertEquals("relayed", top.get("sourcing"));
    }

    @Test
    void framingRanksTheOutletThatSaysMilitantsAboveTheOneThatSaysRebels() {
        List<String> outlets = run("framing").stream().map(r -> r.get("outlet")).toList();
        assertTrue(outlets.indexOf("Press TV") < outlets.indexOf("Viet Nam News"), outlets.toString());
    }
}
