package org.newsgraph.store;

/** A query the user gave cannot run: malformed, missing, or over its time limit. The message says which. */
public final class QueryException extends RuntimeException {
    public QueryException(String message) {
        super(message);
    }

    /** A query stopped at its time limit. */
    static QueryException timedOut(java.time.Duration timeout) {
        return new QueryException("query stopped after the " + timeout.toSeconds()
                + " s timeout; narrow it (LIMIT, more specific patterns) or raise --timeout");
    }
}
