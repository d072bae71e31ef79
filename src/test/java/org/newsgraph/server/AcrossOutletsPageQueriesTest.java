package org.newsgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.junit.jupiter.api.Test;
import org.newsgraph.Fixtures;
import org.newsgraph.store.KnowledgeStore;
import org.newsgraph.store.QueryLibrary;

/** The page's proposition and framing queries on the seeds as ingest leaves them, against the shipped queries. */
class AcrossOutletsPageQueriesTest {
    private static final PageQueries QUERIES = PageQueries.shipped();
    private static final String OPPOSITION = "<https://w3id.org/newsgraph/entity/syrian-opposition>";

    @Test
    void theFramingTableRanksAndCountsTheOutletsAsTheShippedFramingQuery() {
        List<String> shipped = shipped("framing").stream().map(r -> r.get("outlet") + " " + r.get("mentions")).toList();

        List<String> page = page("framing-outlets", Map.of("actor", OPPOSITION)).stream()
                .map(r -> r.getOrDefault("outlet", "(outlet not stated)") + " " + r.get("mentions")).toList();

        assertFalse(page.isEmpty());
        assertEquals(shipped, page);
    }

    @Test
    void theFramingCountIsTheNumberOfOutletRows() {
        Map<String, String> actor = Map.of("actor", OPPOSITION);

        assertEquals(Integer.toString(page("framing-outlets", actor).size()),
                page("framing-outlets-count", actor).get(0).get("total"));
    }

    @Test
    void thePropositionListCountsItsRows() {
        assertEquals(Integer.toString(page("proposition-list", Map.of()).size()),
                page("proposition-list-count", Map.of()).get(0).get("total"));
    }

    @Test
    void aPropositionsClaimsAreAsManyAsItsClaimCount() {
        String p = "<" + page("proposition-list", Map.of("limit", "1")).get(0).get("p") + ">";
        Map<String, String> one = Map.of("proposition", p);

        assertEquals(page("proposition-facts", one).get(0).get("claims"),
                Integer.toString(page("proposition-claims", one).size()));
    }

    @Test
    void theClaimsAgainstAPropositionAreAsManyAsItsCountSays() {
        String p = "<" + shipped("propositions").get(0).get("proposition") + ">";
        Map<String, String> one = Map.of("proposition", p);

        List<Map<String, String>> against = page("proposition-against", one);

        assertFalse(against.isEmpty());
        assertEquals(Integer.toString(against.size()), page("proposition-against-count", one).get(0).get("total"));
    }

    private static List<Map<String, String>> shipped(String name) {
        return select(QueryLibrary.shipped().byName(name).orElseThrow().sparql());
    }

    private static List<Map<String, String>> page(String name, Map<String, String> parameters) {
        return select(QUERIES.sparql(name, parameters));
    }

    private static List<Map<String, String>> select(String sparql) {
        KnowledgeStore store = Fixtures.seedStore();
        return store.read(dsg -> {
            RowSet result = QueryExec.dataset(dsg).query(sparql).select();
            List<String> vars = result.getResultVars().stream().map(v -> v.getVarName()).toList();
            return result.stream().map(b -> {
                Map<String, String> row = new TreeMap<>();
                for (String v : vars) {
                    if (b.get(v) != null) {
                        row.put(v, b.get(v).isLiteral() ? b.get(v).getLiteralLexicalForm() : b.get(v).getURI());
                    }
                }
                return row;
            }).toList();
        });
    }
}
