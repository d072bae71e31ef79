package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.newsgraph.Fixtures;

/**
 * The shipped federated query against a local Fuseki standing in for the Wikidata Query Service,
 * which records every query it is sent: the items found locally are bound inside the SERVICE block,
 * in batches, and nothing else is asked.
 */
class FederatedQueryTest {
    private static final Pattern ITEM = Pattern.compile("<http://www\\.wikidata\\.org/entity/(Q[0-9]+)>");
    /** Two items of the seed store and one it does not hold, which must never be asked about or returned. */
    private static final String REMOTE = """
            PREFIX schema: <http://schema.org/>
            PREFIX wd: <http://www.wikidata.org/entity/>
            PREFIX wdt: <http://www.wikidata.org/prop/direct/>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            wd:Q159 schema:description "country spanning Europe and Asia"@en .
            wd:Q7747 schema:description "President of Russia"@en ; wdt:P39 wd:Q218295 .
            wd:Q218295 rdfs:label "President of Russia"@en .
            wd:Q1 schema:description "totality of space and all contents"@en .
            """;

    private final List<String> asked = new CopyOnWriteArrayList<>();
    private FusekiServer fuseki;

    @AfterEach
    void stop() {
        if (fuseki != null) {
            fuseki.stop();
        }
    }

    private String startRecordingEndpoint() {
        Graph remote = RDFParser.fromString(REMOTE, Lang.TURTLE).toGraph();
        Filter record = (request, response, chain) -> {
            String query = request.getParameter("query");
            if (query != null && ((HttpServletRequest) request).getRequestURI().endsWith("/sparql")) {
                asked.add(query);
            }
            chain.doFilter(request, response);
        };
        fuseki = FusekiServer.create().port(0).loopback(true).add("/wdqs", DatasetGraphFactory.wrap(remote))
                .addFilter("/*", record).build().start();
        return "http://127.0.0.1:" + fuseki.getHttpPort() + "/wdqs/sparql";
    }

    /** The shipped wikidata-enrich, asking {@code endpoint} instead of query.wikidata.org. */
    private static String wikidataEnrich(String endpoint) {
        String shipped = QueryLibrary.shipped().byName("wikidata-enrich").orElseThrow().sparql();
        assertTrue(shipped.contains("SERVICE <https://query.wikidata.org/sparql>"), shipped);
        return shipped.replace("https://query.wikidata.org/sparql", endpoint);
    }

    private static String run(String sparql) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SparqlRunner(Fixtures.seedStore()).run(QueryLibrary.parse(sparql), ResultFormat.CSV, Duration.ofSeconds(30), out);
        return out.toString(StandardCharsets.UTF_8);
    }

    /** The Wikidata items of the seed store's actors, as the query's local part finds them. */
    private static Set<String> localItems() {
        String local = "SELECT DISTINCT ?item { ?actor a ?class ; owl:sameAs ?item ."
                + " VALUES ?class { ng:State ng:Organization ng:ArmedGroup ng:Person } }";
        Set<String> items = new TreeSet<>();
        try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(Fixtures.seedStore().datasetGraph()))
                .query(QueryLibrary.parse(local)).build()) {
            Fixtures.seedStore().read(dsg -> {
                qe.execSelect().forEachRemaining(row -> items.add(row.getResource("item").getURI()
                        .replace("http://www.wikidata.org/entity/", "")));
                return items;
            });
        }
        return items;
    }

    private static Set<String> items(String query) {
        Set<String> items = new TreeSet<>();
        Matcher m = ITEM.matcher(query);
        while (m.find()) {
            items.add(m.group(1));
        }
        return items;
    }

    @Test
    void theItemsFoundLocallyAreBoundInsideTheServiceInBatches() {
        run(wikidataEnrich(startRecordingEndpoint()));
        Set<String> local = localItems();
        assertTrue(local.size() > BatchedService.BATCH, "the seeds hold more items than one batch: " + local.size());
        assertEquals((local.size() + BatchedService.BATCH - 1) / BatchedService.BATCH, asked.size(), asked::toString);
        Set<String> askedAbout = new TreeSet<>();
        for (String query : asked) {
            assertTrue(query.contains("VALUES ?item"), query);
            assertTrue(items(query).size() <= BatchedService.BATCH, query);
            askedAbout.addAll(items(query));
        }
        assertEquals(local, askedAbout);
    }

    @Test
    void theAnswersJoinTheLocalRows() {
        String csv = run(wikidataEnrich(startRecordingEndpoint()));
        assertTrue(csv.contains("Vladimir Putin,http://www.wikidata.org/entity/Q7747,President of Russia,President of Russia"),
                csv);
        assertTrue(csv.contains(",http://www.wikidata.org/entity/Q159,country spanning Europe and Asia,"), csv);
        assertTrue(!csv.contains("totality of space"), "an item nobody asked about came back: " + csv);
    }

    @Test
    void anUnreachableEndpointIsOneMessageNamingIt() throws Exception {
        int closedPort = Fixtures.closedLoopbackPort();
        String endpoint = "http://127.0.0.1:" + closedPort + "/sparql";
        QueryException e = assertThrows(QueryException.class, () -> run(wikidataEnrich(endpoint)));
        assertTrue(e.getMessage().startsWith("this query needs the SPARQL endpoint " + endpoint
                + " (SERVICE), which could not be reached ("), e.getMessage());
    }
}
