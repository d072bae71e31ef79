package org.newsgraph.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.io.ByteArrayInputStream;
import java.util.HashMap;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.engine.binding.Binding;

/**
 * Times the web page's views against a running server, as the page sends them: each view is a few
 * steps, each step a few of the page's queries sent at once over HTTP (as the page's scripts do), so
 * a view takes the sum over its steps of the slowest query in each. Sample arguments (the most named
 * entity, the busiest outlet, a document, the strongest edge) are read from the store first, so the
 * worst cases are timed, not the easy ones.
 */
public final class PageBenchmark {
    /** One view: its name and its steps, each a list of page queries with their parameters. */
    public record View(String name, List<List<Call>> steps) {
    }

    /** One page query with its parameters (SPARQL terms). */
    public record Call(String query, Map<String, String> parameters) {
    }

    /** A view's warm time in milliseconds (the median of the timed runs) and its slowest query. */
    public record Timing(String view, double millis, String slowest, double slowestMillis) {
    }

    private static final String DATE = "^^<http://www.w3.org/2001/XMLSchema#date>";

    private final PageQueries queries = PageQueries.shipped();
    private final URI endpoint;
    private final HttpClient http = HttpClient.newHttpClient();

    public PageBenchmark(URI endpoint) {
        this.endpoint = endpoint;
    }

