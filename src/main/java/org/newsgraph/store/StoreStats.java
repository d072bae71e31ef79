package org.newsgraph.store;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.system.Txn;
import org.newsgraph.rdf.NG;

/**
 * Counts that tell what a store holds.
 *
 * @param entitiesByClass  distinct entities per newsgraph class (local name)
 * @param quadsByPredicate quads per predicate IRI, largest first
 */
public record StoreStats(long documents, long sentences, long quads, long graphs, Map<String, Long> entitiesByClass,
                         Map<String, Long> quadsByPredicate, long bytesOnDisk) {

    private static final String PREFIX = "PREFIX ng: <" + NG.NS + ">\n";

    public static StoreStats of(KnowledgeStore store) {
        Dataset ds = DatasetFactory.wrap(store.datasetGraph());
        return Txn.calculateRead(ds, () -> {
            long documents = count(ds, "SELECT (COUNT(DISTINCT ?d) AS ?n) { ?d a ng:Document }");
            long sentences = count(ds, "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s a ng:Sentence } }");
            long quads = count(ds, "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }");
            long graphs = count(ds, "SELECT (COUNT(DISTINCT ?g) AS ?n) { GRAPH ?g { } }");
            Map<String, Long> classes = new LinkedHashMap<>();
            for (String c : new String[] {"State", "Organization", "ArmedGroup", "Person", "Place"}) {
                classes.put(c, count(ds, "SELECT (COUNT(DISTINCT ?e) AS ?n) { ?e a ng:" + c + " }"));
            }
            Map<String, Long> predicates = new LinkedHashMap<>();
            try (QueryExecution qe = QueryExecution.dataset(ds).query(PREFIX
                    + "SELECT ?p (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } } GROUP BY ?p ORDER BY DESC(?n) ?p").build()) {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) {
                    QuerySolution row = rs.next();
                    predicates.put(row.getResource("p").getURI(), row.getLiteral("n").getLong());
                }
            }
            return new StoreStats(documents, sentences, quads, graphs, classes, predicates, store.sizeOnDisk());
        });
    }

    private static long count(Dataset ds, String select) {
        try (QueryExecution qe = QueryExecution.dataset(ds).query(PREFIX + select).build()) {
            return qe.execSelect().next().getLiteral("n").getLong();
        }
    }
}
