package org.newsgraph.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.KnowledgeStore;

/** Which claims of different articles state the same proposition: same event, place, time and numbers. */
class PropositionGroupingTest {

    private static final String WEDNESDAY_EXODUS = """
            Site icon Alpha News
            Published: 2017-04-06

            Igor Konashenkov said more than 3,000 civilians left Douma on Wednesday.
            """;

    @TempDir
    Path dir;

    @Test
    void numbersOfDifferentPrecisionForOneEventAgree() {
        try (KnowledgeStore store = AnalysedStore.of(dir, "a.txt", WEDNESDAY_EXODUS, "b.txt", """
                Site icon Beta Daily
                Published: 2017-04-07

                The Syrian Observatory for Human Rights said 3,214 civilians fled Douma on Wednesday.
                """)) {
            assertTrue(AnalysedStore.grouped(store, "3,000 civilians", "3,214 civilians"));
        }
    }

    @Test
    void anotherGroupDaysLaterIsAnotherProposition() {
        try (KnowledgeStore store = AnalysedStore.of(dir, "a.txt", WEDNESDAY_EXODUS, "b.txt", """
                Site icon Beta Daily
                Published: 2017-04-09

                Igor Konashenkov said another 3,000 civilians left Douma on Saturday.
                """)) {
            assertFalse(AnalysedStore.grouped(store, "more than 3,000", "another 3,000"));
        }
    }

    @Test
    void theSameNumberAWeekLaterIsAnotherProposition() {
        try (KnowledgeStore store = AnalysedStore.of(dir, "a.txt", WEDNESDAY_EXODUS, "b.txt", """
                Site icon Beta Daily
                Published: 2017-04-13

                The Syrian Observatory for Human Rights said about 3,000 civilians left Douma on Wednesday.
                """)) {
            assertFalse(AnalysedStore.grouped(store, "more than 3,000", "about 3,000"));
        }
    }

    @Test
    void anotherEventWithTheSameNumberIsAnotherProposition() {
        try (KnowledgeStore store = AnalysedStore.of(dir, "a.txt", WEDNESDAY_EXODUS, "b.txt", """
                Site icon Beta Daily
                Published: 2017-04-06

                The Syrian Observatory for Human Rights said 3,000 civilians died in Douma on Wednesday.
                """)) {
            assertFalse(AnalysedStore.grouped(store, "more than 3,000", "civilians died"));
        }
    }

    @Test
    void anotherPlaceIsAnotherProposition() {
        try (KnowledgeStore store = AnalysedStore.of(dir, "a.txt", WEDNESDAY_EXODUS, "b.txt", """
                Site icon Beta Daily
                Published: 2017-04-06

                The Syrian Observatory for Human Rights said 3,100 civilians left Raqqa on Wednesday.
                """)) {
            assertFalse(AnalysedStore.grouped(store, "more than 3,000", "left Raqqa"));
        }
    }

    @Test
    void aStatementRelayedDaysLaterIsTheSameProposition() {
        try (KnowledgeStore store = AnalysedStore.of(dir, "a.txt", """
                Published: 2017-04-06

                Sergei Lavrov said the Syrian army halted its operations in Douma on Thursday.
                """, "b.txt", """
                Published: 2017-04-14

                Russian Foreign Minister Sergei Lavrov said that the Syrian army had halted its operations in Douma.
                """)) {
            assertTrue(AnalysedStore.grouped(store, "halted its operations in Douma on", "had halted"));
        }
    }

    @Test
    void aClaimWithNothingSpecificStaysAlone() {
        try (KnowledgeStore store = AnalysedStore.of(dir, "a.txt", """
                Published: 2017-04-06

                The Syrian Observatory for Human Rights said the attack had ended.
                """, "b.txt", """
                Published: 2017-04-06

                Reuters reported that the attack was over.
                """)) {
            assertFalse(AnalysedStore.grouped(store, "had ended", "was over"));
        }
    }

    @Test
    void theGraphDependsOnTheArticlesNotOnTheOrderOfIngest() throws Exception {
        String b = """
                Site icon Beta Daily
                Published: 2017-04-07

                The Syrian Observatory for Human Rights said 3,214 civilians fled Douma on Wednesday.
                """;
        String query = "SELECT ?s ?p ?o { GRAPH <https://w3id.org/newsgraph/graph/analysis> { ?s ?p ?o } } ORDER BY ?s ?p ?o";
        try (KnowledgeStore together = AnalysedStore.of(dir.resolve("1"), "a.txt", WEDNESDAY_EXODUS, "b.txt", b);
             KnowledgeStore oneByOne = AnalysedStore.of(dir.resolve("2"), "b.txt", b)) {
            AnalysedStore.add(oneByOne, dir.resolve("2"), "a.txt", WEDNESDAY_EXODUS);
            assertEquals(AnalysedStore.select(together, query), AnalysedStore.select(oneByOne, query));
        }
    }
}
