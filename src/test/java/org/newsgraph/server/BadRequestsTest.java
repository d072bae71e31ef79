package org.newsgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.junit.jupiter.api.Test;
import org.newsgraph.store.QueryLibrary;

/** Requests a client gets wrong, or sends to hurt: each gets a 4xx with a message, and costs little. */
class BadRequestsTest extends ServerTestBase {

    @Test
    void aMalformedQueryGetsTheMessageTheCommandLineGives() {
        String broken = "SELECT ?s WHERE { ?s ?p }";

        HttpResponse<String> response = Http.query(start().sparqlEndpoint(), broken, "application/sparql-results+json");

        assertEquals(400, response.statusCode());
        assertEquals("malformed SPARQL query: " + cliMessage(broken), response.body().strip());
        assertTrue(response.body().contains("line 1, column 25: unexpected \"}\""), response.body());
    }

    private static String cliMessage(String sparql) {
        try {
            QueryFactory.create(sparql);
            throw new AssertionError("the test query should not parse: " + sparql);
        } catch (QueryParseException e) {
            return QueryLibrary.describe(e);
        }
    }

    @Test
    void aQueryStringThatIsNotUtf8IsABadRequest() {
        HttpResponse<String> response = Http.get(URI.create(start().sparqlEndpoint() + "?query=SELECT%FF"), "text/plain");

        assertEquals(400, response.statusCode(), response.body());
        assertTrue(response.body().contains("not percent-encoded UTF-8"), response.body());
    }

    @Test
    void anExpressionNestedDeeperThanTheStackIsABadRequest() {
        String deep = "SELECT (" + "1+".repeat(20_000) + "1 AS ?x) {}";

        HttpResponse<String> response = Http.post(start().sparqlEndpoint(), "application/sparql-query", deep,
                "text/csv");

        assertEquals(400, response.statusCode(), response.body());
        assertTrue(response.body().startsWith("the query nests too deeply"), response.body());
    }

    @Test
    void aBodyOverTheSizeLimitIsRefusedBeforeItIsRead() {
        String large = "ASK {}" + " ".repeat(5_000);

        HttpResponse<String> response = Http.post(start(b -> b.maxRequestBytes(4_000)).sparqlEndpoint(),
                "application/sparql-query", large, "text/csv");

        assertEquals(413, response.statusCode(), response.body());
    }

    @Test
    void aQueryStringOverTheSizeLimitIsRefusedBeforeItIsParsed() {
        String large = "ASK {}" + " ".repeat(5_000);

        HttpResponse<String> response = Http.query(start(b -> b.maxRequestBytes(4_000)).sparqlEndpoint(), large,
                "text/csv");

        assertEquals(413, response.statusCode(), response.body());
        assertTrue(response.body().startsWith("the query has 5006 characters; this server accepts at most 4000"),
                response.body());
    }

    @Test
    void javaFunctionIrisLoadNoClass() {
        String probe = "java:org.newsgraph.server.LoadProbe";

        HttpResponse<String> response = Http.query(start().sparqlEndpoint(),
                "SELECT (<" + probe + ">(1) AS ?x) { ?s <" + probe + "> ?o }", "text/csv");

        assertEquals(200, response.statusCode(), response.body());
        assertEquals(null, System.getProperty("newsgraph.test.load-probe"), "the server loaded a class a query named");
    }

    @Test
    void traceIsRefusedEverywhere() {
        start();
        for (String path : new String[] {"", "kg/sparql", "app/main.js", "kg"}) {
            HttpResponse<String> response = Http.send(HttpRequest.newBuilder(server.pageUrl().resolve(path))
                    .method("TRACE", HttpRequest.BodyPublishers.noBody()));
            assertEquals(405, response.statusCode(), path);
        }
    }

    @Test
    void optionsTellsTheTruthOnAReadOnlyServer() {
        start();

        assertEquals(404, options("kg/update").statusCode());
        assertEquals("GET,HEAD,OPTIONS", options("kg/data").headers().firstValue("Allow").orElse("").replace(" ", ""));
        assertEquals("GET,HEAD,OPTIONS", options("").headers().firstValue("Allow").orElse("").replace(" ", ""));
    }

    private HttpResponse<String> options(String path) {
        return Http.send(HttpRequest.newBuilder(server.pageUrl().resolve(path))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
    }

    @Test
    void noAnswerNamesTheServerSoftware() {
        start();
        for (String path : new String[] {"", "kg/sparql?query=ASK%7B%7D", "missing", "kg/get?default"}) {
            HttpResponse<String> response = Http.get(server.pageUrl().resolve(path), "*/*");
            assertEquals(java.util.Optional.empty(), response.headers().firstValue("Server"), path);
        }
    }
}
