package org.newsgraph.server;

import java.nio.file.Path;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.newsgraph.store.SummaryGraph;
import org.newsgraph.store.Tdb2Store;

/** A real TDB2 store holding the hand-made graphs of {@code server/fixture.trig}. */
public final class FixtureStore {
    static final String RESOURCE = "server/fixture.trig";

    private FixtureStore() {
    }

    public static Tdb2Store create(Path dir) {
        DatasetGraph fixture = RDFParser.source(RESOURCE).lang(Lang.TRIG).toDatasetGraph();
        Tdb2Store store = Tdb2Store.openOrCreate(dir);
        fixture.listGraphNodes().forEachRemaining(name -> store.replaceGraph(name, fixture.getGraph(name)));
        SummaryGraph.ensure(store.datasetGraph());
        return store;
    }
}
