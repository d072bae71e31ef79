package org.newsgraph.store;

/**
 * What every {@link WriteBatch} does alike: counting what each document did, and refusing work once
 * committed or closed. A store's batch says how one document is written, how the batch is made durable
 * and how it is given up.
 */
abstract class BaseWriteBatch implements WriteBatch {
    private int added;
    private int replaced;
    private int unchanged;
    private long quads;
    private boolean open = true;

    /**
     * Writes one document (or leaves it, when its hash is stored already).
     *
     * @return what it did and the quads it wrote
     */
    abstract Written write(DocumentGraph doc);

    /** Makes everything written durable and visible. */
    abstract void finish();

    /** Gives up what is not durable yet. */
    abstract void giveUp();

    /** What writing one document did. */
    record Written(Change change, long quads) {
    }

    @Override
    public final Change put(DocumentGraph doc) {
        checkOpen();
        Written w = write(doc);
        switch (w.change()) {
            case ADDED -> added++;
            case REPLACED -> replaced++;
            case UNCHANGED -> unchanged++;
        }
        quads += w.quads();
        return w.change();
    }

    @Override
    public final int size() {
        return added + replaced + unchanged;
    }

    @Override
    public final WriteOutcome commit() {
        checkOpen();
        finish();
        open = false;
        return new WriteOutcome(added, replaced, unchanged, quads);
    }

    @Override
    public final void close() {
        if (open) {
            open = false;
            giveUp();
        }
    }

    private void checkOpen() {
        if (!open) {
            throw new IllegalStateException("batch already committed or closed");
        }
    }
}
