package org.newsgraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.newsgraph.store.KnowledgeStore;
import org.newsgraph.store.RemoteEndpoints;
import org.newsgraph.store.RemoteStore;
import org.newsgraph.store.Tdb2Store;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The options every command that touches the store shares: where it is, and for a remote one how to reach it. */
final class StoreOptions {
    static final String DEFAULT = "store";

    @Option(names = "--store", paramLabel = "DIR|URL", defaultValue = DEFAULT,
            description = "TDB2 store directory (default: ./${DEFAULT-VALUE}, under the current directory; delete it "
                    + "to start afresh), or the URL of a SPARQL 1.1 store's dataset, e.g. http://127.0.0.1:3030/kg "
                    + "(a newsgraph serve --allow-update, Fuseki, GraphDB, ...)")
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

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    boolean remote() {
        return RemoteEndpoints.isUrl(store);
    }

    /** Opens the store: a local one is created when {@code create} and it does not exist yet. */
    KnowledgeStore open(boolean create) {
        if (remote()) {
            return RemoteStore.connect(RemoteEndpoints.of(store, updateEndpoint, graphStoreEndpoint, passwordFile));
        }
        Path dir = Path.of(store);
        if (!create) {
            requireDefault(dir);
        }
        return create ? Tdb2Store.openOrCreate(dir) : Tdb2Store.openExisting(dir);
    }

    /** Opens a store that must exist already. */
    KnowledgeStore openExisting() {
        return open(false);
    }

    /** The local store a command that needs one (serve) opens; a URL is a usage error. */
    Tdb2Store openLocal(String command) {
        if (remote()) {
            throw new UserError(command + " needs a store directory, not a URL: it runs the server a remote --store "
                    + "would be; give --store DIR");
        }
        Path dir = Path.of(store);
        requireDefault(dir);
        return Tdb2Store.openExisting(dir);
    }

    /**
     * Without {@code --store} and without {@code ./store}, the message says that the default was looked for,
     * since the user may not know there is one.
     */
    private void requireDefault(Path dir) {
        boolean named = command.commandLine().getParseResult().hasMatchedOption("--store");
        if (!named && !Files.exists(dir)) {
            throw new UserError("no store in ./" + DEFAULT + ", the default --store directory; ingest articles first "
                    + "(newsgraph ingest FILE...) or give --store DIR");
        }
    }
}
