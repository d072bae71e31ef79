package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.Fixtures;
import org.newsgraph.cli.Main;

/**
 * The command line against a Fuseki server the test starts, compared with the same commands on a
 * local store: both built by {@code newsgraph ingest seeds} (which links as it ends).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RemoteStoreTest {
    private Path dir;
    private TestFuseki fuseki;
    private String local;

    @BeforeAll
    void ingestTheSeedsHereAndThere(@TempDir Path dir) {
        this.dir = dir;
        fuseki = TestFuseki.start();
        local = dir.resolve("local").toString();
        // As the workers below name them, since a document records the path it was read from.
        String seeds = Fixtures.seeds().toString();
        run("ingest", "--store", local, seeds);
        run("ingest", "--store", fuseki.url(), seeds);
    }

    @AfterAll
    void stop() {
        fuseki.close();
    }

    @Test
    void aRemoteStoreExportsTheSameNQuadsBytesAsALocalOne() {
        byte[] here = run("export", "--store", local, "--format", "nquads");
        assertArrayEquals(here, run("export", "--store", fuseki.url(), "--format", "nquads"));
    }

    @Test
    void queriesRunWhereTheStoreIs() {
        for (String query : List.of("documents", "who-backs-whom", "denials", "outlet-names", "link-decisions")) {
            assertEquals(text(run("query", "--store", local, "--format", "csv", query)),
                    text(run("query", "--store", fuseki.url(), "--format", "csv", query)), query);
        }
    }

    @Test
    void statsCountWhatTheRemoteStoreHolds() {
        String stats = text(run("stats", "--store", fuseki.url()));
        assertTrue(stats.startsWith("store       " + fuseki.url() + " (remote)\ndocuments   5\nsentences   137\n"), stats);
    }

    @Test
    void aRemoteStoreIsValidatedAgainstTheShapes() {
        assertTrue(text(run("validate", "--store", fuseki.url())).startsWith("conforms: "));
    }

    @Test
    void twoWorkersIngestingAtOnceGiveTheSameGraphAsOne() throws Exception {
        try (TestFuseki shared = TestFuseki.start()) {
            List<Path> seeds = Fixtures.seedFiles();
            CompletableFuture<byte[]> first = CompletableFuture.supplyAsync(() -> run("ingest", "--store", shared.url(),
                    seeds.get(0).toString(), seeds.get(2).toString(), seeds.get(4).toString()));
            CompletableFuture<byte[]> second = CompletableFuture.supplyAsync(() -> run("ingest", "--store", shared.url(),
                    seeds.get(1).toString(), seeds.get(3).toString(), seeds.get(2).toString()));
            first.get(5, TimeUnit.MINUTES);
            second.get(5, TimeUnit.MINUTES);
            // Each worker analysed and linked what it saw when it ended; one more ingest, which finds every
            // file stored, analyses and links what both wrote.
            List<String> all = new ArrayList<>(List.of("ingest", "--store", shared.url()));
            seeds.forEach(p -> all.add(p.toString()));
            run(all.toArray(String[]::new));

            assertArrayEquals(run("export", "--store", fuseki.url(), "--format", "nquads"),
                    run("export", "--store", shared.url(), "--format", "nquads"));
        }
    }

    @Test
    void aStoreThatIsNotUpYetIsAskedAgainUntilItAnswers() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Path users = Files.writeString(dir.resolve("users"), "reader: pw\n");
        CompletableFuture<TestFuseki> late = CompletableFuture.supplyAsync(() -> {
            sleep(1_500);
            return TestFuseki.start(users, port);
        });
        try {
            String stats = text(run("stats", "--store", "http://127.0.0.1:" + port + "/ds", "--password-file",
                    users.toString()));
            assertTrue(stats.contains("documents   0"), stats);
        } finally {
            late.get(1, TimeUnit.MINUTES).close();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Runs the command line, which must succeed; returns its standard output. */
    private static byte[] run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.execute(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), args);
        assertEquals(0, code, String.join(" ", args) + ": " + err.toString(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
