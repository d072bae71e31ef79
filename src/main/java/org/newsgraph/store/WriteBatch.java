package org.newsgraph.store;

/**
 * Documents written one at a time, so an ingest stores each article as soon as it is analysed instead
 * of holding a whole batch in memory. What {@link #commit()} makes durable is visible to readers at
 * once; closing a batch gives up what was not committed. Each document's graph is replaced whole, so
 * readers see its old or its new version, never a mix.
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
public interface WriteBatch extends AutoCloseable {

    /**
     * Stores one document: a new one is added, a changed one (other content hash) replaces everything
     * in its graph, an unchanged one is left alone.
     */
    Change put(DocumentGraph doc);

    /** Documents put so far, whatever their outcome. */
    int size();

    /** Makes every document put so far durable and visible. */
    WriteOutcome commit();

    /** Gives up what was not committed. */
    @Override
    void close();
}
