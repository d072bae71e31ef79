package org.newsgraph.pipeline;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.newsgraph.analysis.CrossOutletAnalysis;
import org.newsgraph.link.ExtractLinker;
import org.newsgraph.link.LinkInputs;
import org.newsgraph.rdf.Iris;
import org.newsgraph.rdf.Ontology;
import org.newsgraph.store.KnowledgeStore;
import org.newsgraph.store.SummaryGraph;

/**
 * Checks that every document graph in a store is whole: it holds its ng:Document with a content hash,
 * and as many ng:Sentence nodes as its ng:sentenceCount says; and that no graph lacks its document
 * (besides the ontology, the catalogue and the derived analysis graph).
 */
final class DocumentIntegrity {

    private static final String PROBLEMS = """
            PREFIX ng: <https://w3id.org/newsgraph/ontology#>
            SELECT ?g ?problem {
              {
                GRAPH ?g { ?g a ng:Document ; ng:sentenceCount ?n }
                { SELECT ?g (COUNT(?s) AS ?found) { GRAPH ?g { ?g a ng:Document OPTIONAL { ?s a ng:Sentence } } } GROUP BY ?g }
                FILTER(?n != ?found)
                BIND(CONCAT("sentenceCount ", STR(?n), " but ", STR(?found), " sentences") AS ?problem)
              } UNION {
                GRAPH ?g { ?g a ng:Document FILTER NOT EXISTS { ?g ng:contentHash ?h } }
                BIND("no contentHash" AS ?problem)
              } UNION {
                GRAPH ?g { ?s ?p ?o }
                FILTER(?g NOT IN (<%s>, <%s>, <%s>, <%s>, <%s>, <%s>))
                FILTER NOT EXISTS { GRAPH ?g { ?g a ng:Document } }
                BIND("graph without its ng:Document" AS ?problem)
              }
            }
            """.formatted(Ontology.GRAPH.getURI(), Iris.CATALOGUE_GRAPH.getURI(), SummaryGraph.NAME.getURI(),
                    CrossOutletAnalysis.GRAPH.getURI(), LinkInputs.LINKS_GRAPH.getURI(), ExtractLinker.GRAPH.getURI());

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private DocumentIntegrity() {
    }

    /** Graph name to problem; empty when every document is whole. */
    static Map<String, String> problems(KnowledgeStore store) {
        return store.query(QueryFactory.create(PROBLEMS), TIMEOUT, exec -> {
            Map<String, String> problems = new TreeMap<>();
            exec.execSelect().forEachRemaining((QuerySolution row) ->
                    problems.put(row.getResource("g").getURI(), row.getLiteral("problem").getString()));
            return problems;
        });
    }

    /** The number of stored documents. */
    static long documents(KnowledgeStore store) {
        return store.query(QueryFactory.create(
                "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?g a <https://w3id.org/newsgraph/ontology#Document> } }"), TIMEOUT,
                exec -> exec.execSelect().next().getLiteral("n").getLong());
    }
}
