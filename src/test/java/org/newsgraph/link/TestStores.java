package org.newsgraph.link;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.newsgraph.rdf.Ontology;
import org.newsgraph.store.KnowledgeStore;

/** Small stores for linking tests, written through KnowledgeStore as ingest would. */
final class TestStores {
    static final Node DOC_GRAPH = NodeFactory.createURI("https://w3id.org/newsgraph/doc/a.txt");

    private TestStores() {
    }

    /** A new store in {@code dir} holding {@code src/test/resources/link/store.trig} and the ontology, as ingest leaves it. */
    static KnowledgeStore withArticle(Path dir) {
        DatasetGraph dsg = RDFParser.source(resource("/link/store.trig")).lang(Lang.TRIG).toDatasetGraph();
        KnowledgeStore store = KnowledgeStore.openOrCreate(dir);
        List<Node> names = new ArrayList<>();
        dsg.listGraphNodes().forEachRemaining(names::add);
        Map<Node, Graph> graphs = new LinkedHashMap<>();
        for (Node n : names) {
            Graph copy = GraphFactory.createDefaultGraph();
            dsg.getGraph(n).find().forEach(copy::add);
            graphs.put(n, copy);
        }
        graphs.put(Ontology.GRAPH, Ontology.graph());
        store.replaceGraphs(graphs);
        return store;
    }

    static Graph turtle(String resource) {
        return RDFParser.source(resource(resource)).lang(Lang.TURTLE).toGraph();
    }

    /** A copy of one named graph. */
    static Graph graph(KnowledgeStore store, Node name) {
        return store.read(dsg -> {
            Graph copy = GraphFactory.createDefaultGraph();
            dsg.getGraph(name).find().forEach(copy::add);
            return copy;
        });
    }

    static InputStream resource(String path) {
        InputStream in = TestStores.class.getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("test resource " + path + " is missing");
        }
        return in;
    }
}
