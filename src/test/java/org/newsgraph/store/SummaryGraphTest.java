package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.update.UpdateAction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.rdf.Iris;
import org.newsgraph.rdf.NG;

/**
 * The summary graph agrees with counting the store directly, after documents are added, replaced and
 * removed, and what the embedded store keeps as it writes, and the SPARQL refresh scoped to the changed
 * documents, give what the SPARQL rebuild from scratch gives.
 */
class SummaryGraphTest {
    private static final String PREFIXES = "PREFIX ng: <https://w3id.org/newsgraph/ontology#> "
            + "PREFIX ngs: <" + SummaryGraph.NS + "> PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> ";
    private static final Node DOC_A = NodeFactory.createURI(Iris.DOC + "a.txt");
    private static final Node DOC_B = NodeFactory.createURI(Iris.DOC + "b.txt");
    private static final String MENTIONS_COUNTED = "SELECT ?e (COUNT(?m) AS ?n) { GRAPH ?g { ?m ng:refersTo ?e } } GROUP BY ?e";
    private static final String MENTIONS_SUMMED = "SELECT ?e ?n { GRAPH <" + SummaryGraph.NAME.getURI() + "> {"
            + " ?e ngs:mentionCount ?n } }";
    private static final String EDGES_COUNTED = "SELECT ?a ?rel ?b (COUNT(?st) AS ?n) { GRAPH ?g {"
            + " ?st a ng:RelationStatement ; rdf:subject ?a ; rdf:predicate ?rel ; rdf:object ?b } } GROUP BY ?a ?rel ?b";
    private static final String EDGES_SUMMED = "SELECT ?a ?rel ?b ?n { GRAPH <" + SummaryGraph.NAME.getURI() + "> {"
            + " ?t a ngs:EdgeTotal ; ngs:subject ?a ; ngs:relation ?rel ; ngs:object ?b ; ngs:count ?n } }";
    private static final String CLAIMS_COUNTED = "SELECT ?s ?stance (COUNT(?c) AS ?n) { GRAPH ?g { ?s ?stance ?c"
            + " VALUES ?stance { ng:claims ng:denies } } } GROUP BY ?s ?stance";
    private static final String CLAIMS_SUMMED = "SELECT ?s ?stance (SUM(?k) AS ?n) { GRAPH <"
            + SummaryGraph.NAME.getURI() + "> { ?t a ngs:ClaimTotal ; ngs:speaker ?s ; ngs:stance ?stance ;"
            + " ngs:count ?k } } GROUP BY ?s ?stance";

    @TempDir
    Path dir;

    private Tdb2Store store;
    private DatasetGraph data;

