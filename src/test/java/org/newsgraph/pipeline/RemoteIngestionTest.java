package org.newsgraph.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.newsgraph.store.KnowledgeStore;
import org.newsgraph.store.TestFuseki;

/** Ingest into a remote SPARQL store: the same contract as a local store, each store a Fuseki of its own. */
class RemoteIngestionTest extends IngestionContract {
    private final List<TestFuseki> servers = new ArrayList<>();

    @Override
    KnowledgeStore newStore(String name) {
        TestFuseki fuseki = TestFuseki.start();
        servers.add(fuseki);
        return fuseki.connect();
    }

    @AfterEach
    void stopServers() {
        servers.forEach(TestFuseki::close);
    }
}
