package org.newsgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.Fixtures;
import org.newsgraph.cli.Main;
import org.newsgraph.store.Tdb2Store;

/**
 * Articles added and removed while {@code newsgraph serve --allow-update} runs, by {@code newsgraph
 * ingest} and {@code remove} with a URL {@code --store}, show up in SPARQL at once, without a restart.
 */
class LiveStoreTest {
    private static final String LOGIN = "Basic " + Base64.getEncoder().encodeToString("editor:s3cret".getBytes(StandardCharsets.UTF_8));

    @TempDir
    Path dir;

    private Path users;
    private Tdb2Store store;
    private SparqlServer server;

    @BeforeEach
    void serveTwoSeeds() throws Exception {
        users = Files.writeString(dir.resolve("users.properties"), "editor: s3cret\n");
        List<Path> seeds = Fixtures.seedFiles();
        run(0, "ingest", "--store", dir.resolve("store").toString(), seeds.get(0).toString(), seeds.get(1).toString());
        store = Tdb2Store.openExisting(dir.resolve("store"));
        server = SparqlServer.builder(store).port(0).allowUpdate(true).passwordFile(users).build().start();
    }

    @AfterEach
    void stop() {
        server.close();
        store.close();
    }

    private String url() {
        return server.pageUrl().resolve("kg").toString();
    }

    @Test
    void anArticleIngestedWhileServingIsAnsweredAtOnce() {
        String file = Fixtures.seedFiles().get(2).getFileName().toString();
        assertEquals("false", ask("ASK { ?d ng:fileName \"" + file + "\" }"));

        String err = run(0, "ingest", "--store", url(), "--password-file", users.toString(),
                Fixtures.seedFiles().get(2).toString());

        assertEquals("true", ask("ASK { ?d ng:fileName \"" + file + "\" ; ng:mentions ?e }"));
        assertEquals("", err, "the analysis and links graphs, larger than a query may be, were written too");
    }

    @Test
    void anArticleRemovedWhileServingIsGoneAtOnce() {
        String file = Fixtures.seedFiles().get(0).getFileName().toString();
        assertEquals("true", ask("ASK { ?d ng:fileName \"" + file + "\" }"));

        run(0, "remove", "--store", url(), "--password-file", users.toString(), file);

        assertEquals("false", ask("ASK { GRAPH ?d { ?s ?p ?o } FILTER(CONTAINS(STR(?d), \"000_452fc2da8a739905\")) }"));
        assertEquals("true", ask("ASK { ?d ng:fileName \"" + Fixtures.seedFiles().get(1).getFileName() + "\" }"));
    }

    @Test
    void withoutALoginNothingIsWritten() {
        String err = run(1, "ingest", "--store", url(), Fixtures.seedFiles().get(2).toString());

        assertTrue(err.contains("it refused the login; give --password-file"), err);
    }

    /** Runs the command line and checks its exit code; returns what it printed on stderr. */
    private static String run(int expectedExit, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.execute(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), args);
        String said = err.toString(StandardCharsets.UTF_8);
        assertEquals(expectedExit, code, out.toString(StandardCharsets.UTF_8) + said);
        return said;
    }

    /** An ASK over HTTP, as the page or any SPARQL client sends it; "true" or "false". */
    private String ask(String query) {
        URI endpoint = server.sparqlEndpoint();
        String body = Http.send(HttpRequest.newBuilder(URI.create(endpoint + "?" + Http.form("query",
                "PREFIX ng: <https://w3id.org/newsgraph/ontology#> " + query)))
                .header("Accept", "text/csv").header("Authorization", LOGIN).GET()).body();
        return body.replace("_askResult", "").strip();
    }
}
