package org.newsgraph.store;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.sparql.exec.http.GSP;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTPBuilder;
import org.apache.jena.sparql.exec.http.UpdateExecHTTP;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.update.UpdateRequest;
import org.newsgraph.rdf.Iris;
import org.newsgraph.rdf.NG;
import org.newsgraph.rdf.Skolemizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A store kept by any SPARQL 1.1 server (Fuseki, GraphDB, Virtuoso, Stardog, Neptune, QLever, or a
 * {@code newsgraph serve --allow-update}): queries go over the SPARQL Query protocol, graphs are read
 * over the Graph Store Protocol, and writes are SPARQL Update requests that drop each graph and insert
 * it again, so every document is replaced whole, and sending a request twice leaves what sending it
 * once does. The server must present the union of its named graphs as the default graph, as newsgraph's
 * own store does (Fuseki: {@code tdb2:unionDefaultGraph true}; GraphDB and Virtuoso do by default).
 *
 * <p>A request that fails for want of an answer (connection refused, timeout, HTTP 429 or 5xx) is sent
 * again after 0.5, 1, 2 and 4 s; then the command stops with the reason. What was sent before stays.
 */
public final class RemoteStore implements KnowledgeStore {
    private static final Logger LOG = LoggerFactory.getLogger(RemoteStore.class);
    private static final int ATTEMPTS = 5;
    private static final Duration FIRST_WAIT = Duration.ofMillis(500);
    private static final Duration LOOKUP_TIMEOUT = Duration.ofSeconds(60);
    private static final String PREFIX = "PREFIX ng: <" + NG.NS + ">\n";

    private final RemoteEndpoints endpoints;

    private RemoteStore(RemoteEndpoints endpoints) {
        this.endpoints = endpoints;
    }

    /** Connects, checking with one query that the store answers and accepts the login. */
    public static RemoteStore connect(RemoteEndpoints endpoints) {
        RemoteStore store = new RemoteStore(endpoints);
        store.query(QueryFactory.create("ASK {}"), LOOKUP_TIMEOUT, QueryExecution::execAsk);
        return store;
    }

    @Override
    public String location() {
        return endpoints.toString();
    }

    @Override
    public OptionalLong bytesOnDisk() {
        return OptionalLong.empty();
    }

    @Override
    public Optional<String> storedHash(String fileName) {
        return documentValue(fileName, "ng:contentHash");
    }

    @Override
    public Optional<String> storedSource(String fileName) {
        return documentValue(fileName, "ng:sourcePath");
    }

    /** The value of a property of a stored document, in its own graph. */
    private Optional<String> documentValue(String fileName, String property) {
        Node doc = Iris.document(fileName);
        Query q = QueryFactory.create(PREFIX + "SELECT ?v { GRAPH <" + doc.getURI() + "> { <" + doc.getURI()
                + "> " + property + " ?v } }");
        return query(q, LOOKUP_TIMEOUT, exec -> {
            var rows = exec.execSelect();
            return rows.hasNext() ? Optional.of(rows.next().getLiteral("v").getLexicalForm()) : Optional.empty();
        });
    }

    @Override
    public long documentCount() {
        return query(QueryFactory.create(PREFIX + "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?g ng:fileName ?f } }"),
                LOOKUP_TIMEOUT, exec -> exec.execSelect().next().getLiteral("n").getLong());
    }

    @Override
    public void forEachFileName(Consumer<String> action) {
        Query q = QueryFactory.create(PREFIX + "SELECT ?f { GRAPH ?g { ?g a ng:Document ; ng:fileName ?f } }");
        query(q, LOOKUP_TIMEOUT, exec -> {
            exec.execSelect().forEachRemaining((QuerySolution row) -> action.accept(row.getLiteral("f").getLexicalForm()));
            return null;
        });
    }

    @Override
    public WriteBatch begin() {
        return new RemoteWriteBatch(this);
    }

    @Override
    public List<String> remove(Collection<String> fileNames) {
        List<String> stored = fileNames.stream().filter(f -> storedHash(f).isPresent()).toList();
        UpdateRequest drops = new UpdateRequest();
        stored.forEach(f -> drops.add("DROP SILENT GRAPH <" + Iris.document(f).getURI() + ">"));
        SummaryGraph.refresh(stored.stream().map(Iris::document).toList()).getOperations().forEach(drops::add);
        if (!stored.isEmpty()) {
            update(drops);
        }
        return stored;
    }

