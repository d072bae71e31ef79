package org.newsgraph.server;

import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Fuseki's SPARQL query service with a cap on result rows: a query without a LIMIT, or with a larger
 * one, runs with {@code LIMIT cap}, and the response says so in the {@value #HEADER} header so that a
 * client can tell a capped result from a complete one.
 */
final class RowCappedQuery extends SPARQL_QueryDataset {
    /** Response header carrying the cap, sent only when the cap lowered the query's LIMIT. */
    static final String HEADER = "NewsGraph-Row-Cap";

    private final long maxRows;

    RowCappedQuery(long maxRows) {
        if (maxRows <= 0) {
            throw new IllegalArgumentException("maxRows must be positive, got " + maxRows);
        }
        this.maxRows = maxRows;
    }

    @Override
    protected Pair<DatasetGraph, Query> decideDataset(HttpAction action, Query query, String queryStringLog) {
        Pair<DatasetGraph, Query> chosen = super.decideDataset(action, query, queryStringLog);
        Query toRun = chosen.getRight() == null ? query : chosen.getRight();
        if (toRun.isAskType() || (toRun.hasLimit() && toRun.getLimit() <= maxRows)) {
            return chosen;
        }
        Query capped = toRun.cloneQuery();
        capped.setLimit(maxRows);
        action.setResponseHeader(HEADER, Long.toString(maxRows));
        return Pair.create(chosen.getLeft(), capped);
    }
}
