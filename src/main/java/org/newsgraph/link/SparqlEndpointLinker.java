package org.newsgraph.link;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks a SPARQL endpoint that speaks the Wikidata Query Service protocol: an HTTP POST of the
 * {@link CandidateQuery}, JSON results back. Polite by construction: one request at a time (callers
 * use it from one thread), a User-Agent that says who asks, a timeout on every request, and on
 * HTTP 429 (or 503) it waits as long as Retry-After says, a few times at most. Every other failure
 * is a {@link LinkException} naming the endpoint. Not thread-safe.
 */
public final class SparqlEndpointLinker implements WikidataLinker {
    private static final Logger LOG = LoggerFactory.getLogger(SparqlEndpointLinker.class);

    /** The public Wikidata Query Service. */
    public static final URI WIKIDATA = URI.create("https://query.wikidata.org/sparql");
    public static final String USER_AGENT = "newsgraph/0.1 (knowledge-graph builder for news; https://w3id.org/newsgraph)"
            + " Java/" + Runtime.version().feature();

    /**
     * How to talk to the endpoint.
     *
     * @param endpoint      the SPARQL endpoint URL (http or https)
     * @param timeout       longest wait for connecting and for each answer
     * @param retries       how often a 429 or 503 is retried before giving up
     * @param longestWait   a Retry-After longer than this gives up at once
     * @param namesPerQuery names asked about in one request
     */
    public record Settings(URI endpoint, Duration timeout, int retries, Duration longestWait, int namesPerQuery) {
        public Settings {
            Objects.requireNonNull(endpoint, "endpoint");
            String scheme = endpoint.getScheme();
            if (!"http".equals(scheme) && !"https".equals(scheme) || endpoint.getHost() == null) {
                throw new IllegalArgumentException("endpoint must be an http or https URL, got '" + endpoint + "'");
            }
            if (timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("timeout must be positive, got " + timeout);
            }
            if (retries < 0 || namesPerQuery < 1) {
                throw new IllegalArgumentException("retries must be >= 0 and namesPerQuery >= 1, got " + retries
                        + " and " + namesPerQuery);
            }
        }

        /** 30 s timeout, 3 retries, waits of up to 2 minutes, 20 names per request. */
        public static Settings of(URI endpoint) {
            return new Settings(endpoint, Duration.ofSeconds(30), 3, Duration.ofMinutes(2), 20);
        }

        public Settings withTimeout(Duration t) {
            return new Settings(endpoint, t, retries, longestWait, namesPerQuery);
        }
    }

    private final Settings settings;
    private final HttpClient http;

    public SparqlEndpointLinker(Settings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.http = HttpClient.newBuilder().connectTimeout(settings.timeout())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    @Override
    public List<LinkCandidate> candidates(SortedSet<String> names) {
        List<LinkCandidate> out = new ArrayList<>();
        List<String> all = new ArrayList<>(names);
        for (int i = 0; i < all.size(); i += settings.namesPerQuery()) {
            SortedSet<String> batch = new TreeSet<>(all.subList(i, Math.min(all.size(), i + settings.namesPerQuery())));
            out.addAll(ask(CandidateQuery.forNames(batch)));
        }
        return out;
    }

    @Override
    public String source() {
        return settings.endpoint().toString();
    }

    private List<LinkCandidate> ask(String query) {
        HttpRequest request = HttpRequest.newBuilder(settings.endpoint())
                .timeout(settings.timeout())
                .header("User-Agent", USER_AGENT)
                .header("Accept", "application/sparql-results+json")
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .build();
        for (int attempt = 0; ; attempt++) {
            HttpResponse<InputStream> response = send(request);
            int status = response.statusCode();
            if (status == 200) {
                return parse(response);
            }
            discard(response);
            if ((status == 429 || status == 503) && attempt < settings.retries()) {
                Duration wait = retryAfter(response);
                if (wait.compareTo(settings.longestWait()) > 0) {
                    throw new LinkException(source() + " asks to wait " + wait.toSeconds() + " s (HTTP " + status
                            + "), longer than " + settings.longestWait().toSeconds() + " s");
                }
                LOG.info("{} answered HTTP {}; waiting {} s as Retry-After asks", source(), status, wait.toSeconds());
                sleep(wait);
                continue;
            }
            throw new LinkException(source() + " answered HTTP " + status
                    + (status == 429 || status == 503 ? " after " + attempt + " retries" : ""));
        }
    }

    private HttpResponse<InputStream> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpTimeoutException e) {
            throw new LinkException("no answer from " + source() + " within " + settings.timeout().toSeconds() + " s", e);
        } catch (IOException e) {
            throw new LinkException("cannot reach " + source() + ": " + (e.getMessage() == null ? e : e.getMessage()), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LinkException("interrupted while asking " + source(), e);
        }
    }

    private List<LinkCandidate> parse(HttpResponse<InputStream> response) {
        try (InputStream body = response.body()) {
            return CandidateQuery.read(ResultSetMgr.read(body, ResultSetLang.RS_JSON), source());
        } catch (IOException | RuntimeException e) {
            throw new LinkException(source() + " answered something that is not SPARQL JSON results: " + e.getMessage(), e);
        }
    }

    private static void discard(HttpResponse<InputStream> response) {
        try (InputStream body = response.body()) {
            body.transferTo(java.io.OutputStream.nullOutputStream());
        } catch (IOException e) {
            LOG.debug("could not drain an error answer: {}", e.toString());
        }
    }

    /** Retry-After in seconds or as an HTTP date; 5 s when absent or unreadable. */
    static Duration retryAfter(HttpResponse<?> response) {
        String value = response.headers().firstValue("Retry-After").orElse("").strip();
        if (value.matches("[0-9]{1,9}")) {
            return Duration.ofSeconds(Long.parseLong(value));
        }
        try {
            Duration d = Duration.between(ZonedDateTime.now(), ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME));
            return d.isNegative() ? Duration.ZERO : d;
        } catch (DateTimeParseException e) {
            return Duration.ofSeconds(5);
        }
    }

    private void sleep(Duration wait) {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LinkException("interrupted while waiting to ask " + source() + " again", e);
        }
    }
}
