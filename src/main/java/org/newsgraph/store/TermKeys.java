package org.newsgraph.store;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * A read that scans quads by predicate and leaves their terms as the store's own keys until asked for
 * them (TDB2's node ids). A join over a million mentions then decodes only the few thousand names and
 * actors it keeps, not the million mention IRIs it joins on: decoding each term of each quad was most of
 * the analysis's reading at 20,000 articles. Keys are equal exactly when their terms are, and mean
 * something only inside the read that gave them.
 */
public interface TermKeys {

    /** What a scan gives for each quad: the keys of its graph, subject and object. */
    @FunctionalInterface
    interface QuadKeys {
        void accept(Object graph, Object subject, Object object);
    }

    /** Every quad in a named graph with predicate {@code p}, in the order of the store's predicate index. */
    void scan(Node p, QuadKeys each);

    /** Every quad in a named graph with predicate {@code p} and object {@code o}. */
    void scan(Node p, Node o, QuadKeys each);

    /** The term a key stands for. */
    Node term(Object key);

    /** Keys that are the terms themselves: for a store that gives nothing cheaper. */
    static TermKeys of(DatasetGraph dsg) {
        return new TermKeys() {
            @Override
            public void scan(Node p, QuadKeys each) {
                scan(p, Node.ANY, each);
            }

            @Override
            public void scan(Node p, Node o, QuadKeys each) {
                dsg.find(Node.ANY, Node.ANY, p, o).forEachRemaining(q -> {
                    if (!q.isDefaultGraph()) {
                        each.accept(q.getGraph(), q.getSubject(), q.getObject());
                    }
                });
            }

            @Override
            public Node term(Object key) {
                return (Node) key;
            }
        };
    }
}
