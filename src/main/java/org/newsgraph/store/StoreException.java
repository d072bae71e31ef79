package org.newsgraph.store;

/** A store problem the user can act on (locked, not a store, unreadable); the message says which. */
public final class StoreException extends RuntimeException {
    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
