package org.newsgraph.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.KnowledgeStore;
import org.newsgraph.store.QueryLibrary;

/** The linking queries in queries/, run against a linked test store. */
class LinkQueriesTest {
    @TempDir
    Path dir;

    static List<Map<String, String>> select(KnowledgeStore store, String sparql) {
        return store.read(dsg -> {
            try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(dsg))
                    .query(QueryLibrary.parse(sparql)).build()) {
                List<Map<String, String>> rows = new ArrayList<>();
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) {
                    QuerySolution s = rs.next();
                    Map<String, String> row = new TreeMap<>();
                    s.varNames().forEachRemaining(v -> row.put(v, text(s.get(v))));
                    rows.add(row);
                }
                return rows;
            }
        });
    }

    static String text(RDFNode n) {
        return n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString();
    }

    static String query(String name) {
        return QueryLibrary.shipped().byName(name).orElseThrow().sparql();
    }

    KnowledgeStore linkedStore() {
        KnowledgeStore store = TestStores.withArticle(dir);
        Linking.offline(LinkOverrides.none(), w -> { }).run(store, false);
        return store;
    }

    @Test
    void placesOnMapHaveCoordinatesAndTheirCountryByWikidata() {
        try (KnowledgeStore store = linkedStore()) {
            List<Map<String, String>> rows = select(store, query("places-on-map"));
            assertEquals(1, rows.size(), rows::toString);
            assertEquals("Aleppo", rows.get(0).get("name"));
            assertEquals("36.20124", rows.get(0).get("lat"));
            assertEquals("Syria", rows.get(0).get("country"));
            assertEquals("1", rows.get(0).get("articles"));
        }
    }

    @Test
    void actorsByCountryJoinTheExtract() {
        try (KnowledgeStore store = linkedStore()) {
            List<Map<String, String>> rows = select(store, query("actors-by-country"));
            assertEquals(1, rows.size(), rows::toString);
            assertEquals("SY", rows.get(0).get("iso"));
            assertEquals("Syria", rows.get(0).get("name"));
        }
    }

    @Test
    void linkDecisionsListEveryDecision() {
        try (KnowledgeStore store = linkedStore()) {
            List<Map<String, String>> rows = select(store, query("link-decisions"));
            assertEquals(6, rows.size());
            assertEquals("linked", rows.get(0).get("outcome"));
        }
    }

    @Test
    void theFederatedQueryAsksAWikidataLikeEndpoint() {
        FusekiServer wdqs = FusekiServer.create().port(0).loopback(true)
                .add("/wdqs", DatasetGraphFactory.wrap(TestStores.turtle("/link/test-extract.ttl"))).build().start();
        try (KnowledgeStore store = linkedStore()) {
            String local = "http://127.0.0.1:" + wdqs.getHttpPort() + "/wdqs/sparql";
            String federated = query("wikidata-enrich");
            assertTrue(federated.contains("SERVICE <https://query.wikidata.org/sparql>"));
            List<Map<String, String>> rows = select(store, federated.replace("https://query.wikidata.org/sparql", local));
            Map<String, String> syria = rows.stream().filter(r -> "Syria".equals(r.get("name"))).findFirst().orElseThrow();
            assertEquals("test description of Syria", syria.get("description"));
        } finally {
            wdqs.stop();
        }
    }
}
