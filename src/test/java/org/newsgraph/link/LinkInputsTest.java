package org.newsgraph.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.rdf.Iris;
import org.newsgraph.rdf.NG;
import org.newsgraph.rdf.Vocab;
import org.newsgraph.store.KnowledgeStore;

/** The context a link decision weighs: the Wikidata ids of what the same articles mention. */
class LinkInputsTest {

    @TempDir
    Path dir;

    @Test
    void anEntitysContextIsTheIdsOfEverythingElseItsArticlesMentionAndNothingFromLinkingsOwnGraphs() {
        Map<Node, Graph> graphs = new LinkedHashMap<>();
        Graph catalogue = GraphFactory.createDefaultGraph();
        for (String key : List.of("syria", "damascus", "also-syria", "turkey", "militia", "hermit", "linked-only")) {
            catalogue.add(Triple.create(entity(key), Vocab.RDF_TYPE, key.equals("militia") || key.equals("hermit")
                    || key.equals("linked-only") ? NG.ArmedGroup : NG.Place));
        }
        sameAs(catalogue, "syria", "Q858");
        sameAs(catalogue, "also-syria", "Q858");
        sameAs(catalogue, "damascus", "Q3766");
        sameAs(catalogue, "turkey", "Q43");
        graphs.put(Iris.CATALOGUE_GRAPH, catalogue);
        graphs.put(doc("a.txt"), mentions("a.txt", "militia", "syria", "damascus"));
        graphs.put(doc("b.txt"), mentions("b.txt", "militia", "turkey"));
        graphs.put(doc("c.txt"), mentions("c.txt", "hermit"));
        // another id for Syria, and a.txt's mention of the militia stated again in another graph
        graphs.put(doc("d.txt"), mentions("d.txt", "also-syria", "militia"));
        graphs.put(NodeFactory.createURI(Iris.GRAPH + "notes"), mentions("a.txt", "militia"));
        // what linking wrote is not what it reads, or a rerun would decide from its own output
        graphs.put(LinkInputs.LINKS_GRAPH, mentions("links", "linked-only", "turkey"));

        try (KnowledgeStore store = KnowledgeStore.openOrCreate(dir)) {
            store.replaceGraphs(graphs);
            Map<String, List<String>> contexts = new TreeMap<>();
            LinkInputs.read(store).toLink().forEach(e -> contexts.put(e.entity().getURI().substring(Iris.ENTITY.length()),
                    List.copyOf(e.context())));

            assertEquals(Map.of("militia", List.of("Q43", "Q858", "Q3766"), "hermit", List.of(), "linked-only", List.of()),
                    contexts);
        }
    }

    @Test
    void mentionsInTheDefaultGraphOrByABlankNodeAreNoArticlesContext() {
        DatasetGraph dsg = DatasetGraphFactory.create();
        Graph catalogue = GraphFactory.createDefaultGraph();
        catalogue.add(Triple.create(entity("militia"), Vocab.RDF_TYPE, NG.ArmedGroup));
        catalogue.add(Triple.create(entity("turkey"), Vocab.RDF_TYPE, NG.State));
        catalogue.add(Triple.create(entity("iraq"), Vocab.RDF_TYPE, NG.State));
        sameAs(catalogue, "turkey", "Q43");
        sameAs(catalogue, "iraq", "Q796");
        dsg.addGraph(Iris.CATALOGUE_GRAPH, catalogue);
        dsg.addGraph(doc("a.txt"), mentions("a.txt", "militia", "turkey"));
        dsg.getDefaultGraph().add(Triple.create(doc("b.txt"), NG.mentions, entity("militia")));
        dsg.getDefaultGraph().add(Triple.create(doc("b.txt"), NG.mentions, entity("iraq")));
        Node blank = NodeFactory.createBlankNode();
        Graph odd = GraphFactory.createDefaultGraph();
        odd.add(Triple.create(blank, NG.mentions, entity("militia")));
        odd.add(Triple.create(blank, NG.mentions, entity("iraq")));
        dsg.addGraph(doc("c.txt"), odd);

        List<EntityToLink> toLink = LinkInputs.read(dsg).toLink();

        assertEquals(List.of(entity("militia")), toLink.stream().map(EntityToLink::entity).toList());
        assertEquals(List.of("Q43"), List.copyOf(toLink.get(0).context()));
    }

    private static Node entity(String key) {
        return NodeFactory.createURI(Iris.ENTITY + key);
    }

    private static Node doc(String file) {
        return NodeFactory.createURI(Iris.DOC + file);
    }

    private static void sameAs(Graph g, String key, String qid) {
        g.add(Triple.create(entity(key), Vocab.SAME_AS, NodeFactory.createURI(Vocab.WIKIDATA_ENTITY + qid)));
    }

    private static Graph mentions(String file, String... keys) {
        Graph g = GraphFactory.createDefaultGraph();
        for (String key : keys) {
            g.add(Triple.create(doc(file), NG.mentions, entity(key)));
        }
        return g;
    }
}