    /** The page's views, with arguments read from the store behind the endpoint. */
    public List<View> views() {
        String entity = first("home-entities", Map.of("limit", "1"), "e");
        String actor = first("claims-actors", Map.of("limit", "1"), "actor");
        List<Binding> outlets = rows("outlets", Map.of("limit", "1"));
        String doc = first("documents", Map.of("limit", "1"), "doc");
        Binding edge = rows("network-edges", Map.of("min", "1", "limit", "1", "totals", "")).stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("the store holds no relation; ingest articles first"));
        Map<String, String> dates = Map.of("from", "\"2015-01-01\"" + DATE, "to", "\"2016-12-31\"" + DATE);
        Map<String, String> one = Map.of("entity", entity);
        Map<String, String> network = Map.of("min", "1", "top", "50", "limit", "50", "totals", "");
        // A store whose documents name no outlet (FA-KES's texts rarely do) is timed without that filter.
        Map<String, String> records = Map.of("min", "1", "top", "50", "limit", "50", "records", "");
        Map<String, String> filtered = outlets.isEmpty() ? records : with(records, "outlet", term(outlets.get(0), "o"));
        List<View> views = new ArrayList<>(List.of(
                new View("home", List.of(List.of(call("home-entities", "limit", "25"), call("home-entities-count"),
                        call("outlets", "limit", "10")))),
                new View("search 'al'", List.of(List.of(call("search", "term", "\"al\"", "limit", "25")))),
                new View("entity (most named)", List.of(
                        List.of(call("entity-facts", one), call("entity-members", one), call("entity-mention-totals", one)),
                        List.of(call("entity-claims-count", one), call("entity-relations-count", one),
                                call("entity-mentions", with(one, "limit", "25"))),
                        List.of(call("entity-claims", with(one, "limit", "30")),
                                call("entity-relations", with(one, "limit", "25"))))),
                new View("entity mentions, page 400", List.of(List.of(
                        call("entity-mentions", with(one, "limit", "25", "offset", "10000"))))),
                new View("network (default)", List.of(List.of(call("network-edges", network),
                        call("network-edges-count", network), call("outlets", "limit", "200")))),
                new View("network (" + (outlets.isEmpty() ? "" : "outlet, ") + "dates, type)", List.of(List.of(
                        call("network-edges", with(with(filtered, dates), "type",
                                "<https://w3id.org/newsgraph/ontology#State>")),
                        call("network-edges-count", with(filtered, dates)),
                        call("outlets", "limit", "200")))),
                new View("network (one actor)", List.of(List.of(call("network-edges", with(network, "actor", entity)),
                        call("network-edges-count", with(network, "actor", entity))))),
                new View("edge sentences (hover)", List.of(List.of(call("edge-evidence", Map.of("a",
                        term(edge, "a"), "rel", term(edge, "rel"), "b", term(edge, "b"), "limit", "8"))))),
                new View("claims (top actor)", List.of(List.of(call("claims-actors", "limit", "200")),
                        List.of(call("outlets", "limit", "200"), call("entity-claims-count", Map.of("entity", actor))),
                        List.of(call("entity-claims", Map.of("entity", actor, "limit", "30"))))),
                new View("documents (dates)", List.of(List.of(call("outlets", "limit", "200"),
                        call("documents", with(dates, "limit", "25")), call("documents-count", dates)))),
                new View("document", List.of(List.of(call("document", Map.of("doc", doc)),
                        call("document-sentences", Map.of("doc", doc, "limit", "5000")),
                        call("document-marks", Map.of("doc", doc, "limit", "20000"))))),
                new View("map", List.of(List.of(call("places", "limit", "400"))))));
        views.addAll(acrossOutlets());
        return views;
    }

    /**
     * The proposition list, the first proposition (most outlets) and the framing table of the most named
     * side; a store whose analysis found no proposition or counted no name is timed without those views.
     */
    private List<View> acrossOutlets() {
        List<View> views = new ArrayList<>();
        views.add(new View("propositions", List.of(List.of(call("proposition-list", "limit", "25"),
                call("proposition-list-count")))));
        rows("proposition-list", Map.of("limit", "1")).stream().findFirst().ifPresent(row -> {
            Map<String, String> p = Map.of("proposition", term(row, "p"));
            views.add(new View("proposition (most outlets)", List.of(
                    List.of(call("proposition-facts", p), call("proposition-against-count", p)),
                    List.of(call("proposition-claims", with(p, "limit", "30")),
                            call("proposition-against", with(p, "limit", "25"))))));
        });
        rows("framing-actors", Map.of("limit", "1")).stream().findFirst().ifPresent(row -> {
            Map<String, String> side = Map.of("actor", term(row, "actor"));
            views.add(new View("framing (most named side)", List.of(List.of(call("framing-actors", "limit", "100")),
                    List.of(call("framing-outlets", with(side, "limit", "25")), call("framing-outlets-count", side)))));
        });
        return views;
    }

    /** Runs each view {@code warmup} times untimed, then {@code runs} times, and returns the median times. */
    public List<Timing> time(List<View> views, int warmup, int runs) {
        List<Timing> timings = new ArrayList<>();
        for (View view : views) {
            for (int i = 0; i < warmup; i++) {
                measure(view);
            }
            Timing[] timed = new Timing[runs];
            for (int i = 0; i < runs; i++) {
                timed[i] = measure(view);
            }
            Arrays.sort(timed, (x, y) -> Double.compare(x.millis(), y.millis()));
            timings.add(timed[runs / 2]);
        }
        return timings;
    }

    private Timing measure(View view) {
        double total = 0;
        String slowest = "";
        double slowestMillis = 0;
        for (List<Call> step : view.steps()) {
            long start = System.nanoTime();
            List<CompletableFuture<Double>> sent = step.stream().map(this::timed).toList();
            for (int i = 0; i < sent.size(); i++) {
                double ms = sent.get(i).join();
                if (ms > slowestMillis) {
                    slowestMillis = ms;
                    slowest = step.get(i).query();
                }
            }
            total += (System.nanoTime() - start) / 1e6;
        }
        return new Timing(view.name(), total, slowest, slowestMillis);
    }

    private CompletableFuture<Double> timed(Call call) {
        long start = System.nanoTime();
        return http.sendAsync(request(call), HttpResponse.BodyHandlers.ofByteArray()).thenApply(response -> {
            if (response.statusCode() != 200) {
                throw new IllegalStateException(call.query() + " answered " + response.statusCode() + ": "
                        + new String(response.body(), StandardCharsets.UTF_8));
            }
            return (System.nanoTime() - start) / 1e6;
        });
    }

    private HttpRequest request(Call call) {
        return HttpRequest.newBuilder(endpoint).header("Content-Type", "application/sparql-query")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString(queries.sparql(call.query(), call.parameters()))).build();
    }

    private List<Binding> rows(String query, Map<String, String> parameters) {
        try {
            HttpResponse<byte[]> response = http.send(request(new Call(query, parameters)),
                    HttpResponse.BodyHandlers.ofByteArray());
            ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(response.body()), ResultSetLang.RS_JSON);
            List<Binding> rows = new ArrayList<>();
            while (rs.hasNext()) {
                rows.add(rs.nextBinding());
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private String first(String query, Map<String, String> parameters, String variable) {
        List<Binding> rows = rows(query, parameters);
        if (rows.isEmpty()) {
            throw new IllegalStateException("the store holds nothing for " + query + "; ingest articles first");
        }
        return term(rows.get(0), variable);
    }

    private static String term(Binding row, String variable) {
        return NodeFmtLib.strNT(row.get(variable));
    }

    private static Call call(String query, String... parameters) {
        return new Call(query, with(Map.of(), parameters));
    }

    private static Call call(String query, Map<String, String> parameters) {
        return new Call(query, parameters);
    }

    private static Map<String, String> with(Map<String, String> base, String... more) {
        Map<String, String> all = new HashMap<>(base);
        for (int i = 0; i < more.length; i += 2) {
            all.put(more[i], more[i + 1]);
        }
        return all;
    }

    private static Map<String, String> with(Map<String, String> base, Map<String, String> more) {
        Map<String, String> all = new HashMap<>(base);
        all.putAll(more);
        return all;
    }
}
