package org.newsgraph.store;

/** How query results are printed: a text table, or one of the SPARQL results formats. */
public enum ResultFormat {
    TABLE, CSV, TSV, JSON, XML
}
