package org.newsgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The SPARQL 1.1 Query protocol and Graph Store Protocol reads, as a client sees them over HTTP. */
class SparqlProtocolTest extends ServerTestBase {
    private static final String LAVROV = "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
            + "SELECT ?label WHERE { <https://w3id.org/newsgraph/entity/sergey-lavrov> rdfs:label ?label }";
    private static final String CONSTRUCT = "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
            + "CONSTRUCT { ?e rdfs:label ?l }"
            + " WHERE { ?e a <https://w3id.org/newsgraph/ontology#State> ; rdfs:label ?l }";

    static Stream<Arguments> resultFormats() {
        return Stream.of(
                Arguments.of("application/sparql-results+json", "\"value\": \"Sergey Lavrov\""),
                Arguments.of("application/sparql-results+xml", "<literal>Sergey Lavrov</literal>"),
                Arguments.of("text/csv", "label\r\nSergey Lavrov\r\n"),
                Arguments.of("text/tab-separated-values", "?label\n\"Sergey Lavrov\"\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("resultFormats")
    void selectAnswersInEachResultFormat(String accept, String fragment) {
        HttpResponse<String> response = Http.query(start().sparqlEndpoint(), LAVROV, accept);

        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith(accept));
        assertTrue(response.body().contains(fragment), response.body());
    }

    @Test
    void selectByPostOfFormAndOfQueryBody() {
        URI endpoint = start().sparqlEndpoint();

        HttpResponse<String> form = Http.post(endpoint, "application/x-www-form-urlencoded", Http.form("query", LAVROV),
                "text/csv");
        HttpResponse<String> body = Http.post(endpoint, "application/sparql-query", LAVROV, "text/csv");

        assertEquals("label\r\nSergey Lavrov\r\n", form.body());
        assertEquals("label\r\nSergey Lavrov\r\n", body.body());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"text/turtle, TURTLE", "application/ld+json, JSONLD"})
    void constructAnswersInTurtleAndJsonLd(String accept, String lang) {
        HttpResponse<String> response = Http.query(start().sparqlEndpoint(), CONSTRUCT, accept);

        Graph graph = RDFParser.fromString(response.body(), langOf(lang)).toGraph();
        assertEquals(200, response.statusCode());
        assertEquals(3, graph.size(), response.body());
        assertTrue(graph.contains(NodeFactory.createURI("https://w3id.org/newsgraph/entity/turkey"),
                RDFS.label.asNode(), NodeFactory.createLiteralString("Turkey")));
    }

    private static Lang langOf(String name) {
        return name.equals("TURTLE") ? Lang.TURTLE : Lang.JSONLD;
    }

    @Test
    void graphStoreProtocolReadsOneNamedGraph() {
        String article = "https://w3id.org/newsgraph/doc/mem-aleppo";
        URI graph = URI.create(start().pageUrl() + "kg/get?" + Http.form("graph", article));

        HttpResponse<String> response = Http.get(graph, "application/n-triples");

        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.body().contains("\"Middle East Monitor\""), response.body());
        assertFalse(response.body().contains("Deutsche Welle"), "another article's graph leaked into the answer");
    }

    @Test
    void graphStoreReadsAreCappedAndSaySo() {
        URI everything = start(b -> b.maxRows(5)).pageUrl().resolve("kg/get");
        URI catalogue = URI.create(everything + "?" + Http.form("graph", "https://w3id.org/newsgraph/graph/catalogue"));

        HttpResponse<String> quads = Http.get(everything, "application/n-quads");
        HttpResponse<String> graph = Http.get(catalogue, "application/n-triples");

        assertEquals(5, quads.body().lines().count(), quads.body());
        assertEquals("5", quads.headers().firstValue(QueryService.HEADER).orElse("missing"));
        assertEquals(5, graph.body().lines().count(), graph.body());
        assertEquals("5", graph.headers().firstValue(QueryService.HEADER).orElse("missing"));
    }

    @Test
    void theGraphStoresDefaultGraphIsTheUnionAsForQueries() {
        URI endpoint = start().sparqlEndpoint();
        String union = Http.query(endpoint, "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }", "text/csv").body();

        HttpResponse<String> response = Http.get(server.pageUrl().resolve("kg/get?default"), "application/n-triples");

        assertEquals(200, response.statusCode(), response.body());
        assertEquals(union.lines().skip(1).findFirst().orElseThrow(), Long.toString(response.body().lines().count()));
    }

    @Test
    void rowCapLowersAMissingOrLargerLimitAndSaysSo() {
        URI endpoint = start(b -> b.maxRows(3)).sparqlEndpoint();

        HttpResponse<String> uncapped = Http.query(endpoint, "SELECT * { ?s ?p ?o } LIMIT 2", "text/csv");
        HttpResponse<String> capped = Http.query(endpoint, "SELECT * { ?s ?p ?o }", "text/csv");

        assertEquals(1 + 2, uncapped.body().lines().count());
        assertTrue(uncapped.headers().firstValue(QueryService.HEADER).isEmpty());
        assertEquals(1 + 3, capped.body().lines().count());
        assertEquals("3", capped.headers().firstValue(QueryService.HEADER).orElse("missing"));
    }
}
