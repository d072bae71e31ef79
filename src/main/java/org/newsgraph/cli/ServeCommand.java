package org.newsgraph.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newsgraph.server.ServerException;
import org.newsgraph.server.SparqlServer;
import org.newsgraph.store.SummaryGraph;
import org.newsgraph.store.Tdb2Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "serve",
        header = "Serves the store over SPARQL and as a web page, until Ctrl-C.",
        description = {
            "Starts an embedded Fuseki server over the store: the web page at /, the SPARQL 1.1 Query protocol at "
                + "/kg/sparql (GET and POST; JSON, XML, CSV, TSV; Turtle or JSON-LD for CONSTRUCT) and Graph Store "
                + "Protocol reads at /kg/get?graph=IRI.",
            "",
            "Secure by default: it listens on 127.0.0.1 only, is read-only, refuses SERVICE, LOAD and java: "
                + "functions, stops queries at --timeout (clients may lower it, not raise it), returns at most "
                + "--max-rows rows, refuses requests over --max-request-size, has no admin endpoints and sends no "
                + "CORS headers. Any other --host needs a --password-file.",
            "",
            "While it runs it holds the store. With --allow-update, articles are added and removed through it while",
            "it serves (readers are never blocked): newsgraph ingest|remove --store http://127.0.0.1:3030/kg",
            "--password-file FILE ...; otherwise stop it (Ctrl-C) before ingesting."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  newsgraph serve                      then open http://127.0.0.1:3030/",
            "  newsgraph serve --store /tmp/kg --port 8080 --timeout 10",
            "  newsgraph serve --host 0.0.0.0 --password-file users.properties",
            "  newsgraph serve --allow-update --password-file users.properties    and meanwhile:",
            "  newsgraph ingest --store http://127.0.0.1:3030/kg --password-file users.properties new-articles/",
            "  curl -H 'Accept: text/csv' \\",
            "       --data-urlencode 'query=SELECT * { ?s ?p ?o } LIMIT 5' \\",
            "       http://127.0.0.1:3030/kg/sparql",
            "",
            "A password file has one line per user, 'user: password' (Jetty's realm format)."
        },
        mixinStandardHelpOptions = true)
final class ServeCommand implements Callable<Integer> {

    @Mixin
    StoreOptions storeOptions;

    @Option(names = "--port", paramLabel = "N", defaultValue = "" + SparqlServer.DEFAULT_PORT,
            description = "TCP port (default: ${DEFAULT-VALUE}; 0: any free port)")
    int port;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = SparqlServer.DEFAULT_HOST,
            description = "address to listen on (default: ${DEFAULT-VALUE}, this machine only); any other "
                    + "address requires --password-file")
    String host;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "" + SparqlServer.DEFAULT_TIMEOUT_SECONDS,
            description = "stop any query after this many seconds (default: ${DEFAULT-VALUE})")
    long timeoutSeconds;

    @Option(names = "--max-rows", paramLabel = "N", defaultValue = "" + SparqlServer.DEFAULT_MAX_ROWS,
            description = "return at most N rows per query (default: ${DEFAULT-VALUE})")
    long maxRows;

    @Option(names = "--max-request-size", paramLabel = "BYTES",
            defaultValue = "" + SparqlServer.DEFAULT_MAX_REQUEST_BYTES,
            description = "refuse request bodies and query texts larger than this (default: ${DEFAULT-VALUE})")
    long maxRequestBytes;

    @Option(names = "--max-update-size", paramLabel = "BYTES",
            defaultValue = "" + SparqlServer.DEFAULT_MAX_UPDATE_BYTES,
            description = "with --allow-update, refuse request bodies larger than this: an ingest writes whole "
                    + "article graphs and the links graph in one request each (default: ${DEFAULT-VALUE})")
    long maxUpdateBytes;

    @Option(names = "--allow-update", description = "accept SPARQL Update and Graph Store writes, e.g. from newsgraph "
            + "ingest --store URL (off: read-only)")
    boolean allowUpdate;

    @Option(names = "--allow-load", paramLabel = "URL-PREFIX",
            description = "with --allow-update, let SPARQL LOAD read URLs that start with this http(s) prefix "
                    + "(repeatable; default: no LOAD; local files never)")
    List<String> allowLoad = new ArrayList<>();

    @Option(names = "--cors", description = "answer cross-origin requests from any web origin (off by default)")
    boolean cors;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (timeoutSeconds <= 0) {
            throw new UserError("--timeout must be a positive number of seconds, got " + timeoutSeconds);
        }
        Tdb2Store store = storeOptions.openLocal("serve");
        if (SummaryGraph.ensure(store.datasetGraph())) {
            out.println("built the summary graph the page's views read (a store made before it existed)");
        }
        SparqlServer server;
        try {
            server = SparqlServer.builder(store).host(host).port(port).timeout(Duration.ofSeconds(timeoutSeconds))
                    .maxRows(maxRows).maxRequestBytes(maxRequestBytes).maxUpdateBytes(maxUpdateBytes).allowUpdate(allowUpdate).allowLoad(allowLoad)
                    .cors(cors).passwordFile(storeOptions.passwordFile).build().start();
        } catch (ServerException e) {
            store.close();
            throw new UserError(e.getMessage());
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            store.close();
            out.println("newsgraph serve: stopped; store " + store.directory() + " released");
            out.flush();
        }, "newsgraph-serve-shutdown"));
        out.printf(Locale.ROOT, "serving %s%n  web page:  %s%n  SPARQL:    %s%n", store.directory(), server.pageUrl(),
                server.sparqlEndpoint());
        out.printf(Locale.ROOT, "  %s, timeout %d s, at most %,d rows%s%s; Ctrl-C stops%n",
                allowUpdate ? "updates ALLOWED" : "read-only", timeoutSeconds, maxRows, cors ? ", CORS on" : "",
                storeOptions.passwordFile == null ? "" : ", login required");
        out.flush();
        server.join();
        return 0;
    }
}
