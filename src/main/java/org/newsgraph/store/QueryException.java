package org.newsgraph.store;

/** A query the user gave cannot run: malformed, missing, or over its time limit. The message says which. */
public final class QueryException extends RuntimeException {
    public QueryException(String message) {
        super(message);
    }
}
