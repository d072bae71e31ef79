package org.newsgraph.store;

/** How query results are printed. */
public enum ResultFormat {
    TABLE, CSV, TSV, JSON
}
