package org.newsgraph.store;

/** What one batch write did. */
public record WriteOutcome(int added, int replaced, int unchanged, long quadsWritten) {
    public static final WriteOutcome NONE = new WriteOutcome(0, 0, 0, 0);

    public WriteOutcome plus(WriteOutcome o) {
        return new WriteOutcome(added + o.added, replaced + o.replaced, unchanged + o.unchanged, quadsWritten + o.quadsWritten);
    }
}
