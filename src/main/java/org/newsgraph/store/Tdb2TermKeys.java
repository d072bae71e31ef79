package org.newsgraph.store;

import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * {@link TermKeys} over a TDB2 dataset's quad table: keys are its node ids, read straight from the
 * indexes, and a term is decoded only when asked for. Valid inside the read transaction it was made in.
 */
final class Tdb2TermKeys implements TermKeys {
    private final NodeTupleTable quads;
    private final NodeTable nodes;

    Tdb2TermKeys(DatasetGraph dsg) {
        this.quads = TDBInternal.getDatasetGraphTDB(dsg).getQuadTable().getNodeTupleTable();
        this.nodes = quads.getNodeTable();
    }

    @Override
    public void scan(Node p, QuadKeys each) {
        find(p, NodeId.NodeIdAny, each);
    }

    @Override
    public void scan(Node p, Node o, QuadKeys each) {
        NodeId object = nodes.getNodeIdForNode(o);
        if (!NodeId.isDoesNotExist(object)) {
            find(p, object, each);
        }
    }

    private void find(Node p, NodeId object, QuadKeys each) {
        NodeId predicate = nodes.getNodeIdForNode(p);
        if (NodeId.isDoesNotExist(predicate)) {
            return;
        }
        Iterator<Tuple<NodeId>> found = quads.find(NodeId.NodeIdAny, NodeId.NodeIdAny, predicate, object);
        while (found.hasNext()) {
            Tuple<NodeId> q = found.next();
            each.accept(q.get(0), q.get(1), q.get(3));
        }
    }

    /**
     * The distinct objects of {@code s p ?o} in any graph, the default graph included, each decoded once:
     * an outlet or a found organisation is labelled in each of thousands of article graphs with the same
     * few names, and decoding every quad (graph IRI and all) made the summary's upkeep grow with the store.
     */
    static Set<Node> distinctObjects(DatasetGraph dsg, Node s, Node p) {
        DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(dsg);
        NodeTable nodes = tdb.getQuadTable().getNodeTupleTable().getNodeTable();
        NodeId subject = nodes.getNodeIdForNode(s);
        NodeId predicate = nodes.getNodeIdForNode(p);
        Set<Node> out = new LinkedHashSet<>();
        if (NodeId.isDoesNotExist(subject) || NodeId.isDoesNotExist(predicate)) {
            return out;
        }
        Set<NodeId> objects = new LinkedHashSet<>();
        tdb.getQuadTable().getNodeTupleTable().find(NodeId.NodeIdAny, subject, predicate, NodeId.NodeIdAny)
                .forEachRemaining(q -> objects.add(q.get(3)));
        tdb.getTripleTable().getNodeTupleTable().find(subject, predicate, NodeId.NodeIdAny)
                .forEachRemaining(t -> objects.add(t.get(2)));
        objects.forEach(o -> out.add(nodes.getNodeForNodeId(o)));
        return out;
    }

    @Override
    public Node term(Object key) {
        return nodes.getNodeForNodeId((NodeId) key);
    }
}
