package org.newsgraph.server;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.apache.jena.fuseki.Fuseki;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_Update;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.modify.request.UpdateLoad;
import org.apache.jena.update.Update;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;
import org.eclipse.jetty.http.HttpStatus;

/**
 * Fuseki's SPARQL Update service (on only with {@code --allow-update}) that refuses {@code LOAD} of
 * anything but the URLs the operator allowed: {@code LOAD <file:///etc/passwd>} would otherwise read
 * the server's files, and {@code LOAD <http://...>} fetch any address the server can reach. The check
 * runs on the parsed request before anything is executed or fetched, so a refused request changes
 * nothing and its answer (403) names only the IRI.
 */
final class CheckedUpdate extends SPARQL_Update {
    private final List<String> allowedPrefixes;

    /** @param allowedPrefixes {@code http(s)://} URL prefixes LOAD may read from; empty: no LOAD at all */
    CheckedUpdate(List<String> allowedPrefixes) {
        this.allowedPrefixes = List.copyOf(allowedPrefixes);
    }

    /** What is wrong with an allowed prefix, or null: only http and https URLs with a host may be allowed. */
    static String problem(String prefix) {
        String lower = prefix.toLowerCase(Locale.ROOT);
        if (!lower.matches("https?://[^/\\s]+(/\\S*)?")) {
            return "--allow-load takes http:// or https:// URL prefixes, got '" + prefix
                    + "'; LOAD of local files is never allowed";
        }
        return null;
    }

    @Override
    protected void execute(HttpAction action, InputStream input) {
        byte[] body;
        try {
            body = input.readAllBytes();
        } catch (IOException e) {
            ServletOps.errorBadRequest("cannot read the update request: " + e.getMessage());
            return;
        }
        UpdateRequest request;
        try {
            request = UpdateFactory.create(new String(body, StandardCharsets.UTF_8), Fuseki.BaseParserSPARQL,
                    Syntax.syntaxARQ);
        } catch (QueryParseException e) {
            // Fuseki's own parse below reports the error the usual way.
            request = new UpdateRequest();
        }
        for (Update update : request.getOperations()) {
            if (update instanceof UpdateLoad load && !allowed(load.getSource())) {
                ServletOps.error(HttpStatus.FORBIDDEN_403, "LOAD <" + load.getSource() + "> refused: this server "
                        + (allowedPrefixes.isEmpty() ? "loads no URL (serve --allow-load PREFIX allows some)"
                                : "loads only URLs under " + String.join(", ", allowedPrefixes))
                        + "; it never loads local files");
            }
        }
        super.execute(action, new ByteArrayInputStream(body));
    }

    private boolean allowed(String source) {
        String lower = source.toLowerCase(Locale.ROOT);
        return (lower.startsWith("http://") || lower.startsWith("https://"))
                && allowedPrefixes.stream().anyMatch(source::startsWith);
    }
}
