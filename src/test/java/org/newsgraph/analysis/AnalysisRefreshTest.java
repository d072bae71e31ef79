package org.newsgraph.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.Fixtures;
import org.newsgraph.pipeline.IngestReport;
import org.newsgraph.pipeline.Removal;
import org.newsgraph.rdf.Vocab;
import org.newsgraph.store.KnowledgeStore;

/** An ingest keeps the analysis graph when the store holds what it was made from, and only then. */
class AnalysisRefreshTest {
    private static final String SHELLING = """
            Site icon Alpha News
            Published: 2017-04-06

            Igor Konashenkov said more than 3,000 civilians left Douma on Wednesday.
            The Syrian Observatory for Human Rights said Russian jets shelled the town.
            """;
    private static final String DENIAL = """
            Site icon Beta Daily
            Published: 2017-04-07

            Russia denied that its jets had shelled Douma. The Syrian Observatory for Human Rights said
            3,214 civilians fled Douma on Wednesday.
            """;

    private static final Node INPUTS = NodeFactory.createURI(Vocab.SUMMARY + "analysedInputs");

    @TempDir
    Path dir;

    @Test
    void anIngestThatChangesNothingKeepsTheGraphAndItsCounts() {
        try (KnowledgeStore store = AnalysedStore.of(dir, "a.txt", SHELLING, "b.txt", DENIAL)) {
            Graph before = store.graph(CrossOutletAnalysis.GRAPH);
            AnalysisReport made = CrossOutletAnalysis.load().rebuild(store);
            IngestReport again = Fixtures.ingest(store, Fixtures.config(1, 1000), dir.resolve("in"));

            assertEquals(2, again.unchanged());
            AnalysisReport kept = again.analysis().orElseThrow();
            assertTrue(kept.kept(), kept.summary());
            assertTrue(kept.summary().endsWith(", kept: the store holds what it was made from"), kept.summary());
            assertEquals(List.of(made.claims(), made.propositions(), made.shared(), made.contradictions(), made.disputes(),
                    made.nameUses()), List.of(kept.claims(), kept.propositions(), kept.shared(), kept.contradictions(),
                    kept.disputes(), kept.nameUses()));
            assertTrue(made.claims() > 0 && made.propositions() > 0, made.summary());
            assertTrue(store.graph(CrossOutletAnalysis.GRAPH).isIsomorphicWith(before));
        }
    }

    @Test
    void aDocumentRemovedBehindTheAnalysisMakesTheNextRefreshMakeItAgain() {
        try (KnowledgeStore store = AnalysedStore.of(dir, "a.txt", SHELLING, "b.txt", DENIAL)) {
            int before = CrossOutletAnalysis.load().refresh(store).claims();
            // as if `remove` had died before its analysis: the graph still counts b.txt's claims
            Removal.remove(store, List.of(dir.resolve("in/b.txt")));
            AnalysisReport refreshed = CrossOutletAnalysis.load().refresh(store);

            assertFalse(refreshed.kept(), refreshed.summary());
            assertTrue(refreshed.changed() && refreshed.claims() < before, refreshed.summary());
            assertTrue(CrossOutletAnalysis.load().refresh(store).kept());
        }
    }

    @Test
    void aGraphStampedFromOtherInputsOrByAnotherVersionIsMadeAgain() {
        assertMadeAgainAfterRestamping(INPUTS, "sha256:0");
    }

    @Test
    void aStampThatIsNotANumberIsNotTrusted() {
        assertMadeAgainAfterRestamping(NodeFactory.createURI(Vocab.SUMMARY + "claimCount"), "many");
    }

    /** Sets one of the stamp's values to {@code value}, as another version or a hand might, and refreshes. */
    private void assertMadeAgainAfterRestamping(Node predicate, String value) {
        try (KnowledgeStore store = AnalysedStore.of(dir, "a.txt", SHELLING, "b.txt", DENIAL)) {
            Graph made = store.graph(CrossOutletAnalysis.GRAPH);
            Graph other = GraphFactory.createDefaultGraph();
            made.find().forEachRemaining(t -> other.add(t.getPredicate().equals(predicate)
                    ? Triple.create(t.getSubject(), predicate, NodeFactory.createLiteralString(value)) : t));
            store.replaceGraph(CrossOutletAnalysis.GRAPH, other);

            AnalysisReport refreshed = CrossOutletAnalysis.load().refresh(store);
            assertFalse(refreshed.kept(), refreshed.summary());
            assertTrue(store.graph(CrossOutletAnalysis.GRAPH).isIsomorphicWith(made));
        }
    }
}
