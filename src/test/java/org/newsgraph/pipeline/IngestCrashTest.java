package org.newsgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.Fixtures;
import org.newsgraph.store.KnowledgeStore;

/**
 * Kills an ingest with SIGKILL after its first commit, while it is writing the next batch, and checks
 * that the store keeps whole committed batches and nothing else, and that ingesting again completes it.
 */
class IngestCrashTest {

    private static final int ARTICLES = 200;
    private static final int BATCH = 10;

    @TempDir
    Path dir;

    @Test
    void killDuringIngestLeavesOnlyWholeCommittedDocuments() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Fixtures.seedVariants(in, ARTICLES / Fixtures.seedFiles().size());
        Path storeDir = dir.resolve("store");

        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.newsgraph.cli.Main",
                "ingest", "-v", "--store", storeDir.toString(), "--batch", String.valueOf(BATCH), "--threads", "1",
                in.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        awaitFirstCommit(child);
        // destroyForcibly is SIGKILL on Linux and macOS: no shutdown hook, no abort, no clean close.
        child.destroyForcibly();
        assertTrue(child.waitFor(30, TimeUnit.SECONDS), "the killed ingest did not end");

        try (KnowledgeStore store = KnowledgeStore.openExisting(storeDir)) {
            long survived = DocumentIntegrity.documents(store);
            assertEquals(Map.of(), DocumentIntegrity.problems(store));
            assertTrue(survived >= BATCH && survived < ARTICLES, survived + " documents survived the kill");
            assertEquals(0, survived % BATCH, "a partial batch of " + survived % BATCH + " documents survived");

            IngestReport resumed = Fixtures.ingest(store, Fixtures.config(2, 1000), in);
            assertEquals(survived, resumed.unchanged());
            assertEquals(ARTICLES - survived, resumed.added());
            assertEquals(ARTICLES, DocumentIntegrity.documents(store));
            assertEquals(Map.of(), DocumentIntegrity.problems(store));
        }
    }

    private static void awaitFirstCommit(Process child) throws Exception {
        List<String> seen = new ArrayList<>();
        BufferedReader err = new BufferedReader(new InputStreamReader(child.getErrorStream(), StandardCharsets.UTF_8));
        for (String line = err.readLine(); line != null; line = err.readLine()) {
            if (line.contains("committed transaction 1:")) {
                return;
            }
            seen.add(line);
        }
        fail("the ingest ended (exit " + child.waitFor() + ") before its first commit:\n" + String.join("\n", seen));
    }
}
