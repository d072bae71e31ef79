package org.newsgraph.pipeline;

/** Told as each input is dealt with, for a progress bar. */
@FunctionalInterface
public interface ProgressListener {
    ProgressListener NONE = (done, total) -> { };

    /** @param done inputs finished so far; @param total inputs in this run */
    void progress(int done, int total);
}
