package org.newsgraph.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import org.apache.jena.graph.Node;
import org.newsgraph.proposition.Event;
import org.newsgraph.proposition.Marker;
import org.newsgraph.proposition.Quantity;
import org.newsgraph.proposition.TimeSpan;
import org.newsgraph.rdf.NG;
import org.newsgraph.rdf.Vocab;
import org.newsgraph.store.TermKeys;

/**
 * What the analysis reads from the store, in one read transaction: every claim with its content
 * triples, the documents' dates and outlets, and the hierarchy of actors and places. Each predicate
 * is scanned once (TDB2's predicate-first index), so reading grows with the claims, not the store; the
 * scans join on the store's keys ({@link TermKeys}) and decode only the terms a claim record keeps.
 *
 * @param claims    claims with content, in a stable order (file, then offset, then IRI)
 * @param hierarchy affiliations, parts and locations
 */
record AnalysisInputs(List<ClaimRecord> claims, Hierarchy hierarchy) {
    AnalysisInputs {
        claims = List.copyOf(claims);
    }

    static AnalysisInputs read(TermKeys keys) {
        Map<Object, Found> found = new HashMap<>();
        keys.scan(NG.content, (g, s, o) -> found.put(s, new Found(g, o)));
        Map<Object, Object> files = new HashMap<>();
        keys.scan(NG.fileName, (g, s, o) -> files.put(s, o));
        Map<Object, Object> issued = new HashMap<>();
        keys.scan(Vocab.DCT_ISSUED, (g, s, o) -> issued.put(s, o));
        Map<Object, Object> outlets = new HashMap<>();
        keys.scan(NG.outlet, (g, s, o) -> outlets.put(s, o));
        inverse(keys, NG.claims, found, (f, v) -> f.said = add(f.said, v));
        inverse(keys, NG.denies, found, (f, v) -> f.said = add(f.said, v));
        each(keys, NG.eventType, found, (f, v) -> f.eventType = first(f.eventType, v));
        each(keys, NG.polarity, found, (f, v) -> f.polarity = first(f.polarity, v));
        each(keys, NG.participant, found, (f, v) -> f.participants = add(f.participants, v));
        each(keys, NG.agent, found, (f, v) -> f.agents = add(f.agents, v));
        each(keys, NG.place, found, (f, v) -> f.places = add(f.places, v));
        each(keys, NG.timeFrom, found, (f, v) -> f.from = first(f.from, v));
        each(keys, NG.timeTo, found, (f, v) -> f.to = first(f.to, v));
        each(keys, NG.timePrecision, found, (f, v) -> f.precision = first(f.precision, v));
        each(keys, NG.timeExpression, found, (f, v) -> f.expression = first(f.expression, v));
        each(keys, NG.marker, found, (f, v) -> f.markers = add(f.markers, v));
        each(keys, NG.deniedSource, found, (f, v) -> f.denied = add(f.denied, v));
        each(keys, NG.start, found, (f, v) -> f.start = first(f.start, v));
        each(keys, NG.quantity, found, (f, v) -> f.quantities = add(f.quantities, v));
        Map<Object, FoundQuantity> quantities = FoundQuantity.read(keys, found);

        List<ClaimRecord> claims = new ArrayList<>();
        for (Map.Entry<Object, Found> e : found.entrySet()) {
            Found f = e.getValue();
            if (f.said.isEmpty()) {
                continue;
            }
            Node doc = keys.term(f.graph);
            Optional<TimeSpan> time = Optional.empty();
            if (f.from != null && f.to != null) {
                time = Optional.of(new TimeSpan(LocalDate.parse(text(keys, f.from, "")), LocalDate.parse(text(keys, f.to, "")),
                        TimeSpan.Precision.valueOf(text(keys, f.precision, "reported").toUpperCase(Locale.ROOT)),
                        text(keys, f.expression, "")));
            }
            Set<Marker> m = EnumSet.noneOf(Marker.class);
            for (Node n : terms(keys, f.markers)) {
                m.add(Marker.valueOf(n.getLiteralLexicalForm().toUpperCase(Locale.ROOT).replace('-', '_')));
            }
            Object file = files.get(f.graph);
            claims.add(new ClaimRecord(keys.term(e.getKey()), doc, file == null ? doc.getURI() : text(keys, file, ""),
                    Optional.ofNullable(issued.get(f.graph)).map(d -> LocalDate.parse(text(keys, d, ""))),
                    Optional.ofNullable(outlets.get(f.graph)).map(keys::term),
                    f.start == null ? 0 : Integer.parseInt(text(keys, f.start, "")),
                    text(keys, f.content, ""), sorted(terms(keys, f.said)),
                    Optional.ofNullable(f.eventType).map(t -> text(keys, t, "")),
                    Event.Polarity.valueOf(text(keys, f.polarity, "asserted").toUpperCase(Locale.ROOT)),
                    new HashSet<>(terms(keys, f.participants)), new HashSet<>(terms(keys, f.agents)),
                    new HashSet<>(terms(keys, f.places)), time, FoundQuantity.of(keys, quantities, f.quantities), m,
                    new HashSet<>(terms(keys, f.denied))));
        }
        claims.sort(Comparator.comparing(ClaimRecord::file).thenComparingInt(ClaimRecord::start)
                .thenComparing(c -> c.claim().toString()));
        return new AnalysisInputs(claims, hierarchy(keys));
    }

