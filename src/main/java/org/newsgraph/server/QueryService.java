package org.newsgraph.server;

import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.Fuseki;
import org.apache.jena.fuseki.servlets.ActionErrorException;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.core.DatasetGraph;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.http.HttpStatus;
import org.newsgraph.store.QueryLibrary;

/**
 * Fuseki's SPARQL query service, made to answer every bad request with a 4xx and a message a person
 * can act on, and to cap what one query may cost:
 * <ul>
 * <li>a malformed query gets 400 with the message the command line gives ({@link QueryLibrary#describe});
 * <li>a query string that is not percent-encoded UTF-8 gets 400 instead of Jetty's 500;
 * <li>a query text longer than the request cap gets 413 before it is parsed (parsing grows faster than
 *     linearly with length, and parsing is not covered by the query timeout);
 * <li>an expression nested so deeply that evaluating it overflows the stack gets 400;
 * <li>a query without a LIMIT, or with a larger one, runs with {@code LIMIT cap}, and the response says so
 *     in the {@value #HEADER} header so that a client can tell a capped result from a complete one.
 * </ul>
 */
final class QueryService extends SPARQL_QueryDataset {
    /** Response header carrying the cap, sent only when the cap lowered the query's LIMIT. */
    static final String HEADER = "NewsGraph-Row-Cap";

    private final long maxRows;
    private final long maxQueryChars;

    QueryService(long maxRows, long maxQueryChars) {
        if (maxRows <= 0 || maxQueryChars <= 0) {
            throw new IllegalArgumentException("caps must be positive, got " + maxRows + " and " + maxQueryChars);
        }
        this.maxRows = maxRows;
        this.maxQueryChars = maxQueryChars;
    }

    @Override
    public void validate(HttpAction action) {
        readingParameters(() -> super.validate(action));
    }

    @Override
    protected void executeWithParameter(HttpAction action) {
        readingParameters(() -> super.executeWithParameter(action));
    }

    /**
     * Runs work that reads the request's parameters; Jetty throws its HTTP exceptions when they cannot
     * be decoded or the body is over the size limit, and Fuseki would answer those with a 500.
     */
    private static void readingParameters(Runnable work) {
        try {
            work.run();
        } catch (HttpException.RuntimeException | HttpException.IllegalArgumentException e) {
            badParameters(e);
        }
    }

    private static void badParameters(RuntimeException e) {
        int code = ((HttpException) e).getCode();
        if (code == HttpStatus.PAYLOAD_TOO_LARGE_413) {
            ServletOps.error(code, "the request is larger than this server accepts");
        }
        ServletOps.errorBadRequest("cannot read the request's parameters (" + e.getMessage()
                + "); send the query percent-encoded as UTF-8");
    }

    @Override
    protected void execute(String queryString, HttpAction action) {
        if (queryString.length() > maxQueryChars) {
            ServletOps.error(HttpStatus.PAYLOAD_TOO_LARGE_413, "the query has " + queryString.length()
                    + " characters; this server accepts at most " + maxQueryChars);
        }
        try {
            QueryFactory.create(queryString, Fuseki.BaseParserSPARQL, Syntax.syntaxARQ);
        } catch (QueryParseException e) {
            ServletOps.errorBadRequest("malformed SPARQL query: " + QueryLibrary.describe(e));
        } catch (StackOverflowError e) {
            tooDeep();
        }
        try {
            super.execute(queryString, action);
        } catch (StackOverflowError e) {
            tooDeep();
        }
    }

    private static void tooDeep() {
        throw new ActionErrorException(HttpStatus.BAD_REQUEST_400, "the query nests too deeply for this server"
                + " (an expression of thousands of terms?); split it or use aggregates", null);
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
