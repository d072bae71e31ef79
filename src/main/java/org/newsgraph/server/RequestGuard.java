package org.newsgraph.server;

import java.util.Set;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The server's front door, in front of Fuseki and the page: it refuses TRACE (which echoes a request,
 * credentials included, back to a script), answers OPTIONS truthfully for paths Fuseki does not serve
 * (the servlet container's default lists PUT and POST on any path, even on a read-only server), refuses
 * a query string that is not percent-encoded UTF-8 with 400 (Jetty's decoding error would reach the
 * client as a 500), and puts the page's security headers on every answer outside the dataset.
 */
final class RequestGuard extends Handler.Wrapper {
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; connect-src 'self'; "
            + "img-src 'self' data:; style-src 'self' 'unsafe-inline'; base-uri 'none'; form-action 'self'; "
            + "frame-ancestors 'none'";
    private static final String PAGE_METHODS = "GET, HEAD, OPTIONS";

    private final String datasetPath;
    private final Set<String> endpoints;

    /**
     * @param datasetPath the dataset's path, e.g. {@code /kg}
     * @param endpoints every path Fuseki answers, each with its own truthful OPTIONS
     */
    RequestGuard(String datasetPath, Set<String> endpoints) {
        this.datasetPath = datasetPath;
        this.endpoints = Set.copyOf(endpoints);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String method = request.getMethod();
        String path = Request.getPathInContext(request);
        boolean inDataset = path.equals(datasetPath) || path.startsWith(datasetPath + "/");
        if (method.equals("TRACE") || method.equals("TRACK")) {
            response.getHeaders().put(HttpHeader.ALLOW, inDataset ? "GET, POST, OPTIONS" : PAGE_METHODS);
            Response.writeError(request, response, callback, HttpStatus.METHOD_NOT_ALLOWED_405, method + " is not served");
            return true;
        }
        if (method.equals("OPTIONS") && !endpoints.contains(path)) {
            if (inDataset) {
                Response.writeError(request, response, callback, HttpStatus.NOT_FOUND_404, "no such endpoint: " + path);
            } else {
                response.getHeaders().put(HttpHeader.ALLOW, PAGE_METHODS);
                response.setStatus(HttpStatus.OK_200);
                callback.succeeded();
            }
            return true;
        }
        try {
            Request.extractQueryParameters(request);
        } catch (RuntimeException e) {
            Response.writeError(request, response, callback, HttpStatus.BAD_REQUEST_400,
                    "the query string is not percent-encoded UTF-8 (" + e.getMessage() + ")");
            return true;
        }
        if (!inDataset) {
            response.getHeaders().put("Content-Security-Policy", CONTENT_SECURITY_POLICY);
            response.getHeaders().put("X-Content-Type-Options", "nosniff");
            response.getHeaders().put("Referrer-Policy", "no-referrer");
        }
        return super.handle(request, response, callback);
    }
}
