package org.newsgraph.rdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Replaces blank nodes by IRIs derived from what the graph says about them (RDF 1.1 skolem IRIs,
 * {@code https://w3id.org/newsgraph/.well-known/genid/HASH}). A store labels blank nodes by its own
 * counters, so two stores built from the same files would export different bytes; a name taken from
 * the node's content is the same in every store. The catalogue's office positions are the only blank
 * nodes newsgraph writes ({@code entity:sergei-lavrov ng:position [ ng:role ...; ng:of ...; ng:from ... ]}).
 *
 * <p>A blank node's name hashes its incoming edges from IRIs and its outgoing edges, nested blank
 * nodes by their own names. Two blank nodes that say exactly the same get the same name, which only
 * merges statements that were redundant.
 */
public final class Skolemizer {
    /** Where skolem IRIs live (RFC 8615 well-known path, as RDF 1.1 Concepts section 3.5 suggests). */
    public static final String GENID = Iris.BASE + ".well-known/genid/";

    private Skolemizer() {
    }

    /** {@code graph} itself when it holds no blank node, else a copy with every blank node named. */
    public static Graph skolemize(Graph graph) {
        Set<Node> blanks = new HashSet<>();
        graph.find().forEach(t -> {
            if (t.getSubject().isBlank()) {
                blanks.add(t.getSubject());
            }
            if (t.getObject().isBlank()) {
                blanks.add(t.getObject());
            }
        });
        if (blanks.isEmpty()) {
            return graph;
        }
        Map<Node, Node> names = new HashMap<>();
        for (Node blank : blanks) {
            names.put(blank, NodeFactory.createURI(GENID + hash(graph, blank, new HashSet<>())));
        }
        Graph named = GraphFactory.createDefaultGraph();
        graph.find().forEach(t -> named.add(Triple.create(names.getOrDefault(t.getSubject(), t.getSubject()),
                t.getPredicate(), names.getOrDefault(t.getObject(), t.getObject()))));
        return named;
    }

    /** The hash of what the graph says about {@code blank}; {@code path} guards against cycles of blank nodes. */
    private static String hash(Graph graph, Node blank, Set<Node> path) {
        path.add(blank);
        List<String> edges = new ArrayList<>();
        graph.find(Node.ANY, Node.ANY, blank).forEach(t -> {
            if (!t.getSubject().isBlank()) {
                edges.add("< " + NodeFmtLib.strNT(t.getSubject()) + " " + NodeFmtLib.strNT(t.getPredicate()));
            }
        });
        graph.find(blank, Node.ANY, Node.ANY).forEach(t -> {
            Node o = t.getObject();
            String object = !o.isBlank() ? NodeFmtLib.strNT(o) : path.contains(o) ? "_:cycle" : "_:" + hash(graph, o, path);
            edges.add("> " + NodeFmtLib.strNT(t.getPredicate()) + " " + object);
        });
        path.remove(blank);
        edges.sort(null);
        return Iris.sha256Hex(String.join("\n", edges), 16);
    }

}
