package org.newsgraph.server;

import java.net.URL;
import java.util.Map;
import org.eclipse.jetty.ee10.servlet.ResourceServlet;

/**
 * Serves the web page from the classpath with Jetty's own resource servlet, which does ETags,
 * conditional requests (304), ranges and HEAD: {@code /} is {@code web/index.html}; {@code /app/} and
 * {@code /vendor/} (the libraries unpacked from webjars at build time) are under {@code web/};
 * {@code /queries/} are the shipped example queries. Nothing comes from the file system, no directory
 * is listed, and Jetty refuses {@code ..} and encoded traversal. Compression and the security headers
 * are added in front of it, for every answer ({@link RequestGuard}).
 */
final class WebFiles extends ResourceServlet {
    /** Path spec of the page and its scripts, and of the example queries. */
    static final String PAGE = "/*";
    static final String QUERIES = "/queries/*";

    /** Revalidate each time: the ETag makes that a 304 without a body, and a new build is seen at once. */
    static final String CACHE_CONTROL = "no-cache";

    private final Map<String, String> settings;

    /** Extensions whose type Jetty would send without a charset, or not know. */
    static final String[][] TYPES = {{"html", "text/html;charset=utf-8"}, {"js", "text/javascript;charset=utf-8"},
        {"css", "text/css;charset=utf-8"}, {"txt", "text/plain;charset=utf-8"},
        {"rq", "application/sparql-query;charset=utf-8"}};

    /** What a request for a directory (only {@code /} here) is answered with. */
    static final String[] WELCOME_FILES = {"index.html"};

    /** @param marker a file in the directory to serve: found by it, the directory is the jar's, not a namesake's */
    private WebFiles(String marker, boolean pathInfoOnly) {
        URL found = WebFiles.class.getResource(marker);
        if (found == null) {
            throw new IllegalStateException(marker + " is missing from the jar; rebuild with mvn package");
        }
        String file = found.toExternalForm();
        settings = Map.of("baseResource", file.substring(0, file.lastIndexOf('/') + 1), "pathInfoOnly", Boolean.toString(pathInfoOnly),
                "dirAllowed", "false", "etags", "true", "cacheControl", CACHE_CONTROL, "acceptRanges", "true",
                "redirectWelcome", "false", "welcomeServlets", "false");
    }

    /** The page: index.html at the root, app/ and vendor/ below it. */
    static WebFiles page() {
        return new WebFiles("/web/index.html", true);
    }

    /** The shipped queries, at /queries/NAME.rq and /queries/index.txt. */
    static WebFiles queries() {
        return new WebFiles("/queries/index.txt", true);
    }

    @Override
    public String getInitParameter(String name) {
        return settings.get(name);
    }
}
