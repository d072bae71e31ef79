package org.newsgraph.store;

import java.nio.file.Path;
import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;

/**
 * A plain Fuseki server on a free loopback port, read-write, over an in-memory TDB2 dataset whose
 * default graph is the union of its named graphs: a remote store as a user would set one up for
 * newsgraph. Stopped by {@link #close()}.
 */
public final class TestFuseki implements AutoCloseable {
    private final FusekiServer server;

    private TestFuseki(FusekiServer server) {
        this.server = server;
    }

    /** Open to anyone. */
    public static TestFuseki start() {
        return start(null, 0);
    }

    /**
     * @param passwordFile users who may log in (Jetty realm file), or null for no login
     * @param port         0 for any free port
     */
    public static TestFuseki start(Path passwordFile, int port) {
        DatasetGraph dataset = DatabaseMgr.createDatasetGraph();
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
        FusekiServer.Builder builder = FusekiServer.create().loopback(true).port(port).add("/ds", dataset, true)
                .enablePing(false).enableStats(false).verbose(false);
        if (passwordFile != null) {
            builder.passwordFile(passwordFile.toString()).auth(AuthScheme.BASIC).serverAuthPolicy(Auth.ANY_USER);
        }
        return new TestFuseki(builder.build().start());
    }

    /** The dataset's URL, where Fuseki answers all three protocols. */
    public String url() {
        return "http://127.0.0.1:" + server.getHttpPort() + "/ds";
    }

    /** A store over it, without a login. */
    public RemoteStore connect() {
        return RemoteStore.connect(RemoteEndpoints.of(url(), null, null, null));
    }

    @Override
    public void close() {
        server.stop();
    }
}
