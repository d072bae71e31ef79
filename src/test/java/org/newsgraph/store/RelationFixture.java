package org.newsgraph.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.newsgraph.Fixtures;
import org.newsgraph.analysis.CrossOutletAnalysis;
import org.newsgraph.rdf.Iris;
import org.newsgraph.rdf.NG;
import org.newsgraph.rdf.Ontology;

/**
 * A TDB2 store holding {@code store/relations.trig}: documents with mentions, relation statements and
 * claims as extraction writes them, stored and analysed across outlets the way ingest does it. Built once per
 * JVM; read only.
 */
final class RelationFixture {
    private static KnowledgeStore store;

    private RelationFixture() {
    }

    static synchronized KnowledgeStore store() {
        if (store == null) {
            try (InputStream in = RelationFixture.class.getResourceAsStream("/store/relations.trig")) {
                DatasetGraph data = RDFParser.source(in).lang(Lang.TRIG).toDatasetGraph();
                Path dir = Files.createTempDirectory("newsgraph-relations");
                KnowledgeStore opened = KnowledgeStore.openOrCreate(dir);
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    opened.close();
                    Fixtures.deleteTree(dir);
                }));
                opened.ensureGraph(Ontology.GRAPH, Ontology.graph());
                opened.replaceGraph(Iris.CATALOGUE_GRAPH, data.getGraph(Iris.CATALOGUE_GRAPH));
                opened.write(documents(data));
                CrossOutletAnalysis.load().rebuild(opened);
                store = opened;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return store;
    }

    private static List<DocumentGraph> documents(DatasetGraph data) {
        List<DocumentGraph> docs = new ArrayList<>();
        data.listGraphNodes().forEachRemaining(name -> {
            if (!name.equals(Iris.CATALOGUE_GRAPH)) {
                Graph g = data.getGraph(name);
                docs.add(new DocumentGraph(name, literal(g, name, NG.fileName), literal(g, name, NG.contentHash), g));
            }
        });
        return docs;
    }

    private static String literal(Graph g, Node s, Node p) {
        return g.find(s, p, Node.ANY).next().getObject().getLiteralLexicalForm();
    }
}
