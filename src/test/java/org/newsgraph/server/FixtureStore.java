package org.newsgraph.server;

import java.nio.file.Path;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.newsgraph.store.KnowledgeStore;
import org.newsgraph.store.SummaryGraph;

/** A real TDB2 store holding the hand-made graphs of {@code server/fixture.trig}. */
public final class FixtureStore {
    static final String RESOURCE = "server/fixture.trig";

    private FixtureStore() {
    }

    public static KnowledgeStore create(Path dir) {
        DatasetGraph fixture = RDFParser.source(RESOURCE).lang(Lang.TRIG).toDatasetGraph();
        KnowledgeStore store = KnowledgeStore.openOrCreate(dir);
        fixture.listGraphNodes().forEachRemaining(name -> store.replaceGraph(name, fixture.getGraph(name)));
        SummaryGraph.ensure(store.datasetGraph());
        return store;
    }
}
