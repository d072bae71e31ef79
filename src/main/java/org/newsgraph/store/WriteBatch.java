package org.newsgraph.store;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.newsgraph.rdf.NG;

/**
 * One write transaction that documents are put into one at a time, so an ingest writes each article
 * as soon as it is analysed instead of holding a whole batch in memory. Nothing is visible to readers,
 * nor survives a crash, until {@link #commit()}; closing an uncommitted batch aborts it.
 *
 * <p>Like every TDB2 transaction it belongs to the thread that opened it. The try-with-resources shape
 * of {@code Txn.executeWrite} does not fit here: the transaction stays open across calls.
 *
 * <pre>
 * try (WriteBatch batch = store.begin()) {
 *     for (DocumentGraph doc : docs) {
 *         batch.put(doc);
 *     }
 *     batch.commit();
 * }
 * </pre>
 */
public final class WriteBatch implements AutoCloseable {
    private final DatasetGraph dsg;
    private int added;
    private int replaced;
    private int unchanged;
    private long quads;
    private final List<Node> changed = new ArrayList<>();
    private boolean open = true;

    WriteBatch(DatasetGraph dsg) {
        this.dsg = dsg;
        dsg.begin(TxnType.WRITE);
    }

    /**
     * Stores one document: a new one is added, a changed one (other content hash) replaces everything
     * in its graph, an unchanged one is left alone.
     */
    public Change put(DocumentGraph doc) {
        if (!open) {
            throw new IllegalStateException("batch already committed or aborted");
        }
        Node name = doc.name();
        Iterator<Quad> stored = dsg.find(name, name, NG.contentHash, Node.ANY);
        if (stored.hasNext() && stored.next().getObject().getLiteralLexicalForm().equals(doc.hash())) {
            unchanged++;
            return Change.UNCHANGED;
        }
        // A graph without a matching hash is replaced whole, whatever it holds, so no stale triple survives.
        boolean existed = dsg.find(name, Node.ANY, Node.ANY, Node.ANY).hasNext();
        if (existed) {
            dsg.deleteAny(name, Node.ANY, Node.ANY, Node.ANY);
        }
        quads += KnowledgeStore.addAll(dsg, name, doc.graph());
        changed.add(name);
        if (existed) {
            replaced++;
            return Change.REPLACED;
        }
        added++;
        return Change.ADDED;
    }

    /** Documents put so far, whatever their outcome. */
    public int size() {
        return added + replaced + unchanged;
    }

    /** Makes every document put so far durable and visible, at once, with the summary graph brought up to date. */
    public WriteOutcome commit() {
        if (!open) {
            throw new IllegalStateException("batch already committed or aborted");
        }
        SummaryGraph.refresh(dsg, changed);
        dsg.commit();
        dsg.end();
        open = false;
        return new WriteOutcome(added, replaced, unchanged, quads);
    }

    /** Aborts the transaction unless it was committed. */
    @Override
    public void close() {
        if (open) {
            open = false;
            dsg.abort();
            dsg.end();
        }
    }
}
