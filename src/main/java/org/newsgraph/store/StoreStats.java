package org.newsgraph.store;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.newsgraph.rdf.NG;

/**
 * Counts that tell what a store holds.
 *
 * @param entitiesByClass  distinct entities per newsgraph class (local name)
 * @param quadsByPredicate quads per predicate IRI, largest first
 * @param bytesOnDisk      the store's size, where it is known (a local store)
 */
public record StoreStats(long documents, long sentences, long quads, long graphs, Map<String, Long> entitiesByClass,
                         Map<String, Long> quadsByPredicate, OptionalLong bytesOnDisk) {

    private static final String PREFIX = "PREFIX ng: <" + NG.NS + ">\n";
    /** Counting every quad of a large remote store takes a while. */
    private static final Duration TIMEOUT = Duration.ofMinutes(30);

    public static StoreStats of(KnowledgeStore store) {
        long documents = count(store, "SELECT (COUNT(DISTINCT ?d) AS ?n) { ?d a ng:Document }");
        long sentences = count(store, "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s a ng:Sentence } }");
        long quads = count(store, "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }");
        long graphs = count(store, "SELECT (COUNT(DISTINCT ?g) AS ?n) { GRAPH ?g { } }");
        Map<String, Long> classes = new LinkedHashMap<>();
        for (String c : new String[] {"State", "Organization", "ArmedGroup", "Person", "Place"}) {
            classes.put(c, count(store, "SELECT (COUNT(DISTINCT ?e) AS ?n) { ?e a ng:" + c + " }"));
        }
        Map<String, Long> predicates = new LinkedHashMap<>();
        store.query(QueryFactory.create(PREFIX + "SELECT ?p (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } } GROUP BY ?p"
                + " ORDER BY DESC(?n) ?p"), TIMEOUT, exec -> {
                    ResultSet rs = exec.execSelect();
                    while (rs.hasNext()) {
                        QuerySolution row = rs.next();
                        predicates.put(row.getResource("p").getURI(), row.getLiteral("n").getLong());
                    }
                    return null;
                });
        return new StoreStats(documents, sentences, quads, graphs, classes, predicates, store.bytesOnDisk());
    }

    private static long count(KnowledgeStore store, String select) {
        return store.query(QueryFactory.create(PREFIX + select), TIMEOUT,
                exec -> exec.execSelect().next().getLiteral("n").getLong());
    }
}
