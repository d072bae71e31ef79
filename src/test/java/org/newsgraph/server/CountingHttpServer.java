package org.newsgraph.server;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A web server on a loopback port that answers every request with one fixed reply and counts the
 * requests it gets: the target of a SERVICE or LOAD that the server under test must (or must not) call.
 */
final class CountingHttpServer implements AutoCloseable {
    private final AtomicInteger requests = new AtomicInteger();
    private final HttpServer http;

    /** Answers 500 with no body. */
    CountingHttpServer() {
        this(500, null, "");
    }

    CountingHttpServer(int status, String contentType, String body) {
        try {
            http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        http.createContext("/", exchange -> {
            requests.incrementAndGet();
            if (contentType != null) {
                exchange.getResponseHeaders().set("Content-Type", contentType);
            }
            exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        http.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + http.getAddress().getPort() + path;
    }

    int requests() {
        return requests.get();
    }

    @Override
    public void close() {
        http.stop(0);
    }
}
