package org.newsgraph.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.Fixtures;
import org.newsgraph.rdf.NG;
import org.newsgraph.rdf.Vocab;
import org.newsgraph.store.KnowledgeStore;
import org.newsgraph.store.ShapeValidator;

/**
 * The live path against real HTTP servers on loopback: an embedded Fuseki answering like the
 * Wikidata Query Service, and small JDK servers that fail in the ways real endpoints do.
 */
class SparqlEndpointLinkerTest {
    static final Node TESTVILLE = LinkingTest.entity("testville");

    @TempDir
    Path dir;

    final List<String> warnings = new ArrayList<>();
    final List<String> userAgents = new CopyOnWriteArrayList<>();
    final AtomicInteger requests = new AtomicInteger();
    FusekiServer fuseki;
    HttpServer misbehaving;

    @AfterEach
    void stopServers() {
        if (fuseki != null) {
            fuseki.stop();
        }
        if (misbehaving != null) {
            misbehaving.stop(0);
        }
    }

    URI startFuseki() {
        Graph extract = TestStores.turtle("/link/test-extract.ttl");
        fuseki = FusekiServer.create().port(0).loopback(true).add("/wdqs", DatasetGraphFactory.wrap(extract)).build().start();
        return URI.create("http://127.0.0.1:" + fuseki.getHttpPort() + "/wdqs/sparql");
    }

    interface Behaviour {
        void answer(HttpExchange exchange, int request) throws IOException, InterruptedException;
    }

    URI startMisbehaving(Behaviour behaviour) throws IOException {
        misbehaving = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        misbehaving.createContext("/sparql", exchange -> {
            userAgents.add(exchange.getRequestHeaders().getFirst("User-Agent"));
            exchange.getRequestBody().readAllBytes();
            try {
                behaviour.answer(exchange, requests.incrementAndGet());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                exchange.close();
            }
        });
        misbehaving.start();
        return URI.create("http://127.0.0.1:" + misbehaving.getAddress().getPort() + "/sparql");
    }

    static void reply(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
    }

    static final String NO_RESULTS = "{\"head\":{\"vars\":[\"name\",\"item\"]},\"results\":{\"bindings\":[]}}";

    LinkReport link(KnowledgeStore store, URI endpoint, Duration timeout, int retries) {
        SparqlEndpointLinker live = new SparqlEndpointLinker(
                new SparqlEndpointLinker.Settings(endpoint, timeout, retries, Duration.ofSeconds(5), 20));
        return new Linking(ExtractLinker.shipped(), live, LinkOverrides.none(), warnings::add).run(store, false);
    }

    /** Falls back: the extract still links Aleppo, nothing links Testville, documents are untouched. */
    void assertDegradedToTheExtract(KnowledgeStore store, Graph documentBefore) {
        Graph links = TestStores.graph(store, LinkInputs.LINKS_GRAPH);
        assertTrue(LinkingTest.sameAs(links, LinkingTest.ALEPPO, "Q41183"));
        assertFalse(links.contains(TESTVILLE, Vocab.SAME_AS, Node.ANY));
        assertTrue(documentBefore.isIsomorphicWith(TestStores.graph(store, TestStores.DOC_GRAPH)));
        assertTrue(new ShapeValidator().validate(store).isEmpty());
    }

    @Test
    void linksAgainstALiveEndpointAndRecordsItAsTheSource() {
        URI endpoint = startFuseki();
        try (KnowledgeStore store = TestStores.withArticle(dir)) {
            link(store, endpoint, Duration.ofSeconds(10), 0);
            Graph links = TestStores.graph(store, LinkInputs.LINKS_GRAPH);
            assertTrue(LinkingTest.sameAs(links, TESTVILLE, "Q999999999"));
            assertEquals(endpoint.toString(), links.find(LinkGraphMapper.decisionIri(TESTVILLE),
                    NG.linkSource, Node.ANY).next().getObject().getLiteralLexicalForm());
            assertEquals(35.5, ((Number) links.find(TESTVILLE, Vocab.GEO_LAT, Node.ANY).next().getObject().getLiteralValue())
                    .doubleValue());
            assertTrue(warnings.isEmpty(), warnings::toString);
        }
    }

    @Test
    void cachedAnswersServeRerunsWithoutTheEndpoint() {
        URI endpoint = startFuseki();
        try (KnowledgeStore store = TestStores.withArticle(dir)) {
            link(store, endpoint, Duration.ofSeconds(10), 0);
            Graph first = TestStores.graph(store, LinkInputs.LINKS_GRAPH);
            fuseki.stop();
            fuseki = null;
            link(store, endpoint, Duration.ofSeconds(10), 0);
            assertTrue(warnings.isEmpty(), "every name was answered from the cache: " + warnings);
            assertTrue(first.isIsomorphicWith(TestStores.graph(store, LinkInputs.LINKS_GRAPH)));
            Linking.offline(LinkOverrides.none(), warnings::add).run(store, false);
            assertTrue(first.isIsomorphicWith(TestStores.graph(store, LinkInputs.LINKS_GRAPH)),
                    "an offline rerun (as ingest does) keeps what the endpoint found");
        }
    }

    @Test
    void sendsOneRequestAtATimeWithADescriptiveUserAgent() throws IOException {
        URI endpoint = startMisbehaving((exchange, n) -> reply(exchange, 200, "application/sparql-results+json", NO_RESULTS));
        try (KnowledgeStore store = TestStores.withArticle(dir)) {
            link(store, endpoint, Duration.ofSeconds(10), 0);
        }
        assertTrue(warnings.isEmpty(), warnings::toString);
        assertEquals(1, requests.get(), "the store's dozen names fit one request");
        assertTrue(userAgents.get(0).startsWith("newsgraph/"), userAgents.get(0));
    }