    /**
     * What the scans found for one claim, as keys, until it becomes a {@link ClaimRecord}: one object per
     * claim, not a map per predicate holding a key of every claim in each of sixteen maps (that read ran
     * out of a 1 GB heap after 100,000 articles). Where a claim has one value, the first in scan order counts.
     */
    private static final class Found {
        final Object graph;
        final Object content;
        List<Object> said = List.of();
        Object eventType;
        Object polarity;
        List<Object> participants = List.of();
        List<Object> agents = List.of();
        List<Object> places = List.of();
        Object from;
        Object to;
        Object precision;
        Object expression;
        List<Object> markers = List.of();
        List<Object> denied = List.of();
        Object start;
        List<Object> quantities = List.of();

        Found(Object graph, Object content) {
            this.graph = graph;
            this.content = content;
        }
    }

    /** Unit, value, bounds and text of a quantity a claim states, as keys. */
    private static final class FoundQuantity {
        final Object graph;
        Object unit;
        Object value;
        Object min;
        Object max;
        Object text;

        FoundQuantity(Object graph) {
            this.graph = graph;
        }

        static Map<Object, FoundQuantity> read(TermKeys keys, Map<Object, Found> claims) {
            Map<Object, FoundQuantity> out = new HashMap<>();
            claims.values().forEach(c -> c.quantities.forEach(q -> out.put(q, new FoundQuantity(c.graph))));
            quantity(keys, NG.unit, out, (q, v) -> q.unit = first(q.unit, v));
            quantity(keys, NG.value, out, (q, v) -> q.value = first(q.value, v));
            quantity(keys, NG.minValue, out, (q, v) -> q.min = first(q.min, v));
            quantity(keys, NG.maxValue, out, (q, v) -> q.max = first(q.max, v));
            quantity(keys, NG.text, out, (q, v) -> q.text = first(q.text, v));
            return out;
        }

        private static void quantity(TermKeys keys, Node p, Map<Object, FoundQuantity> quantities,
                                     BiConsumer<FoundQuantity, Object> put) {
            keys.scan(p, (g, s, o) -> {
                FoundQuantity q = quantities.get(s);
                if (q != null && g.equals(q.graph)) {
                    put.accept(q, o);
                }
            });
        }

