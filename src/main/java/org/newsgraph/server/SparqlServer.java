package org.newsgraph.server;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apache.jena.fuseki.Fuseki;
import org.apache.jena.fuseki.FusekiException;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.fuseki.servlets.ActionService;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.Context;
import org.eclipse.jetty.compression.gzip.GzipCompression;
import org.eclipse.jetty.compression.server.CompressionHandler;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.SizeLimitHandler;
import org.newsgraph.store.Tdb2Store;

/**
 * The store's SPARQL endpoint and web page in one embedded Fuseki server: a thin wrapper over Jena's
 * {@link FusekiServer.Builder} that is secure unless told otherwise. It binds 127.0.0.1, is read-only
 * (SPARQL query and Graph Store Protocol reads), refuses {@code SERVICE} and {@code LOAD} (a server that
 * fetches URLs or reads files a client names is an SSRF hole) and {@code java:} functions, stops queries
 * at a timeout clients may lower but not raise, caps the rows of a result and the size of a request,
 * answers bad requests with a 4xx and a message, refuses TRACE, names no software in a {@code Server}
 * header, has no admin endpoints and sends no CORS headers.
 *
 * <p>Paths: {@code /} the web page, {@code /kg/sparql} (also {@code /kg/query}, {@code /kg}) the SPARQL
 * 1.1 Query protocol, {@code /kg/get?graph=IRI} (also {@code /kg/data}) the Graph Store Protocol.
 *
 * <pre>
 * try (SparqlServer server = SparqlServer.builder(store).port(0).timeout(Duration.ofSeconds(5)).build().start()) {
 *     URI endpoint = server.sparqlEndpoint();   // http://127.0.0.1:PORT/kg/sparql
 *     ...
 * }
 * </pre>
 */
public final class SparqlServer implements AutoCloseable {
    /** The dataset's path; the page's queries go to {@code /kg/sparql}. */
    public static final String DATASET = "/kg";
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 3030;
    public static final long DEFAULT_TIMEOUT_SECONDS = 30;
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(DEFAULT_TIMEOUT_SECONDS);
    public static final long DEFAULT_MAX_ROWS = 10_000;
    /** The largest request body, and the longest query text: parsing is not bounded by the timeout. */
    public static final long DEFAULT_MAX_REQUEST_BYTES = 256 * 1024;
    /**
     * The largest request body when updates are allowed: whole article graphs and the links graph are
     * written in one request each, and those who may write are trusted with their parsing.
     */
    public static final long DEFAULT_MAX_UPDATE_BYTES = 64L * 1024 * 1024;

    static {
        // Fuseki names itself and its version in a Server header on every answer unless told not to.
        Fuseki.outputFusekiServerHeader = false;
    }

    private final FusekiServer fuseki;
    private final String host;

    private SparqlServer(FusekiServer fuseki, String host) {
        this.fuseki = fuseki;
        this.host = host;
    }

    public static Builder builder(Tdb2Store store) {
        return new Builder(store);
    }

    /** Starts listening; a port in use or an address this machine lacks is a {@link ServerException}. */
    public SparqlServer start() {
        try {
            fuseki.start();
            return this;
        } catch (FusekiException e) {
            Throwable reason = e.getCause() == null ? e : e.getCause();
            String cause = String.valueOf(reason.getMessage());
            throw new ServerException("cannot listen on " + host + ":" + configuredPort() + " (" + cause
                    + "); pick another --port, or a --host this machine has", e);
        }
    }

    private int configuredPort() {
        Connector[] connectors = fuseki.getJettyServer().getConnectors();
        return connectors.length > 0 && connectors[0] instanceof ServerConnector c ? c.getPort() : -1;
    }

    /** The port it listens on: the one asked for, or the one the system chose for port 0. */
    public int port() {
        return fuseki.getHttpPort();
    }

    /** The web page. */
    public URI pageUrl() {
        try {
            return new URI("http", null, host, port(), "/", null, null);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("host " + host + " was checked when the server was built", e);
        }
    }

    /** The SPARQL 1.1 Query protocol endpoint. */
    public URI sparqlEndpoint() {
        return pageUrl().resolve(DATASET.substring(1) + "/sparql");
    }

    /** Blocks until the server stops. */
    public void join() {
        fuseki.join();
    }

    /** Stops listening; requests in progress are ended. The store stays open: its owner closes it. */
    @Override
    public void close() {
        fuseki.stop();
    }