    @Override
    public long replaceGraphs(Map<Node, Graph> graphs) {
        UpdateRequest request = new UpdateRequest();
        long quads = 0;
        for (Map.Entry<Node, Graph> g : graphs.entrySet()) {
            Graph graph = Skolemizer.skolemize(g.getValue());
            RemoteWriteBatch.replace(request, g.getKey(), graph);
            quads += graph.size();
        }
        update(request);
        return quads;
    }

    @Override
    public List<Node> graphNames() {
        List<Node> names = new ArrayList<>();
        query(QueryFactory.create("SELECT ?g { GRAPH ?g { } }"), LOOKUP_TIMEOUT, exec -> {
            exec.execSelect().forEachRemaining(row -> names.add(row.get("g").asNode()));
            return null;
        });
        names.sort(Comparator.comparing(Node::getURI));
        return names;
    }

    @Override
    public Graph graph(Node name) {
        return retry("read graph " + name.getURI(), () -> {
            try {
                return gsp().graphName(name).GET();
            } catch (HttpException e) {
                if (e.getStatusCode() == 404) {
                    return GraphFactory.createDefaultGraph();
                }
                throw e;
            }
        });
    }

    @Override
    public <T> T read(Function<DatasetGraph, T> work) {
        return work.apply(new SparqlDatasetGraph(this));
    }

    @Override
    public <T> T query(Query query, Duration timeout, Function<QueryExecution, T> work) {
        return retry("query", () -> {
            QueryExecutionHTTPBuilder builder = QueryExecutionHTTP.service(endpoints.query().toString()).query(query)
                    .timeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
            endpoints.login().ifPresent(login -> builder.httpHeader("Authorization", login));
            try (QueryExecution exec = builder.build()) {
                return work.apply(exec);
            }
        });
    }

    /** Sends one update request, which the store runs as a whole. */
    void update(UpdateRequest request) {
        retry("update", () -> {
            var builder = UpdateExecHTTP.service(endpoints.update().toString()).update(request);
            endpoints.login().ifPresent(login -> builder.httpHeader("Authorization", login));
            builder.build().execute();
            return null;
        });
    }

    private GSP gsp() {
        GSP gsp = GSP.service(endpoints.graphStore().toString());
        endpoints.login().ifPresent(login -> gsp.httpHeader("Authorization", login));
        return gsp;
    }

    @Override
    public boolean compactIfWorthIt(Consumer<String> starting) {
        return false;
    }

    @Override
    public void close() {
        // Nothing is held open between requests.
    }

    /** Runs {@code call}, again after a growing wait while the store does not answer; other failures stop at once. */
    private <T> T retry(String what, Supplier<T> call) {
        Duration wait = FIRST_WAIT;
        for (int attempt = 1; ; attempt++) {
            try {
                return call.get();
            } catch (HttpException | QueryExceptionHTTP e) {
                int status = e instanceof HttpException h ? h.getStatusCode() : ((QueryExceptionHTTP) e).getStatusCode();
                if (!transientFailure(status) || attempt == ATTEMPTS) {
                    throw failure(what, status, e, attempt);
                }
                LOG.info("{} at {} failed ({}); trying again in {} ms", what, location(), e.getMessage(), wait.toMillis());
                sleep(wait);
                wait = wait.multipliedBy(2);
            }
        }
    }

    private static boolean transientFailure(int status) {
        return status <= 0 || status == 408 || status == 429 || status >= 500;
    }

    private StoreException failure(String what, int status, RuntimeException e, int attempts) {
        String where = "remote store " + location();
        String reason = switch (status) {
            case 401 -> "it refused the login; give --password-file with a 'user: password' line it accepts";
            case 403 -> "it refused the request";
            case 404 -> "nothing answers there; give the dataset's URL, e.g. http://127.0.0.1:3030/kg";
            case 400 -> "it rejected the request: " + e.getMessage();
            case 405 -> "it does not accept writes there; start newsgraph serve with --allow-update, or give "
                    + "--update-endpoint";
            default -> status <= 0 ? "no answer after " + attempts + " attempts (" + e.getMessage() + "); is it running?"
                    : "HTTP " + status + " after " + attempts + " attempt" + (attempts == 1 ? "" : "s") + ": "
                    + e.getMessage();
        };
        return new StoreException(where + ": " + what + " failed: " + reason, e);
    }

    private static void sleep(Duration wait) {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while waiting to try the remote store again", e);
        }
    }
}
