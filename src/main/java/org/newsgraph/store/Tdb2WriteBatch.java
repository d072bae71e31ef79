package org.newsgraph.store;

import org.apache.jena.graph.Node;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * One TDB2 write transaction that documents are put into one at a time. Nothing is visible to readers,
 * nor survives a crash, until {@link #commit()}; closing an uncommitted batch aborts it.
 *
 * <p>Like every TDB2 transaction it belongs to the thread that opened it. The try-with-resources shape
 * of {@code Txn.executeWrite} does not fit here: the transaction stays open across calls.
 */
final class Tdb2WriteBatch extends BaseWriteBatch {
    /**
     * Documents whose totals are moved in the summary graph at a time, inside the transaction, so that
     * the changes waiting in memory stay small however large the transaction grows.
     */
    static final int SUMMED_EVERY = 500;

    private final Tdb2Store store;
    private final DatasetGraph dsg;
    private long deleted;
    private final SummaryKeeper summary = new SummaryKeeper();
    private int unsummed;

    Tdb2WriteBatch(Tdb2Store store, DatasetGraph dsg) {
        this.store = store;
        this.dsg = dsg;
        dsg.begin(TxnType.WRITE);
    }

    @Override
    Written write(DocumentGraph doc) {
        Node name = doc.name();
        if (Tdb2Store.storedHash(dsg, name).filter(doc.hash()::equals).isPresent()) {
            return new Written(Change.UNCHANGED, 0);
        }
        // A graph without a matching hash is replaced whole, whatever it holds, so no stale triple survives.
        summary.takeOff(dsg, name);
        int old = Tdb2Store.deleteGraph(dsg, name);
        deleted += old;
        long added = Tdb2Store.addAll(dsg, name, doc.graph());
        summary.putOn(dsg, name, doc.graph());
        if (++unsummed >= SUMMED_EVERY) {
            summary.flush(dsg);
            unsummed = 0;
        }
        return new Written(old > 0 ? Change.REPLACED : Change.ADDED, added);
    }

    /** Every document put so far becomes durable and visible at once, with the summary graph brought up to date. */
    @Override
    void finish() {
        summary.flush(dsg);
        dsg.commit();
        dsg.end();
        store.committed(deleted);
    }

    @Override
    void giveUp() {
        dsg.abort();
        dsg.end();
    }
}
