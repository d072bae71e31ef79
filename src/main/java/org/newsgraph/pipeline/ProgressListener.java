package org.newsgraph.pipeline;

/** Told as each input is dealt with, for a progress bar, and as each long step after them begins. */
@FunctionalInterface
public interface ProgressListener {
    ProgressListener NONE = (done, total) -> { };

    /** @param done inputs finished so far; @param total inputs in this run */
    void progress(int done, int total);

    /**
     * A step that has no articles to count is starting: the cross-outlet analysis, a compaction. On a large store
     * they take minutes after the last article is written, and a user who sees nothing may think the ingest hung.
     *
     * @param what the step, as a user should read it ("compacting the store: ...")
     */
    default void stage(String what) {
    }
}
