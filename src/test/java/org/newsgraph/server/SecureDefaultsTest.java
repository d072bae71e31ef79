package org.newsgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the server refuses unless the operator allows it. */
class SecureDefaultsTest extends ServerTestBase {
    private static final String INSERT = "INSERT DATA { GRAPH <urn:x:g> { <urn:x:a> <urn:x:b> <urn:x:c> } }";
    private static final String INSERTED = "ASK { <urn:x:a> <urn:x:b> <urn:x:c> }";

    @Test
    void bindsTheLoopbackAddress() {
        assertEquals("127.0.0.1", start().pageUrl().getHost());
    }

    @Test
    void updatesAreRefusedAndNothingIsWritten() {
        URI endpoint = start().sparqlEndpoint();
        URI dataset = server.pageUrl().resolve("kg");

        HttpResponse<String> toUpdate = Http.post(server.pageUrl().resolve("kg/update"), "application/sparql-update",
                INSERT, "*/*");
        HttpResponse<String> toDataset = Http.post(dataset, "application/sparql-update", INSERT, "*/*");
        HttpResponse<String> asForm = Http.post(endpoint, "application/x-www-form-urlencoded",
                Http.form("update", INSERT), "*/*");

        assertClientError(toUpdate);
        assertClientError(toDataset);
        assertClientError(asForm);
        assertEquals("_askResult\r\nfalse\r\n", Http.query(endpoint, INSERTED, "text/csv").body());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"PUT", "POST", "DELETE"})
    void graphStoreWritesAreRefused(String method) {
        URI graph = start().pageUrl().resolve("kg/data?" + Http.form("graph", "urn:x:g"));

        HttpResponse<String> response = Http.send(HttpRequest.newBuilder(graph).header("Content-Type", "text/turtle")
                .method(method, HttpRequest.BodyPublishers.ofString("<urn:x:a> <urn:x:b> <urn:x:c> .")));

        assertClientError(response);
        assertEquals("_askResult\r\nfalse\r\n", Http.query(server.sparqlEndpoint(), INSERTED, "text/csv").body());
    }

    @Test
    void updatesWorkWhenAllowed() {
        start(b -> b.allowUpdate(true));

        HttpResponse<String> response = Http.post(server.pageUrl().resolve("kg/update"), "application/sparql-update",
                INSERT, "*/*");

        assertEquals(204, response.statusCode(), response.body());
        assertEquals("_askResult\r\ntrue\r\n", Http.query(server.sparqlEndpoint(), INSERTED, "text/csv").body());
    }

    @Test
    void serviceIsRefusedWithoutAnyOutboundRequest() {
        try (CountingHttpServer target = new CountingHttpServer()) {
            String sparql = "SELECT * { SERVICE <" + target.url("/sparql") + "> { ?s ?p ?o } }";

            HttpResponse<String> response = Http.query(start().sparqlEndpoint(), sparql, "text/csv");

            assertClientError(response);
            assertTrue(response.body().startsWith("SERVICE execution disabled"), response.body());
            assertEquals(0, target.requests(), "the server sent a request to the SERVICE address");
        }
    }

    /** Fuseki answers a failed update with 500 whatever the cause; what matters is that nothing goes out. */
    @Test
    void serviceIsRefusedInsideAnAllowedUpdateToo() {
        try (CountingHttpServer target = new CountingHttpServer()) {
            start(b -> b.allowUpdate(true));
            String update = "INSERT { GRAPH <urn:x:g> { ?s ?p ?o } }"
                    + " WHERE { SERVICE <" + target.url("/sparql") + "> { ?s ?p ?o } }";

            HttpResponse<String> response = Http.post(server.pageUrl().resolve("kg/update"),
                    "application/sparql-update", update, "*/*");

            assertEquals(500, response.statusCode(), response.body());
            assertTrue(response.body().startsWith("SERVICE execution disabled"), response.body());
            assertEquals(0, target.requests(), "the server sent a request to the SERVICE address");
        }
    }

    @Test
    void cartesianProductIsStoppedByTheTimeoutWhichClientsCannotRaise() {
        URI endpoint = start(b -> b.timeout(Duration.ofSeconds(1))).sparqlEndpoint();
        String cartesian = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }";

        HttpResponse<String> response = Http.get(URI.create(endpoint + "?" + Http.form("query", cartesian)
                + "&timeout=3600"), "application/sparql-results+json");

        assertEquals(503, response.statusCode(), response.body());
        assertEquals("Query timed out", response.body().strip());
        assertEquals(200, Http.query(endpoint, "ASK {}", "application/sparql-results+json").statusCode());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"$/ping", "$/stats", "$/metrics", "$/server", "$/datasets", "$/tasks", "$/compact/kg"})
    void adminEndpointsAreOff(String path) {
        assertEquals(404, Http.get(start().pageUrl().resolve(path), "*/*").statusCode());
    }

    @Test
    void corsHeadersOnlyWhenAsked() {
        assertEquals("", allowedOrigin(start()));
        server.close();
        assertEquals("http://example.org", allowedOrigin(start(b -> b.cors(true))));
    }

    private static String allowedOrigin(SparqlServer server) {
        HttpResponse<String> preflight = Http.send(HttpRequest.newBuilder(server.sparqlEndpoint())
                .header("Origin", "http://example.org").header("Access-Control-Request-Method", "POST")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
        return preflight.headers().firstValue("Access-Control-Allow-Origin").orElse("");
    }

    @Test
    void anAddressOtherMachinesReachNeedsAPasswordFile() {
        ServerException e = assertThrows(ServerException.class,
                () -> SparqlServer.builder(store).host("0.0.0.0").build());

        assertTrue(e.getMessage().startsWith("host 0.0.0.0 is reachable from other machines, so logins are required"),
                e.getMessage());
    }

    @Test
    void everyBadSettingIsReportedAtOnce() {
        ServerException e = assertThrows(ServerException.class, () -> SparqlServer.builder(store).port(70_000)
                .timeout(Duration.ZERO).maxRows(0).passwordFile(dir.resolve("missing")).build());

        assertEquals("port must be 0..65535 (0: any free port), got 70000; timeout must be positive, got 0 s; "
                + "the row cap must be positive, got 0; password file " + dir.resolve("missing")
                + " does not exist or is not readable", e.getMessage());
    }

    @Test
    void withAPasswordFileEverythingNeedsALogin() throws IOException {
        Path users = Files.writeString(dir.resolve("users.properties"), "analyst: s3cret\n");
        start(b -> b.passwordFile(users));
        String good = "Basic " + Base64.getEncoder().encodeToString("analyst:s3cret".getBytes());
        String bad = "Basic " + Base64.getEncoder().encodeToString("analyst:guess".getBytes());
        URI query = URI.create(server.sparqlEndpoint() + "?" + Http.form("query", "ASK {}"));
        URI page = server.pageUrl().resolve("queries/index.txt");

        assertEquals(401, Http.get(page, "text/plain").statusCode());
        assertEquals(401, Http.get(query, "text/csv").statusCode());
        assertEquals(401, Http.send(HttpRequest.newBuilder(query).header("Authorization", bad)).statusCode());
        assertEquals(200, Http.send(HttpRequest.newBuilder(query).header("Authorization", good)).statusCode());
        assertEquals(200, Http.send(HttpRequest.newBuilder(page).header("Authorization", good)).statusCode());
    }

    @Test
    void aPasswordFileWithoutUsersIsRefused() throws IOException {
        Path users = Files.writeString(dir.resolve("users.properties"), "# nobody yet\n");

        ServerException e = assertThrows(ServerException.class,
                () -> SparqlServer.builder(store).passwordFile(users).build());

        assertEquals("password file " + users + " names no user; write lines of 'user: password'", e.getMessage());
    }

    @Test
    void aPortInUseIsReportedWithWhatToDo() {
        int taken = start().port();

        ServerException e = assertThrows(ServerException.class,
                () -> SparqlServer.builder(store).port(taken).build().start());

        assertTrue(e.getMessage().startsWith("cannot listen on 127.0.0.1:" + taken + " ("), e.getMessage());
        assertTrue(e.getMessage().endsWith("pick another --port, or a --host this machine has"), e.getMessage());
    }

    private static void assertClientError(HttpResponse<String> response) {
        assertTrue(response.statusCode() >= 400 && response.statusCode() < 500,
                "expected a 4xx refusal, got " + response.statusCode() + ": " + response.body());
    }
}
