package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

class StoreOptionsTest {
    @TempDir
    Path dir;

    @Command(name = "probe")
    static final class Probe implements Runnable {
        @Mixin
        StoreOptions storeOptions;

        @Override
        public void run() {
        }
    }

    @Test
    void withoutStoreTheMessageNamesTheDefaultDirectory() {
        Probe probe = new Probe();
        new CommandLine(probe).parseArgs();
        // The default is ./store under the working directory, which a checkout may hold; point it elsewhere.
        probe.storeOptions.store = dir.resolve("store").toString();
        UserError e = assertThrows(UserError.class, probe.storeOptions::openExisting);
        assertEquals("no store in ./store, the default --store directory; ingest articles first (newsgraph ingest"
                + " FILE...) or give --store DIR", e.getMessage());
    }
}