    /** Collects the options; {@link #build()} checks them all and reports every problem at once. */
    public static final class Builder {
        private final Tdb2Store store;
        private String host = DEFAULT_HOST;
        private int port = DEFAULT_PORT;
        private Duration timeout = DEFAULT_TIMEOUT;
        private long maxRows = DEFAULT_MAX_ROWS;
        private long maxRequestBytes = DEFAULT_MAX_REQUEST_BYTES;
        private long maxUpdateBytes = DEFAULT_MAX_UPDATE_BYTES;
        private boolean allowUpdate;
        private List<String> allowLoad = List.of();
        private boolean cors;
        private Path passwordFile;

        private Builder(Tdb2Store store) {
            this.store = Objects.requireNonNull(store, "store");
        }

        /** The address to bind; anything but a loopback address needs a {@link #passwordFile}. */
        public Builder host(String host) {
            this.host = Objects.requireNonNull(host, "host");
            return this;
        }

        /** 0 lets the system choose a free port. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** The longest a query may run; a client's {@code timeout} parameter can only shorten it. */
        public Builder timeout(Duration timeout) {
            this.timeout = Objects.requireNonNull(timeout, "timeout");
            return this;
        }

        /** The most rows (or CONSTRUCT solutions) one query returns; a larger LIMIT is lowered to it. */
        public Builder maxRows(long maxRows) {
            this.maxRows = maxRows;
            return this;
        }

        /** The largest request body in bytes, and the longest query text in characters (413 beyond). */
        public Builder maxRequestBytes(long maxRequestBytes) {
            this.maxRequestBytes = maxRequestBytes;
            return this;
        }

        /** With updates allowed, the largest request body in bytes (413 beyond); queries keep the smaller limit. */
        public Builder maxUpdateBytes(long maxUpdateBytes) {
            this.maxUpdateBytes = maxUpdateBytes;
            return this;
        }

        /**
         * URL prefixes ({@code http://} or {@code https://}) that SPARQL {@code LOAD} may read from when
         * updates are allowed; none by default, and never a local file.
         */
        public Builder allowLoad(List<String> prefixes) {
            this.allowLoad = List.copyOf(prefixes);
            return this;
        }

        /** Accept SPARQL Update and Graph Store Protocol writes (off by default). */
        public Builder allowUpdate(boolean allowUpdate) {
            this.allowUpdate = allowUpdate;
            return this;
        }

        /** Answer cross-origin requests from any origin (off by default). */
        public Builder cors(boolean cors) {
            this.cors = cors;
            return this;
        }

        /** Require HTTP Basic login for everything, with users from a Jetty realm file ({@code user: password}). */
        public Builder passwordFile(Path passwordFile) {
            this.passwordFile = passwordFile;
            return this;
        }

        public SparqlServer build() {
            List<String> problems = problems();
            if (!problems.isEmpty()) {
                throw new ServerException(String.join("; ", problems));
            }
            FusekiServer.Builder fuseki = FusekiServer.create()
                    .port(port)
                    .add(DATASET, dataService())
                    .enableCors(cors, null)
                    .enablePing(false).enableStats(false).enableMetrics(false).enableCompact(false).enableTasks(false)
                    .verbose(false);
            fuseki.addServlet(WebFiles.PAGE, WebFiles.page()).addServlet(WebFiles.QUERIES, WebFiles.queries());
            if (passwordFile != null) {
                fuseki.securityHandler(PasswordFile.basicLogin(passwordFile)).serverAuthPolicy(Auth.ANY_USER);
            }
            FusekiServer server = fuseki.build();
            for (Connector connector : server.getJettyServer().getConnectors()) {
                ((ServerConnector) connector).setHost(host);
                HttpConnectionFactory http = connector.getConnectionFactory(HttpConnectionFactory.class);
                http.getHttpConfiguration().setSendServerVersion(false);
            }
            ServletContextHandler context = ServletContextHandler.getServletContextHandler(server.getServletContext());
            for (String[] type : WebFiles.TYPES) {
                context.getMimeTypes().addMimeMapping(type[0], type[1]);
            }
            context.setWelcomeFiles(WebFiles.WELCOME_FILES);
            wrapHandler(server.getJettyServer());
            return new SparqlServer(server, host);
        }

