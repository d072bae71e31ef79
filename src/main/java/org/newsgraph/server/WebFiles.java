package org.newsgraph.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Serves the web page from the classpath: {@code /} is {@code web/index.html}; {@code /app/} and
 * {@code /vendor/} (the libraries unpacked from webjars at build time) are under {@code web/};
 * {@code /queries/} are the shipped example queries. Nothing comes from the file system, and the
 * Content-Security-Policy lets the page load nothing from any other origin.
 */
final class WebFiles extends HttpServlet {
    /** The servlet path specs this servlet answers ({@code ""} is the context root alone). */
    static final List<String> PATHS = List.of("", "/app/*", "/vendor/*", "/queries/*");

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; connect-src 'self'; "
            + "img-src 'self' data:; style-src 'self' 'unsafe-inline'; base-uri 'none'; form-action 'self'; "
            + "frame-ancestors 'none'";

    /** Path segments of letters, digits, '.', '_' and '-', none starting with '.': no traversal, no encoding tricks. */
    private static final Pattern SAFE_PATH = Pattern.compile("(/[A-Za-z0-9_-][A-Za-z0-9._-]*)+");

    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "svg", "image/svg+xml",
            "txt", "text/plain; charset=utf-8",
            "rq", "application/sparql-query; charset=utf-8");

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String resource = resourceFor(path);
        String type = resource == null ? null : TYPES.get(resource.substring(resource.lastIndexOf('.') + 1));
        try (InputStream in = type == null ? null : WebFiles.class.getResourceAsStream(resource)) {
            if (in == null) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND, "no such page: " + path);
                return;
            }
            byte[] body = in.readAllBytes();
            response.setContentType(type);
            response.setContentLength(body.length);
            response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("Referrer-Policy", "no-referrer");
            response.setHeader("Cache-Control", "no-cache");
            response.getOutputStream().write(body);
        }
    }

    /** The classpath resource for a request path, or null when the path is not one this servlet serves. */
    static String resourceFor(String path) {
        if (path.isEmpty() || path.equals("/")) {
            return "/web/index.html";
        }
        if (!SAFE_PATH.matcher(path).matches()) {
            return null;
        }
        if (path.startsWith("/queries/")) {
            return path;
        }
        return path.startsWith("/app/") || path.startsWith("/vendor/") ? "/web" + path : null;
    }
}
