package org.newsgraph.server;

import java.nio.file.Path;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.Tdb2Store;

/** A real server on a free loopback port over a real TDB2 store holding the fixture; stopped after each test. */
abstract class ServerTestBase {
    @TempDir
    Path dir;

    Tdb2Store store;
    SparqlServer server;

    @BeforeEach
    void openStore() {
        store = FixtureStore.create(dir.resolve("store"));
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
        store.close();
    }

    SparqlServer start() {
        return start(b -> b);
    }

    SparqlServer start(UnaryOperator<SparqlServer.Builder> settings) {
        server = settings.apply(SparqlServer.builder(store).port(0)).build().start();
        return server;
    }
}
