package org.newsgraph.link;

import java.util.List;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.datatypes.BaseDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.newsgraph.rdf.NG;
import org.newsgraph.rdf.Vocab;

/**
 * Endpoint answers kept in the store: {@code <endpoint> ng:answeredName "name"} for each name asked,
 * and the items found, in Wikidata's shape, so that {@link ExtractLinker} answers the same
 * {@link CandidateQuery} from the cache as the endpoint did. Not thread-safe.
 */
public final class LinkCache {
    private static final Node P31 = NodeFactory.createURI("http://www.wikidata.org/prop/direct/P31");
    private static final Node P17 = NodeFactory.createURI("http://www.wikidata.org/prop/direct/P17");
    private static final Node P625 = NodeFactory.createURI("http://www.wikidata.org/prop/direct/P625");
    private static final BaseDatatype WKT = new BaseDatatype("http://www.opengis.net/ont/geosparql#wktLiteral");

    private final Graph graph;

    /** A cache over a copy of {@code stored}. */
    public LinkCache(Graph stored) {
        this.graph = GraphFactory.createDefaultGraph();
        stored.find().forEach(graph::add);
    }

    /** The cache's triples, to store. */
    public Graph graph() {
        return graph;
    }

    /** Forgets everything, so the endpoint is asked again. */
    public void clear() {
        graph.clear();
    }

    /** The names each endpoint has answered, by endpoint URL. */
    public SortedMap<String, SortedSet<String>> answered() {
        SortedMap<String, SortedSet<String>> out = new TreeMap<>();
        graph.find(Node.ANY, NG.answeredName, Node.ANY).forEach(t -> {
            if (t.getSubject().isURI() && t.getObject().isLiteral()) {
                out.computeIfAbsent(t.getSubject().getURI(), e -> new TreeSet<>()).add(t.getObject().getLiteralLexicalForm());
            }
        });
        return out;
    }

    /** What {@code endpoint} answered for {@code names}, all of which it has answered before. */
    public List<LinkCandidate> candidates(String endpoint, SortedSet<String> names) {
        return ExtractLinker.of(graph, endpoint).candidates(names);
    }

    /** Records an endpoint's answer for a batch of names. */
    public void put(String endpoint, SortedSet<String> names, List<LinkCandidate> found) {
        Node ep = NodeFactory.createURI(endpoint);
        for (String name : names) {
            graph.add(Triple.create(ep, NG.answeredName, NodeFactory.createLiteralString(name)));
        }
        for (LinkCandidate c : found) {
            Node item = LinkGraphMapper.item(c.qid());
            graph.add(Triple.create(item, c.matchedItemLabel() ? Vocab.LABEL : Vocab.ALT_LABEL,
                    NodeFactory.createLiteralLang(c.matchedName(), "en")));
            if (!c.matchedItemLabel() || !c.label().equals(c.matchedName())) {
                graph.add(Triple.create(item, Vocab.LABEL, NodeFactory.createLiteralLang(c.label(), "en")));
            }
            for (ItemKind k : c.kinds()) {
                String cls = k.classQids().stream().sorted(LinkCandidate::compareQids).findFirst().orElseThrow();
                graph.add(Triple.create(item, P31, LinkGraphMapper.item(cls)));
            }
            for (String country : c.countries()) {
                graph.add(Triple.create(item, P17, LinkGraphMapper.item(country)));
            }
            if (c.coordinates() != null) {
                String wkt = "Point(" + c.coordinates().longitude() + " " + c.coordinates().latitude() + ")";
                graph.add(Triple.create(item, P625, NodeFactory.createLiteralDT(wkt, WKT)));
            }
        }
    }
}
