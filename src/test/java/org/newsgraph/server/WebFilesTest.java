package org.newsgraph.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The web page and everything it loads come from the jar, from this server alone. */
class WebFilesTest extends ServerTestBase {
    private static final Pattern LOADED = Pattern.compile("(?:src|href)=\"(?!data:)([^\"#]+)\"");
    private static final Pattern IMPORTED = Pattern.compile("from '\\./([a-z]+\\.js)'");

    @Test
    void pageIsServedAtTheRootWithAStrictContentSecurityPolicy() {
        HttpResponse<String> page = Http.get(start().pageUrl(), "text/html");

        assertEquals(200, page.statusCode());
        assertEquals("text/html;charset=utf-8", page.headers().firstValue("Content-Type").orElse("").replace(" ", ""));
        assertEquals(RequestGuard.CONTENT_SECURITY_POLICY, page.headers().firstValue("Content-Security-Policy").orElse(""));
        assertTrue(RequestGuard.CONTENT_SECURITY_POLICY.startsWith("default-src 'self'; script-src 'self';"));
        assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElse(""));
    }

    @Test
    void everyScriptStylesheetAndModuleThePageLoadsIsServedLocally() {
        URI root = start().pageUrl();
        List<String> loaded = matches(LOADED, Http.get(root, "text/html").body());
        List<String> modules = matches(IMPORTED, Http.get(root.resolve("app/main.js"), "*/*").body());

        assertTrue(loaded.containsAll(List.of("vendor/cytoscape/dist/cytoscape.min.js",
                "vendor/codemirror/lib/codemirror.js", "vendor/codemirror/mode/sparql/sparql.js", "app/main.js",
                "app/style.css")), loaded.toString());
        assertEquals(List.of("dom.js", "search.js", "entity.js", "network.js", "claims.js", "document.js", "map.js",
                "editor.js", "propositions.js"), modules);
        for (String path : loaded) {
            assertFalse(path.contains("//"), "the page loads " + path + " from elsewhere");
            assertEquals(200, Http.get(root.resolve(path), "*/*").statusCode(), path);
        }
        for (String module : modules) {
            HttpResponse<String> js = Http.get(root.resolve("app/" + module), "*/*");
            assertEquals(200, js.statusCode(), module);
            assertTrue(js.headers().firstValue("Content-Type").orElse("").startsWith("text/javascript"), module);
        }
    }

    @Test
    void filesCarryAnETagAndAnUnchangedFileIsNotSentAgain() {
        URI script = start().pageUrl().resolve("app/main.js");
        HttpResponse<String> first = Http.get(script, "*/*");
        String etag = first.headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> again = Http.send(HttpRequest.newBuilder(script).header("If-None-Match", etag));

        assertEquals(WebFiles.CACHE_CONTROL, first.headers().firstValue("Cache-Control").orElse(""));
        assertEquals(304, again.statusCode());
        assertEquals("", again.body());
    }

    @Test
    void answersAreCompressedForClientsThatAcceptIt() {
        URI script = start().pageUrl().resolve("app/network.js");

        HttpResponse<byte[]> zipped = Http.bytes(HttpRequest.newBuilder(script).header("Accept-Encoding", "gzip"));
        HttpResponse<byte[]> plain = Http.bytes(HttpRequest.newBuilder(script));

        assertEquals("gzip", zipped.headers().firstValue("Content-Encoding").orElse(""));
        assertTrue(zipped.body().length < plain.body().length / 2, zipped.body().length + " of " + plain.body().length);
        assertArrayEquals(plain.body(), gunzip(zipped.body()));
    }

    private static byte[] gunzip(byte[] zipped) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(zipped))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> matches(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    @Test
    void theEditorsExamplesAreTheShippedQueriesAndEachParses() {
        URI root = start().pageUrl();
        List<String> names = Http.get(root.resolve("queries/index.txt"), "text/plain").body().lines()
                .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();

        assertTrue(names.contains("who-backs-whom"), names.toString());
        for (String name : names) {
            HttpResponse<String> query = Http.get(root.resolve("queries/" + name + ".rq"), "*/*");
            assertEquals(200, query.statusCode(), name);
            QueryFactory.create(query.body());
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"web/index.html", "app/missing.js", "app/../../org/newsgraph/cli/Main.class",
        "app/%2e%2e/%2e%2e/ontology/newsgraph.ttl", "app/", "vendor/", "app/.hidden.js",
        "ontology/newsgraph.ttl", "org/newsgraph/cli/Main.class"})
    void nothingElseOnTheClasspathIsServed(String path) {
        HttpResponse<String> response = Http.get(URI.create(start().pageUrl() + path), "*/*");

        int status = response.statusCode();
        assertTrue(status >= 400 && status < 500, path + " gave " + status);
    }
}
