package org.newsgraph.store;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.query.TxnType;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.sparql.core.DatasetGraphBaseFind;
import org.apache.jena.sparql.core.GraphView;
import org.apache.jena.sparql.core.Quad;

/**
 * A read-only view of a {@link RemoteStore} as a Jena dataset: each {@code find} asks the store with
 * one SELECT. Meant for code written against a dataset that asks a few broad patterns (linking reads
 * its inputs so); for many narrow ones, a SPARQL query sent to the store does better.
 */
final class SparqlDatasetGraph extends DatasetGraphBaseFind {
    private static final Duration TIMEOUT = Duration.ofMinutes(5);

    private final RemoteStore store;
    private final Map<Node, Map<Node, List<Quad>>> bySubject = new HashMap<>();

    SparqlDatasetGraph(RemoteStore store) {
        this.store = store;
    }

    /**
     * Any graph means the named graphs: the default graph is their union, so it would repeat them. A
     * subject and predicate with any graph and object (how linking reads an entity's names) is answered
     * from one request for every subject of that predicate, kept for the life of this view.
     */
    @Override
    public Iterator<Quad> find(Node g, Node s, Node p, Node o) {
        Node graph = any(g);
        Node subject = any(s);
        Node predicate = any(p);
        Node object = any(o);
        if (graph.isConcrete()) {
            return super.find(graph, subject, predicate, object);
        }
        if (subject.isConcrete() && predicate.isConcrete() && !object.isConcrete()) {
            return bySubject.computeIfAbsent(predicate, this::bySubject).getOrDefault(subject, List.of()).iterator();
        }
        return findInAnyNamedGraphs(subject, predicate, object);
    }

    private Map<Node, List<Quad>> bySubject(Node predicate) {
        Map<Node, List<Quad>> quads = new HashMap<>();
        findInAnyNamedGraphs(Node.ANY, predicate, Node.ANY)
                .forEachRemaining(q -> quads.computeIfAbsent(q.getSubject(), x -> new ArrayList<>()).add(q));
        return quads;
    }

    private static Node any(Node node) {
        return node == null ? Node.ANY : node;
    }

    @Override
    protected Iterator<Quad> findInDftGraph(Node s, Node p, Node o) {
        return select(Quad.defaultGraphIRI, "{ " + pattern(s, p, o) + " }", s, p, o);
    }

    @Override
    protected Iterator<Quad> findInSpecificNamedGraph(Node g, Node s, Node p, Node o) {
        return select(g, "{ GRAPH " + term(g, "g") + " { " + pattern(s, p, o) + " } }", s, p, o);
    }

    @Override
    protected Iterator<Quad> findInAnyNamedGraphs(Node s, Node p, Node o) {
        return select(null, "{ GRAPH ?g { " + pattern(s, p, o) + " } }", s, p, o);
    }

    /** The matching quads, read whole so no HTTP response stays open after the call. */
    private Iterator<Quad> select(Node graph, String where, Node s, Node p, Node o) {
        Query query = QueryFactory.create("SELECT * " + where);
        List<Quad> quads = new ArrayList<>();
        store.query(query, TIMEOUT, exec -> {
            exec.execSelect().forEachRemaining((QuerySolution row) -> quads.add(Quad.create(
                    graph != null ? graph : row.get("g").asNode(), bound(s, row, "s"), bound(p, row, "p"),
                    bound(o, row, "o"))));
            return null;
        });
        return quads.iterator();
    }

    private static Node bound(Node given, QuerySolution row, String var) {
        return given != null && given.isConcrete() ? given : row.get(var).asNode();
    }

    private static String pattern(Node s, Node p, Node o) {
        return term(s, "s") + " " + term(p, "p") + " " + term(o, "o") + " .";
    }

    private static String term(Node node, String var) {
        return node == null || !node.isConcrete() ? "?" + var : NodeFmtLib.strNT(node);
    }

    @Override
    public Iterator<Node> listGraphNodes() {
        return store.graphNames().iterator();
    }

    @Override
    public Graph getDefaultGraph() {
        return GraphView.createDefaultGraph(this);
    }

    @Override
    public Graph getGraph(Node graphNode) {
        return GraphView.createNamedGraph(this, graphNode);
    }

    @Override
    public void addGraph(Node graphName, Graph graph) {
        throw readOnly();
    }

    @Override
    public void removeGraph(Node graphName) {
        throw readOnly();
    }

    @Override
    public void add(Quad quad) {
        throw readOnly();
    }

    @Override
    public void delete(Quad quad) {
        throw readOnly();
    }

    @Override
    public PrefixMap prefixes() {
        return PrefixMapFactory.emptyPrefixMap();
    }

    @Override
    public boolean supportsTransactions() {
        return false;
    }

    @Override
    public void begin(TxnType type) {
        // Each find is its own request: there is nothing to begin.
    }

    @Override
    public void begin(ReadWrite readWrite) {
        // As above.
    }

    @Override
    public boolean promote(Promote mode) {
        return false;
    }

    @Override
    public void commit() {
        // Read-only: nothing to commit.
    }

    @Override
    public void abort() {
        // Read-only: nothing to abort.
    }

    @Override
    public void end() {
        // Nothing was begun.
    }

    @Override
    public ReadWrite transactionMode() {
        return null;
    }

    @Override
    public TxnType transactionType() {
        return null;
    }

    @Override
    public boolean isInTransaction() {
        return false;
    }

    private static UnsupportedOperationException readOnly() {
        return new UnsupportedOperationException("a remote store is read here; writes go through RemoteStore");
    }
}