    @Test
    void aServerErrorFallsBackToTheExtract() throws IOException {
        URI endpoint = startMisbehaving((exchange, n) -> reply(exchange, 500, "text/plain", "boom"));
        try (KnowledgeStore store = TestStores.withArticle(dir)) {
            Graph document = TestStores.graph(store, TestStores.DOC_GRAPH);
            link(store, endpoint, Duration.ofSeconds(10), 3);
            assertEquals(1, warnings.size());
            assertTrue(warnings.get(0).startsWith(endpoint + " answered HTTP 500; linking the "), warnings.get(0));
            assertDegradedToTheExtract(store, document);
        }
        assertEquals(1, requests.get(), "a 500 is not retried");
    }

    @Test
    void tooManyRequestsWaitsAsRetryAfterSaysThenGoesOn() throws IOException {
        URI endpoint = startMisbehaving((exchange, n) -> {
            if (n == 1) {
                exchange.getResponseHeaders().set("Retry-After", "1");
                reply(exchange, 429, "text/plain", "slow down");
            } else {
                reply(exchange, 200, "application/sparql-results+json", NO_RESULTS);
            }
        });
        try (KnowledgeStore store = TestStores.withArticle(dir)) {
            link(store, endpoint, Duration.ofSeconds(10), 3);
        }
        assertTrue(warnings.isEmpty(), warnings::toString);
        assertEquals(2, requests.get());
    }

    @Test
    void tooManyRequestsForeverGivesUpAfterTheRetries() throws IOException {
        URI endpoint = startMisbehaving((exchange, n) -> {
            exchange.getResponseHeaders().set("Retry-After", "0");
            reply(exchange, 429, "text/plain", "slow down");
        });
        try (KnowledgeStore store = TestStores.withArticle(dir)) {
            Graph document = TestStores.graph(store, TestStores.DOC_GRAPH);
            link(store, endpoint, Duration.ofSeconds(10), 2);
            assertTrue(warnings.get(0).startsWith(endpoint + " answered HTTP 429 after 2 retries"), warnings.get(0));
            assertDegradedToTheExtract(store, document);
        }
        assertEquals(3, requests.get());
    }

    @Test
    void aRetryAfterLongerThanWeWaitGivesUpAtOnce() throws IOException {
        URI endpoint = startMisbehaving((exchange, n) -> {
            exchange.getResponseHeaders().set("Retry-After", "3600");
            reply(exchange, 429, "text/plain", "come back in an hour");
        });
        try (KnowledgeStore store = TestStores.withArticle(dir)) {
            link(store, endpoint, Duration.ofSeconds(10), 3);
        }
        assertTrue(warnings.get(0).startsWith(endpoint + " asks to wait 3600 s (HTTP 429), longer than 5 s"),
                warnings.get(0));
        assertEquals(1, requests.get());
    }

    @Test
    void aSlowEndpointTimesOutAndFallsBack() throws IOException {
        URI endpoint = startMisbehaving((exchange, n) -> {
            Thread.sleep(4_000);
            reply(exchange, 200, "application/sparql-results+json", NO_RESULTS);
        });
        try (KnowledgeStore store = TestStores.withArticle(dir)) {
            Graph document = TestStores.graph(store, TestStores.DOC_GRAPH);
            link(store, endpoint, Duration.ofSeconds(1), 3);
            assertTrue(warnings.get(0).startsWith("no answer from " + endpoint + " within 1 s"), warnings.get(0));
            assertDegradedToTheExtract(store, document);
        }
    }

    @Test
    void garbageIsNotTakenForAnAnswer() throws IOException {
        URI endpoint = startMisbehaving((exchange, n) -> reply(exchange, 200, "text/html", "<html>maintenance</html>"));
        try (KnowledgeStore store = TestStores.withArticle(dir)) {
            Graph document = TestStores.graph(store, TestStores.DOC_GRAPH);
            link(store, endpoint, Duration.ofSeconds(10), 3);
            assertTrue(warnings.get(0).startsWith(endpoint + " answered something that is not SPARQL JSON results"),
                    warnings.get(0));
            assertDegradedToTheExtract(store, document);
        }
    }

    @Test
    void anUnreachableEndpointIsNotNamedAsASourceAndRewritesNothing() throws IOException {
        int closedPort = Fixtures.closedLoopbackPort();
        URI endpoint = URI.create("http://127.0.0.1:" + closedPort + "/sparql");
        try (KnowledgeStore store = TestStores.withArticle(dir)) {
            new Linking(ExtractLinker.shipped(), null, LinkOverrides.none(), warnings::add).run(store, false);
            LinkReport report = link(store, endpoint, Duration.ofSeconds(5), 0);
            assertTrue(report.endpointFailed());
            assertEquals(0, report.graphsWritten(), "the decisions are those of the offline run");
            assertFalse(report.sources().contains(endpoint.toString()), report.sources());
        }
    }

    @Test
    void anUnreachableEndpointFallsBack() throws IOException {
        int closedPort = Fixtures.closedLoopbackPort();
        URI endpoint = URI.create("http://127.0.0.1:" + closedPort + "/sparql");
        try (KnowledgeStore store = TestStores.withArticle(dir)) {
            Graph document = TestStores.graph(store, TestStores.DOC_GRAPH);
            link(store, endpoint, Duration.ofSeconds(5), 3);
            assertTrue(warnings.get(0).startsWith("cannot reach " + endpoint), warnings.get(0));
            assertDegradedToTheExtract(store, document);
        }
    }
}