        /**
         * Puts Jetty's own handlers in front of Fuseki: compression (gzip when the client accepts it), the
         * request size limit (413; with updates allowed the larger update limit, queries still being held to
         * theirs by the query service), then the {@link RequestGuard}.
         */
        private void wrapHandler(Server jetty) {
            Handler fuseki = jetty.getHandler();
            RequestGuard guard = new RequestGuard(DATASET, endpointPaths());
            guard.setHandler(fuseki);
            SizeLimitHandler sizeLimit = new SizeLimitHandler(allowUpdate ? Math.max(maxRequestBytes, maxUpdateBytes)
                    : maxRequestBytes, -1);
            sizeLimit.setHandler(guard);
            CompressionHandler compression = new CompressionHandler(sizeLimit);
            compression.putCompression(new GzipCompression());
            jetty.setHandler(compression);
        }

        private Set<String> endpointPaths() {
            Set<String> paths = new HashSet<>();
            for (String name : List.of("", "/sparql", "/query", "/get", "/data")) {
                paths.add(DATASET + name);
            }
            if (allowUpdate) {
                paths.add(DATASET + "/update");
            }
            return paths;
        }

        private List<String> problems() {
            List<String> problems = new ArrayList<>();
            if (port < 0 || port > 65_535) {
                problems.add("port must be 0..65535 (0: any free port), got " + port);
            }
            if (timeout.isNegative() || timeout.isZero()) {
                problems.add("timeout must be positive, got " + timeout.toSeconds() + " s");
            }
            if (maxRows <= 0) {
                problems.add("the row cap must be positive, got " + maxRows);
            }
            if (maxRequestBytes <= 0) {
                problems.add("the request size limit must be positive, got " + maxRequestBytes);
            }
            if (maxUpdateBytes <= 0) {
                problems.add("the update size limit must be positive, got " + maxUpdateBytes);
            }
            for (String prefix : allowLoad) {
                String problem = CheckedUpdate.problem(prefix);
                if (problem != null) {
                    problems.add(problem);
                }
            }
            if (passwordFile != null) {
                PasswordFile.problem(passwordFile).ifPresent(problems::add);
            }
            try {
                if (!InetAddress.getByName(host).isLoopbackAddress() && passwordFile == null) {
                    problems.add("host " + host + " is reachable from other machines, so logins are required: give a"
                            + " password file (--password-file, lines of 'user: password'), or bind a loopback address"
                            + " such as 127.0.0.1");
                }
            } catch (UnknownHostException e) {
                problems.add("unknown host " + host + "; give an address of this machine, e.g. 127.0.0.1 or 0.0.0.0");
            }
            return problems;
        }

        /**
         * Query endpoints run with the operator's timeout in their context; updates and graph writes exist
         * only when allowed, so otherwise there is nothing that could write. SERVICE is refused on the
         * dataset itself: Fuseki runs updates with the dataset's context, not the endpoint's, so only
         * there does the refusal cover {@code INSERT ... WHERE { SERVICE ... }} too.
         */
        private DataService dataService() {
            DatasetGraph dataset = store.datasetGraph();
            dataset.getContext().set(ARQ.httpServiceAllowed, false);
            NoJavaExtensions.install(dataset.getContext());
            Context limits = new Context();
            // Fuseki takes the context timeout as the upper bound of a request's ?timeout=.
            limits.set(ARQ.queryTimeout, Long.toString(timeout.toMillis()));
            ActionService query = new QueryService(maxRows, maxRequestBytes);
            ActionService read = new GraphReads.ReadOnly(maxRows);
            DataService.Builder service = DataService.newBuilder(dataset);
            for (String name : List.of("", "sparql", "query")) {
                Endpoint.Builder endpoint = endpoint(Operation.Query, name, limits);
                // With updates allowed, the dataset's own URL is where newsgraph ingest, remove and
                // export --store URL work: they get every row, as they could change every row anyway.
                if (!(allowUpdate && name.isEmpty())) {
                    endpoint.processor(query);
                }
                service.addEndpoint(endpoint.build());
            }
            Operation graphs = allowUpdate ? Operation.GSP_RW : Operation.GSP_R;
            ActionService graphService = allowUpdate ? new GraphReads.ReadWrite(maxRows) : read;
            for (String name : List.of("", "data")) {
                service.addEndpoint(endpoint(graphs, name, limits).processor(graphService).build());
            }
            service.addEndpoint(endpoint(Operation.GSP_R, "get", limits).processor(read).build());
            if (allowUpdate) {
                ActionService update = new CheckedUpdate(allowLoad);
                for (String name : List.of("", "update")) {
                    service.addEndpoint(endpoint(Operation.Update, name, limits).processor(update).build());
                }
            }
            return service.build();
        }

        private static Endpoint.Builder endpoint(Operation operation, String name, Context context) {
            return Endpoint.create().operation(operation).endpointName(name).context(context);
        }
    }
}
