package org.newsgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** SPARQL LOAD, with updates allowed: never a local file, and only URLs the operator named. */
class LoadPolicyTest extends ServerTestBase {
    private static final String SECRET_TURTLE = "<http://example.org/secret> <http://example.org/is> \"the-secret-word\" .\n";
    private static final String LOADED = "ASK { GRAPH <urn:x:g> { ?s ?p ?o } }";

    private HttpResponse<String> update(String sparql) {
        return Http.post(server.pageUrl().resolve("kg/update"), "application/sparql-update", sparql, "*/*");
    }

    private String loaded() {
        return Http.query(server.sparqlEndpoint(), LOADED, "text/csv").body();
    }

    @Test
    void loadOfALocalFileIsRefusedWithoutReadingIt() throws IOException {
        Path file = Files.writeString(dir.resolve("secret.ttl"), SECRET_TURTLE);
        start(b -> b.allowUpdate(true).allowLoad(List.of("http://127.0.0.1/")));

        HttpResponse<String> response = update("LOAD <" + file.toUri() + "> INTO GRAPH <urn:x:g>");

        assertEquals(403, response.statusCode(), response.body());
        assertTrue(response.body().startsWith("LOAD <" + file.toUri() + "> refused:"), response.body());
        assertFalse(response.body().contains("secret-word"), response.body());
        assertEquals("_askResult\r\nfalse\r\n", loaded());
    }

    @Test
    void loadOfAUrlNoOptionAllowsIsRefusedWithoutFetchingIt() {
        try (CountingHttpServer target = new CountingHttpServer(200, "text/turtle", SECRET_TURTLE)) {
            start(b -> b.allowUpdate(true));

            HttpResponse<String> response = update("LOAD <" + target.url("/data.ttl") + "> INTO GRAPH <urn:x:g>");

            assertEquals(403, response.statusCode(), response.body());
            assertTrue(response.body().contains("serve --allow-load PREFIX"), response.body());
            assertEquals(0, target.requests(), "the server fetched a URL no option allows");
            assertEquals("_askResult\r\nfalse\r\n", loaded());
        }
    }

    @Test
    void loadOfAnAllowedUrlWorks() {
        try (CountingHttpServer target = new CountingHttpServer(200, "text/turtle", SECRET_TURTLE)) {
            start(b -> b.allowUpdate(true).allowLoad(List.of(target.url("/open/"))));

            HttpResponse<String> response = update("LOAD <" + target.url("/open/data.ttl") + "> INTO GRAPH <urn:x:g>");

            assertEquals(204, response.statusCode(), response.body());
            assertEquals("_askResult\r\ntrue\r\n", loaded());
        }
    }

    @Test
    void aLocalFileCannotBeAllowed() {
        ServerException e = assertThrows(ServerException.class,
                () -> SparqlServer.builder(store).allowUpdate(true).allowLoad(List.of("file:///srv/")).build());

        assertEquals("--allow-load takes http:// or https:// URL prefixes, got 'file:///srv/'; "
                + "LOAD of local files is never allowed", e.getMessage());
    }
}
