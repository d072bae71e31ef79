package org.newsgraph.store;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a remote SPARQL 1.1 store answers, and how to log in. Fuseki answers the Query, Update and
 * Graph Store protocols at the dataset's own URL ({@code http://host:3030/kg}), so one URL is enough
 * there; other stores name each endpoint apart (GraphDB: {@code .../repositories/R},
 * {@code .../repositories/R/statements}, {@code .../repositories/R/rdf-graphs/service}).
 *
 * @param query      the SPARQL Query endpoint
 * @param update     the SPARQL Update endpoint
 * @param graphStore the Graph Store Protocol endpoint (graphs read with {@code ?graph=IRI})
 * @param login      the HTTP Basic {@code Authorization} header value, if any
 */
public record RemoteEndpoints(URI query, URI update, URI graphStore, Optional<String> login) {
    /** A {@code user: password} line of a Jetty realm file; the rest of the line may hold roles. */
    private static final Pattern USER_LINE = Pattern.compile("\\s*([^#\\s][^:]*?)\\s*:\\s*([^,\\s]+).*");

    public RemoteEndpoints {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(update, "update");
        Objects.requireNonNull(graphStore, "graphStore");
        Objects.requireNonNull(login, "login");
    }

    /** Whether a {@code --store} value names a remote store rather than a directory. */
    public static boolean isUrl(String store) {
        return store.startsWith("http://") || store.startsWith("https://");
    }

    /**
     * Endpoints from the dataset URL, each replaceable, logging in as the first user of
     * {@code passwordFile} (a Jetty realm file, the one {@code newsgraph serve --password-file} reads).
     *
     * @param update     the update endpoint, or null for the dataset URL
     * @param graphStore the graph store endpoint, or null for the dataset URL
     * @param passwordFile null to send no login
     */
    public static RemoteEndpoints of(String dataset, String update, String graphStore, Path passwordFile) {
        URI base = uri(dataset, "--store");
        return new RemoteEndpoints(base, update == null ? base : uri(update, "--update-endpoint"),
                graphStore == null ? base : uri(graphStore, "--graph-store-endpoint"),
                passwordFile == null ? Optional.empty() : Optional.of(basicLogin(passwordFile)));
    }

    private static URI uri(String url, String option) {
        try {
            URI uri = URI.create(url);
            if (isUrl(url) && uri.getHost() != null) {
                return uri;
            }
        } catch (IllegalArgumentException e) {
            // Reported below with what is allowed.
        }
        throw new StoreException(option + " '" + url + "' is not an http or https URL, e.g. http://127.0.0.1:3030/kg");
    }

    /** The first user's login; a hashed password (MD5:, CRYPT:) cannot log in, so it is refused. */
    private static String basicLogin(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new StoreException("cannot read password file " + file + ": " + e.getMessage(), e);
        }
        for (String line : text.split("\\R")) {
            Matcher m = USER_LINE.matcher(line);
            if (!m.matches()) {
                continue;
            }
            String password = m.group(2);
            if (password.startsWith("MD5:") || password.startsWith("CRYPT:")) {
                throw new StoreException("password file " + file + " holds a hashed password for " + m.group(1)
                        + ", which cannot log in; give a file with the plain password ('user: password')");
            }
            if (password.startsWith("OBF:")) {
                password = org.eclipse.jetty.util.security.Password.deobfuscate(password);
            }
            String pair = m.group(1) + ":" + password;
            return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
        }
        throw new StoreException("password file " + file + " names no user; write a line 'user: password'");
    }

    @Override
    public String toString() {
        return query.toString();
    }
}
