package org.newsgraph.store;

/** A query the user gave cannot run: malformed, missing, or over its time limit. The message says which. */
public final class QueryException extends RuntimeException {
    private final boolean timedOut;

    public QueryException(String message) {
        this(message, false);
    }

    private QueryException(String message, boolean timedOut) {
        super(message);
        this.timedOut = timedOut;
    }

    /** A query stopped at its time limit. */
    static QueryException timedOut(java.time.Duration timeout) {
        return new QueryException("query stopped after the " + timeout.toSeconds()
                + " s timeout; narrow it (LIMIT, more specific patterns) or raise --timeout", true);
    }

    /** Whether the query ran into its time limit, rather than being wrong. */
    public boolean timedOut() {
        return timedOut;
    }
}
