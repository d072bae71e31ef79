package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.TxnType;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.cli.Main;

class KnowledgeStoreTest {

    private static final Node NAME = NodeFactory.createURI("https://w3id.org/newsgraph/doc/a.txt");

    @TempDir
    Path dir;

    private static DocumentGraph version(String hash, String text) {
        Graph g = RDFParser.fromString("""
                @prefix ng: <https://w3id.org/newsgraph/ontology#> .
                <https://w3id.org/newsgraph/doc/a.txt> a ng:Document ; ng:fileName "a.txt" ; ng:contentHash "%s" .
                <https://w3id.org/newsgraph/doc/a.txt/sentence/0> ng:text "%s" .
                """.formatted(hash, text), Lang.TURTLE).toGraph();
        return new DocumentGraph(NAME, "a.txt", hash, g);
    }

    private static Graph stored(DatasetGraph dsg) {
        return copyOf(dsg.getGraph(NAME));
    }

    private static Graph copyOf(Graph g) {
        Graph copy = GraphFactory.createDefaultGraph();
        GraphUtil.addInto(copy, g);
        return copy;
    }

    @Test
    void aReaderThatBeganBeforeAReplacementSeesTheOldVersionWhole() throws Exception {
        DocumentGraph v1 = version("sha256:1", "old");
        DocumentGraph v2 = version("sha256:2", "new");
        try (Tdb2Store store = Tdb2Store.openOrCreate(dir)) {
            store.write(List.of(v1));
            DatasetGraph dsg = store.datasetGraph();
            dsg.begin(TxnType.READ);
            try {
                WriteOutcome outcome = CompletableFuture.supplyAsync(() -> store.write(List.of(v2))).get(30, TimeUnit.SECONDS);
                assertEquals(1, outcome.replaced());
                assertTrue(copyOf(dsg.getGraph(NAME)).isIsomorphicWith(v1.graph()), "the reader saw part of the new version");
            } finally {
                dsg.end();
            }
            assertTrue(store.read(KnowledgeStoreTest::stored).isIsomorphicWith(v2.graph()), "old triples survived");
        }
    }

    @Test
    void theSameContentHashIsLeftAlone() {
        try (KnowledgeStore store = KnowledgeStore.openOrCreate(dir)) {
            store.write(List.of(version("sha256:1", "old")));
            WriteOutcome again = store.write(List.of(version("sha256:1", "old")));
            assertEquals(new WriteOutcome(0, 0, 1, 0), again);
        }
    }

    @Test
    void aBatchClosedWithoutCommitLeavesNothing() {
        try (KnowledgeStore store = KnowledgeStore.openOrCreate(dir)) {
            try (WriteBatch batch = store.begin()) {
                assertEquals(Change.ADDED, batch.put(version("sha256:1", "old")));
            }
            assertEquals(0L, (long) store.read(dsg -> dsg.getGraph(NAME).size()));
        }
    }

    @Test
    void ensureGraphWritesOnlyWhenTheGraphDiffers() {
        Node name = NodeFactory.createURI("https://w3id.org/newsgraph/graph/test");
        Graph g = version("sha256:1", "x").graph();
        try (KnowledgeStore store = KnowledgeStore.openOrCreate(dir)) {
            assertTrue(store.ensureGraph(name, g));
            assertFalse(store.ensureGraph(name, g));
        }
    }

    @Test
    void compactionKeepsEveryQuadAndTheFourIndexLayout() throws Exception {
        try (Tdb2Store store = Tdb2Store.openOrCreate(dir.resolve("s"))) {
            store.write(List.of(version("sha256:1", "old")));
            store.write(List.of(version("sha256:2", "new")));
            store.compact();
            assertTrue(store.read(KnowledgeStoreTest::stored).isIsomorphicWith(version("sha256:2", "new").graph()));
        }
        try (var files = Files.walk(dir.resolve("s"))) {
            List<String> indexes = files.map(p -> p.getFileName().toString()).filter(n -> n.matches("G...\\.bpt"))
                    .sorted().toList();
            assertEquals(List.of("GSPO.bpt"), indexes);
        }
        assertEquals(List.of("s"), List.of(dir.toFile().list()), "the compaction left a directory behind");
    }

    @Test
    void aCompactionInterruptedBetweenItsRenamesIsUndoneWhenTheStoreOpens() throws Exception {
        Path storeDir = dir.resolve("s");
        try (Tdb2Store store = Tdb2Store.openOrCreate(storeDir)) {
            store.write(List.of(version("sha256:1", "kept")));
        }
        Files.move(storeDir, dir.resolve("s.old"));
        Files.createDirectories(dir.resolve("s.compacting"));

        try (Tdb2Store store = Tdb2Store.openExisting(storeDir)) {
            assertTrue(store.read(KnowledgeStoreTest::stored).isIsomorphicWith(version("sha256:1", "kept").graph()));
        }
        assertEquals(List.of("s"), List.of(dir.toFile().list()));
    }

    @Test
    void openingAFileOrAForeignDirectoryAsAStoreIsRefused() throws Exception {
        Path file = Files.writeString(dir.resolve("file"), "x");
        assertTrue(assertThrows(StoreException.class, () -> KnowledgeStore.openOrCreate(file)).getMessage()
                .startsWith(file + " is a file, not a store directory"));
        Path foreign = Files.createDirectories(dir.resolve("photos"));
        Files.writeString(foreign.resolve("cat.jpg"), "x");
        assertTrue(assertThrows(StoreException.class, () -> KnowledgeStore.openOrCreate(foreign)).getMessage()
                .startsWith(foreign + " exists and is not a newsgraph (TDB2) store"));
        Path missing = dir.resolve("missing");
        assertEquals("no store at " + missing + "; create one with: newsgraph ingest --store " + missing + " FILE...",
                assertThrows(StoreException.class, () -> KnowledgeStore.openExisting(missing)).getMessage());
        assertFalse(Files.exists(missing), "openExisting created a store");
    }

    @Test
    void aStoreHeldByAnotherProcessIsRefusedNamingThatProcess() throws Exception {
        Path storeDir = dir.resolve("store");
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), HoldStore.class.getName(), storeDir.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        try {
            String ready = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8)).readLine();
            assertEquals("holding " + holder.pid(), ready);
            String expected = "store " + storeDir + " is in use by process " + holder.pid()
                    + " (a running newsgraph serve, or another ingest?); wait for it to finish or stop it, or use another --store";
            assertEquals(expected, assertThrows(StoreException.class, () -> KnowledgeStore.openExisting(storeDir)).getMessage());

            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int code = Main.execute(new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8),
                    "stats", "--store", storeDir.toString());
            assertEquals(1, code);
            assertEquals("newsgraph: " + expected + System.lineSeparator(), err.toString(StandardCharsets.UTF_8));
        } finally {
            holder.getOutputStream().close();
            if (!holder.waitFor(30, TimeUnit.SECONDS)) {
                holder.destroyForcibly();
            }
        }
    }
}
