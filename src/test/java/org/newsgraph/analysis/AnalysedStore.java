package org.newsgraph.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.RDFNode;
import org.newsgraph.Fixtures;
import org.newsgraph.store.KnowledgeStore;

/** Articles of a test's own ingested into a real store (ingest rebuilds the analysis graph), and questions to it. */
final class AnalysedStore {
    static final String PREFIXES = """
            PREFIX ng: <https://w3id.org/newsgraph/ontology#>
            PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            """;

    private AnalysedStore() {
    }

    /** Writes each article (file name, then text, alternating) to {@code dir}/in and ingests them into {@code dir}/store. */
    static KnowledgeStore of(Path dir, String... namesAndTexts) {
        try {
            Path in = Files.createDirectories(dir.resolve("in"));
            for (int i = 0; i < namesAndTexts.length; i += 2) {
                Files.writeString(in.resolve(namesAndTexts[i]), namesAndTexts[i + 1]);
            }
            KnowledgeStore store = KnowledgeStore.openOrCreate(dir.resolve("store"));
            Fixtures.ingest(store, Fixtures.config(1, 1000), in);
            return store;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Ingests one more article into a store made by {@link #of}. */
    static void add(KnowledgeStore store, Path dir, String name, String text) throws IOException {
        Path file = dir.resolve("in").resolve(name);
        Files.writeString(file, text);
        Fixtures.ingest(store, Fixtures.config(1, 1000), file);
    }

    /** Rows of a SELECT over the union graph, each value as its lexical form or IRI. */
    static List<Map<String, String>> select(KnowledgeStore store, String sparql) {
        return store.read(dsg -> {
            List<Map<String, String>> rows = new ArrayList<>();
            try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(dsg)).query(PREFIXES + sparql).build()) {
                qe.execSelect().forEachRemaining(s -> {
                    Map<String, String> row = new LinkedHashMap<>();
                    s.varNames().forEachRemaining(v -> {
                        RDFNode n = s.get(v);
                        row.put(v, n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString());
                    });
                    rows.add(row);
                });
            }
            return rows;
        });
    }

    /** Whether the claims holding the two fragments express one proposition. */
    static boolean grouped(KnowledgeStore store, String fragment, String other) {
        return !select(store, """
                SELECT ?p { ?a ng:expresses ?p . ?b ng:expresses ?p . ?a ng:text ?ta . ?b ng:text ?tb
                  FILTER(CONTAINS(?ta, "%s") && CONTAINS(?tb, "%s") && ?a != ?b) }""".formatted(fragment, other)).isEmpty();
    }

    /** The reasons of the links (contradicts or disputes) from the claim holding {@code from} to the claim holding {@code to} or its proposition. */
    static List<String> links(KnowledgeStore store, String from, String to) {
        return select(store, """
                SELECT DISTINCT ?how { ?d a ng:Disagreement ; rdf:subject ?x ; rdf:predicate ?p ; ng:reason ?r ; ng:against ?t .
                  ?x ng:text ?tx . ?t ng:text ?tt FILTER(CONTAINS(?tx, "%s") && CONTAINS(?tt, "%s"))
                  BIND(CONCAT(STRAFTER(STR(?p), "#"), " ", ?r) AS ?how) } ORDER BY ?how""".formatted(from, to))
                .stream().map(r -> r.get("how")).toList();
    }
}
