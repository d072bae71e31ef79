package org.newsgraph.store;

/** What storing one document did to the store. */
public enum Change {
    /** The document was not stored before. */
    ADDED,
    /** A different version was stored; its whole graph was replaced. */
    REPLACED,
    /** The same content (same hash) was already stored; nothing was written. */
    UNCHANGED
}
