package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.server.FixtureStore;

class ServeCommandTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        out.reset();
        err.reset();
        return Main.execute(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), args);
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void ingestIntoAServedStoreSaysWhichProcessHoldsItAndCtrlCReleasesIt() throws IOException, InterruptedException {
        Path store = dir.resolve("store");
        FixtureStore.create(store).close();
        Process serve = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "serve", "--store", store.toString(), "--port", "0").redirectErrorStream(true).start();
        try (BufferedReader console = serve.inputReader(StandardCharsets.UTF_8)) {
            String started = readUntil(console, "Ctrl-C stops");

            int code = run("ingest", "--store", store.toString(), "seeds/000_452fc2da8a739905.txt");

            assertTrue(started.startsWith("serving " + store), started);
            assertEquals(1, code);
            assertTrue(err.toString().startsWith("newsgraph: store " + store + " is in use by process " + serve.pid()
                    + " "), err.toString());

            // SIGTERM, as Ctrl-C or a service manager sends; Process.destroy() would also close our end of its output.
            serve.toHandle().destroy();
            String stopped = console.lines().collect(Collectors.joining("\n"));
            assertTrue(serve.waitFor(60, TimeUnit.SECONDS), "serve did not stop on SIGTERM");
            assertTrue(stopped.contains("newsgraph serve: stopped; store " + store + " released"), stopped);
        } finally {
            serve.destroyForcibly();
        }
        assertEquals(0, run("query", "--store", store.toString(), "ASK {}"), err.toString());
    }

    private static String readUntil(BufferedReader console, String marker) throws IOException {
        StringBuilder seen = new StringBuilder();
        for (String line = console.readLine(); line != null; line = console.readLine()) {
            seen.append(line).append('\n');
            if (line.contains(marker)) {
                return seen.toString();
            }
        }
        throw new AssertionError("newsgraph serve ended before it was ready:\n" + seen);
    }

    @Test
    void refusesAnAddressOtherMachinesReachWithoutAPasswordFile() {
        FixtureStore.create(dir.resolve("store")).close();

        int code = run("serve", "--store", dir.resolve("store").toString(), "--host", "0.0.0.0");

        assertEquals(1, code);
        assertTrue(err.toString().startsWith("newsgraph: host 0.0.0.0 is reachable from other machines, so logins are"
                + " required"), err.toString());
    }

    @Test
    void needsAnExistingStore() {
        int code = run("serve", "--store", dir.resolve("nothing").toString());

        assertEquals(1, code);
        assertEquals("newsgraph: no store at " + dir.resolve("nothing") + "; create one with: newsgraph ingest --store "
                + dir.resolve("nothing") + " FILE...", err.toString().strip());
    }

    @Test
    void helpExplainsTheSecureDefaultsWithAnExample() {
        assertEquals(0, run("serve", "--help"));

        assertTrue(out.toString().contains("--allow-update"), out.toString());
        assertTrue(out.toString().contains("then open http://127.0.0.1:3030/"), out.toString());
    }
}
