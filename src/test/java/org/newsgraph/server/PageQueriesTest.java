package org.newsgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsgraph.store.Tdb2Store;

/** The page's queries parse, and answer on the fixture store what the fixture holds. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PageQueriesTest {
    private static final PageQueries QUERIES = PageQueries.shipped();
    private static final String LAVROV = "<https://w3id.org/newsgraph/entity/sergey-lavrov>";
    private static final String RUSSIA = "<https://w3id.org/newsgraph/entity/russia>";
    private static final String DOC = "<https://w3id.org/newsgraph/doc/mem-aleppo>";

    private Tdb2Store store;

    @BeforeAll
    void openTheFixture(@TempDir Path dir) {
        store = FixtureStore.create(dir.resolve("store"));
    }

    @AfterAll
    void close() {
        store.close();
    }

    static Stream<String> names() {
        return QUERIES.names().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("names")
    void parsesWithAndWithoutItsFilters(String name) {
        QueryFactory.create(QUERIES.sparql(name, Map.of()));
        QueryFactory.create(QUERIES.sparql(name, Map.of("outlet", "\"Press TV\"", "from",
                "\"2016-01-01\"^^<http://www.w3.org/2001/XMLSchema#date>", "entity", RUSSIA, "term", "\"a\"")));
    }

    @Test
    void anUnfilledParameterIsNoFilter() {
        List<Map<String, String>> all = rows("documents", Map.of());
        List<Map<String, String>> none = rows("documents", Map.of("outlet", "\"no such outlet\""));

        assertFalse(all.isEmpty());
        assertEquals(List.of(), none);
    }

    @Test
    void theCountsAgreeWithTheLists() {
        assertEquals(Integer.toString(rows("documents", Map.of()).size()), rows("documents-count", Map.of()).get(0).get("total"));
        assertEquals(Integer.toString(rows("home-entities", Map.of()).size()),
                rows("home-entities-count", Map.of()).get(0).get("total"));
    }

    @Test
    void searchFindsAnEntityByItsOtherName() {
        List<Map<String, String>> found = rows("search", Map.of("term", "\"lavrov\""));

        assertEquals(LAVROV, "<" + found.get(0).get("e") + ">");
    }

    @Test
    void aPageOfMentionsIsAsLongAsAsked() {
        List<Map<String, String>> page = rows("entity-mentions", Map.of("entity", RUSSIA, "limit", "1"));

        assertEquals(1, page.size());
    }

    @Test
    void aDocumentsMarksIncludeItsMentions() {
        List<Map<String, String>> marks = rows("document-marks", Map.of("doc", DOC));

        assertTrue(marks.stream().anyMatch(m -> "mention".equals(m.get("kind"))), marks.toString());
    }

    @Test
    void anEntitysFactsLeaveItsClaimsToTheClaimsList() {
        List<Map<String, String>> facts = rows("entity-facts", Map.of("entity", RUSSIA, "limit", "500"));

        assertFalse(rows("entity-claims", Map.of("entity", RUSSIA)).isEmpty(), "the fixture has no claim by Russia");
        assertTrue(facts.stream().anyMatch(f -> f.get("p").endsWith("#label")), facts.toString());
        assertTrue(facts.stream().noneMatch(f -> f.get("p").endsWith("ontology#claims") || f.get("p").endsWith("ontology#denies")),
                facts.toString());
    }

    private List<Map<String, String>> rows(String name, Map<String, String> parameters) {
        String sparql = QUERIES.sparql(name, parameters);
        return Txn.calculateRead(store.datasetGraph(), () -> {
            RowSet result = QueryExec.dataset(store.datasetGraph()).query(sparql).select();
            List<String> vars = result.getResultVars().stream().map(v -> v.getVarName()).toList();
            return result.stream().map(b -> {
                Map<String, String> row = new java.util.TreeMap<>();
                for (String v : vars) {
                    if (b.get(v) != null) {
                        row.put(v, b.get(v).isLiteral() ? b.get(v).getLiteralLexicalForm() : b.get(v).toString());
                    }
                }
                return row;
            }).toList();
        });
    }
}