    @BeforeEach
    void storeBothDocuments() {
        try (InputStream in = getClass().getResourceAsStream("/store/relations.trig")) {
            data = RDFParser.source(in).lang(Lang.TRIG).toDatasetGraph();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        store = Tdb2Store.openOrCreate(dir.resolve("store"));
        store.replaceGraph(Iris.CATALOGUE_GRAPH, data.getGraph(Iris.CATALOGUE_GRAPH));
        store.write(List.of(document(DOC_A), document(DOC_B)));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private DocumentGraph document(Node name) {
        Graph g = data.getGraph(name);
        return new DocumentGraph(name, name.getURI().substring(Iris.DOC.length()), "sha256:" + g.size(), g);
    }

    @Test
    void anIngestedBatchIsSummed() {
        assertFalse(rows(MENTIONS_COUNTED).isEmpty());
        assertEquals(rows(MENTIONS_COUNTED), rows(MENTIONS_SUMMED));
        assertFalse(rows(EDGES_COUNTED).isEmpty());
        assertEquals(rows(EDGES_COUNTED), rows(EDGES_SUMMED));
        assertFalse(rows(CLAIMS_COUNTED).isEmpty());
        assertEquals(rows(CLAIMS_COUNTED), rows(CLAIMS_SUMMED));
    }

    @Test
    void aRemovedDocumentIsTakenBack() {
        Txn.executeWrite(store.datasetGraph(), () -> {
            UpdateAction.parseExecute("DROP GRAPH <" + DOC_A.getURI() + ">", store.datasetGraph());
            SummaryGraph.refresh(store.datasetGraph(), List.of(DOC_A));
        });

        assertEquals(rows(MENTIONS_COUNTED), rows(MENTIONS_SUMMED));
        assertEquals(rows(EDGES_COUNTED), rows(EDGES_SUMMED));
        assertEquals(rows(CLAIMS_COUNTED), rows(CLAIMS_SUMMED));
        assertTrue(rows("SELECT ?r { GRAPH <" + SummaryGraph.NAME.getURI() + "> { ?r ngs:document <"
                + DOC_A.getURI() + "> } }").isEmpty());
    }

    @Test
    void aScopedRefreshGivesWhatARebuildGives() {
        Graph refreshed = summary();

        Txn.executeWrite(store.datasetGraph(), () -> UpdateAction.execute(SummaryGraph.rebuild(), store.datasetGraph()));

        assertTrue(refreshed.isIsomorphicWith(summary()), "the scoped refresh and the rebuild differ");
    }

    @Test
    void totalsMovedByDifferenceMatchARebuildAfterAReplacementAndARemoval() {
        Graph fewerMentions = GraphFactory.createDefaultGraph();
        List<Triple> mentions = data.getGraph(DOC_A).find(Node.ANY, NG.refersTo, Node.ANY).toList();
        data.getGraph(DOC_A).find().filterKeep(t -> mentions.indexOf(t) % 2 == 0 || !mentions.contains(t))
                .forEachRemaining(fewerMentions::add);
        store.write(List.of(new DocumentGraph(DOC_A, "a.txt", "sha256:fewer", fewerMentions)));
        assertEquals(rows(MENTIONS_COUNTED), rows(MENTIONS_SUMMED));
        assertSameAsRebuilt("a replacement");

        assertEquals(List.of("b.txt"), store.remove(List.of("b.txt")));
        assertEquals(rows(MENTIONS_COUNTED), rows(MENTIONS_SUMMED));
        assertEquals(rows(EDGES_COUNTED), rows(EDGES_SUMMED));
        assertEquals(rows(CLAIMS_COUNTED), rows(CLAIMS_SUMMED));
        assertSameAsRebuilt("a removal");
    }

    private void assertSameAsRebuilt(String after) {
        Graph refreshed = summary();
        Txn.executeWrite(store.datasetGraph(), () -> UpdateAction.execute(SummaryGraph.rebuild(), store.datasetGraph()));
        assertTrue(refreshed.isIsomorphicWith(summary()), "the refresh after " + after + " and the rebuild differ");
    }

    @Test
    void noMarkIsLeftBehind() {
        Txn.executeRead(store.datasetGraph(), () -> {
            List<String> graphs = new ArrayList<>();
            store.datasetGraph().listGraphNodes().forEachRemaining(g -> graphs.add(g.getURI()));
            assertEquals(List.of(SummaryGraph.NAME.getURI()), graphs.stream().filter(g -> g.contains("summary")).toList());
        });
    }

    private Graph summary() {
        return Txn.calculateRead(store.datasetGraph(), () -> {
            Graph copy = GraphFactory.createDefaultGraph();
            store.datasetGraph().getGraph(SummaryGraph.NAME).find().forEachRemaining(copy::add);
            return copy;
        });
    }

    /** Rows as "a b c -> n" strings in order, so two ways of counting compare as equal maps. */
    private Map<String, String> rows(String select) {
        return Txn.calculateRead(store.datasetGraph(), () -> {
            Map<String, String> rows = new TreeMap<>();
            RowSet result = QueryExec.dataset(store.datasetGraph()).query(PREFIXES + select).select();
            List<String> vars = result.getResultVars().stream().map(v -> v.getVarName()).toList();
            result.forEachRemaining(b -> {
                StringBuilder key = new StringBuilder();
                for (String v : vars.subList(0, Math.max(1, vars.size() - 1))) {
                    key.append(b.get(v)).append(' ');
                }
                Node n = b.get(vars.get(vars.size() - 1));
                rows.put(key.toString(), n == null ? "" : n.getLiteralLexicalForm());
            });
            return rows;
        });
    }
}