        /** The first quantity of each unit: the count a claim is about, not the parts it breaks it into. */
        static List<Quantity> of(TermKeys keys, Map<Object, FoundQuantity> quantities, List<Object> stated) {
            List<Object> ordered = new ArrayList<>(stated);
            Map<Object, String> iri = new HashMap<>();
            stated.forEach(q -> iri.put(q, keys.term(q).getURI()));
            ordered.sort(Comparator.comparing(iri::get, Comparator.comparingInt(String::length).thenComparing(s -> s)));
            List<Quantity> out = new ArrayList<>();
            Set<String> units = new HashSet<>();
            for (Object key : ordered) {
                FoundQuantity q = quantities.get(key);
                String unit = text(keys, q.unit, "");
                if (units.add(unit)) {
                    out.add(new Quantity(Double.parseDouble(text(keys, q.value, "")), Double.parseDouble(text(keys, q.min, "")),
                            Double.parseDouble(text(keys, q.max, "")), unit, text(keys, q.text, "")));
                }
            }
            return out;
        }
    }

    /** Gives {@code put} each object of {@code p} whose subject is a claim, in the claim's own graph. */
    private static void each(TermKeys keys, Node p, Map<Object, Found> claims, BiConsumer<Found, Object> put) {
        keys.scan(p, (g, s, o) -> {
            Found f = claims.get(s);
            if (f != null && g.equals(f.graph)) {
                put.accept(f, o);
            }
        });
    }

    /** Gives {@code put} each subject of {@code p} whose object is a claim, in the claim's own graph. */
    private static void inverse(TermKeys keys, Node p, Map<Object, Found> claims, BiConsumer<Found, Object> put) {
        keys.scan(p, (g, s, o) -> {
            Found f = claims.get(o);
            if (f != null && g.equals(f.graph)) {
                put.accept(f, s);
            }
        });
    }

    private static Object first(Object current, Object value) {
        return current != null ? current : value;
    }

    /** The list with {@code value} added, unless it holds it already; lists start empty and shared. */
    private static List<Object> add(List<Object> list, Object value) {
        if (list.contains(value)) {
            return list;
        }
        List<Object> out = list.isEmpty() ? new ArrayList<>(2) : list;
        out.add(value);
        return out;
    }

    private static List<Node> terms(TermKeys keys, List<Object> values) {
        List<Node> out = new ArrayList<>(values.size());
        values.forEach(v -> out.add(keys.term(v)));
        return out;
    }

    /** The lexical form of a literal key, or {@code otherwise} when there is none. */
    private static String text(TermKeys keys, Object key, String otherwise) {
        return key == null ? otherwise : keys.term(key).getLiteralLexicalForm();
    }

    static Hierarchy hierarchy(TermKeys keys) {
        Map<Node, List<Node>> parents = new HashMap<>();
        TermKeys.QuadKeys parent = (g, s, o) -> addOnce(parents, keys.term(s), keys.term(o));
        keys.scan(NG.affiliation, parent);
        keys.scan(NG.partOf, parent);
        Map<Node, List<Node>> located = new HashMap<>();
        keys.scan(NG.locatedIn, (g, s, o) -> addOnce(located, keys.term(s), keys.term(o)));
        Set<Node> states = new HashSet<>();
        keys.scan(Vocab.RDF_TYPE, NG.State, (g, s, o) -> states.add(keys.term(s)));
        parents.values().forEach(l -> l.sort(Comparator.comparing(Node::toString)));
        return new Hierarchy(parents, located, states);
    }

    private static <K, V> void addOnce(Map<K, List<V>> map, K key, V value) {
        List<V> l = map.computeIfAbsent(key, k -> new ArrayList<>());
        if (!l.contains(value)) {
            l.add(value);
        }
    }

    private static List<Node> sorted(List<Node> nodes) {
        Set<Node> unique = new LinkedHashSet<>(nodes);
        List<Node> out = new ArrayList<>(unique);
        out.sort(Comparator.comparing(Node::toString));
        return out;
    }
}
