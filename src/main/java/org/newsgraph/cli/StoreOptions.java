package org.newsgraph.cli;

import java.nio.file.Path;
import org.newsgraph.store.KnowledgeStore;
import org.newsgraph.store.RemoteEndpoints;
import org.newsgraph.store.RemoteStore;
import org.newsgraph.store.Tdb2Store;
import picocli.CommandLine.Option;

/** The options every command that touches the store shares: where it is, and for a remote one how to reach it. */
final class StoreOptions {
    @Option(names = "--store", paramLabel = "DIR|URL", defaultValue = "store",
            description = "TDB2 store directory (default: ${DEFAULT-VALUE}; delete it to start afresh), or the URL of "
                    + "a SPARQL 1.1 store's dataset, e.g. http://127.0.0.1:3030/kg (a newsgraph serve --allow-update, "
                    + "Fuseki, GraphDB, ...)")
    String store;

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "lines 'user: password' (Jetty realm format): with a URL --store, log in (HTTP Basic) as "
                    + "the first user; for serve, the users who may log in")
    Path passwordFile;

    @Option(names = "--update-endpoint", paramLabel = "URL",
            description = "for a URL --store whose SPARQL Update endpoint is elsewhere (default: the --store URL)")
    String updateEndpoint;

    @Option(names = "--graph-store-endpoint", paramLabel = "URL",
            description = "for a URL --store whose Graph Store Protocol endpoint is elsewhere (default: the --store URL)")
    String graphStoreEndpoint;

    boolean remote() {
        return RemoteEndpoints.isUrl(store);
    }

    /** Opens the store: a local one is created when {@code create} and it does not exist yet. */
    KnowledgeStore open(boolean create) {
        if (remote()) {
            return RemoteStore.connect(RemoteEndpoints.of(store, updateEndpoint, graphStoreEndpoint, passwordFile));
        }
        Path dir = Path.of(store);
        return create ? Tdb2Store.openOrCreate(dir) : Tdb2Store.openExisting(dir);
    }

    /** The local store a command that needs one (serve) opens; a URL is a usage error. */
    Tdb2Store openLocal(String command) {
        if (remote()) {
            throw new UserError(command + " needs a store directory, not a URL: it runs the server a remote --store "
                    + "would be; give --store DIR");
        }
        return Tdb2Store.openExisting(Path.of(store));
    }
}
