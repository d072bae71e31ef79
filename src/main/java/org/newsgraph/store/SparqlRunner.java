package org.newsgraph.store;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.query.Query;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.newsgraph.rdf.Vocab;

/** Runs one SPARQL query against the store (union default graph) and prints its results. */
public final class SparqlRunner {
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

    private final KnowledgeStore store;

    public SparqlRunner(KnowledgeStore store) {
        this.store = store;
    }

    /**
     * @return the number of result rows (or triples, or 1 for a true ASK)
     * @throws QueryException when the query times out, with the limit in the message
     */
    public long run(Query query, ResultFormat format, Duration timeout, OutputStream out) {
        query.getPrefixMapping().withDefaultMappings(Vocab.prefixes());
        PrintStream print = new PrintStream(out, false, StandardCharsets.UTF_8);
        try {
            return store.query(query, timeout, exec -> {
                if (query.isSelectType()) {
                    return printSelect(query, exec.execSelect(), format, print);
                }
                if (query.isAskType()) {
                    boolean answer = exec.execAsk();
                    switch (format) {
                        case JSON -> ResultSetFormatter.outputAsJSON(print, answer);
                        case XML -> ResultSetFormatter.outputAsXML(print, answer);
                        default -> print.println(answer ? "yes" : "no");
                    }
                    return answer ? 1L : 0L;
                }
                Model model = query.isConstructType() ? exec.execConstruct() : exec.execDescribe();
                model.setNsPrefixes(Vocab.prefixes());
                RDFDataMgr.write(print, model, switch (format) {
                    case JSON -> Lang.JSONLD;
                    case XML -> Lang.RDFXML;
                    default -> Lang.TURTLE;
                });
                return model.size();
            });
        } catch (QueryExceptionHTTP | HttpException e) {
            if (QueryLibrary.services(query).isEmpty()) {
                throw e;
            }
            throw new QueryException("this query needs the SPARQL endpoint " + String.join(" and ", QueryLibrary.services(query))
                    + " (SERVICE), which could not be reached (" + reason(e) + "); run it where that endpoint is reachable");
        } finally {
            print.flush();
        }
    }

    /** The innermost cause's message: "Connection refused", "HTTP 503", ... */
    private static String reason(RuntimeException e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage();
        return message == null || message.isBlank() ? cause.getClass().getSimpleName() : message.strip();
    }

    private static long printSelect(Query query, ResultSet rs, ResultFormat format, PrintStream out) {
        if (format == ResultFormat.TABLE) {
            var rows = rs.rewindable();
            ResultSetFormatter.out(out, rows, query.getPrefixMapping());
            return rows.size();
        }
        switch (format) {
            case CSV -> ResultSetFormatter.outputAsCSV(out, rs);
            case TSV -> ResultSetFormatter.outputAsTSV(out, rs);
            case XML -> ResultSetFormatter.outputAsXML(out, rs);
            default -> ResultSetFormatter.outputAsJSON(out, rs);
        }
        return rs.getRowNumber();
    }
}
