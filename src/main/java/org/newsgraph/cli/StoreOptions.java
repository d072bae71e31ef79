package org.newsgraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.newsgraph.store.KnowledgeStore;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The {@code --store} option every command that touches the store shares. */
final class StoreOptions {
    static final String DEFAULT = "store";

    @Option(names = "--store", paramLabel = "DIR", defaultValue = DEFAULT,
            description = "TDB2 store directory (default: ./${DEFAULT-VALUE}, under the current directory); "
                    + "delete the directory to start afresh")
    Path store;

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    /**
     * Opens the store the command names. Without {@code --store} and without {@code ./store}, the
     * message says that the default was looked for, since the user may not know there is one.
     */
    KnowledgeStore openExisting() {
        boolean named = command.commandLine().getParseResult().hasMatchedOption("--store");
        if (!named && !Files.exists(store)) {
            throw new UserError("no store in ./" + DEFAULT + ", the default --store directory; ingest articles first "
                    + "(newsgraph ingest FILE...) or give --store DIR");
        }
        return KnowledgeStore.openExisting(store);
    }
}
