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
        Terms terms = new Terms(keys);
        Map<Object, Object> graphOf = new HashMap<>();
        Map<Object, Object> contents = new HashMap<>();
        keys.scan(NG.content, (g, s, o) -> {
            graphOf.put(s, g);
            contents.put(s, o);
        });
        Map<Object, Object> files = new HashMap<>();
        keys.scan(NG.fileName, (g, s, o) -> files.put(s, o));
        Map<Object, Object> issued = new HashMap<>();
        keys.scan(Vocab.DCT_ISSUED, (g, s, o) -> issued.put(s, o));
        Map<Object, Object> outlets = new HashMap<>();
        keys.scan(NG.outlet, (g, s, o) -> outlets.put(s, o));
        Map<Object, List<Object>> speakers = objects(keys, NG.claims, graphOf, true);
        Map<Object, List<Object>> deniers = objects(keys, NG.denies, graphOf, true);
        Map<Object, List<Object>> types = objects(keys, NG.eventType, graphOf, false);
        Map<Object, List<Object>> polarities = objects(keys, NG.polarity, graphOf, false);
        Map<Object, List<Object>> participants = objects(keys, NG.participant, graphOf, false);
        Map<Object, List<Object>> agents = objects(keys, NG.agent, graphOf, false);
        Map<Object, List<Object>> places = objects(keys, NG.place, graphOf, false);
        Map<Object, List<Object>> froms = objects(keys, NG.timeFrom, graphOf, false);
        Map<Object, List<Object>> tos = objects(keys, NG.timeTo, graphOf, false);
        Map<Object, List<Object>> precisions = objects(keys, NG.timePrecision, graphOf, false);
        Map<Object, List<Object>> expressions = objects(keys, NG.timeExpression, graphOf, false);
        Map<Object, List<Object>> markers = objects(keys, NG.marker, graphOf, false);
        Map<Object, List<Object>> denied = objects(keys, NG.deniedSource, graphOf, false);
        Map<Object, List<Object>> starts = objects(keys, NG.start, graphOf, false);
        Map<Object, List<Object>> quantities = objects(keys, NG.quantity, graphOf, false);
        QuantityValues values = QuantityValues.read(keys, quantities, graphOf);

        List<ClaimRecord> claims = new ArrayList<>();
        for (Map.Entry<Object, Object> e : graphOf.entrySet()) {
            Object claim = e.getKey();
            List<Node> said = new ArrayList<>(terms.of(speakers.get(claim)));
            said.addAll(terms.of(deniers.get(claim)));
            if (said.isEmpty()) {
                continue;
            }
            Node doc = terms.of(e.getValue());
            Optional<TimeSpan> time = Optional.empty();
            if (froms.containsKey(claim) && tos.containsKey(claim)) {
                time = Optional.of(new TimeSpan(date(terms.of(froms.get(claim))), date(terms.of(tos.get(claim))),
                        TimeSpan.Precision.valueOf(text(terms.of(precisions.get(claim)), "reported").toUpperCase(Locale.ROOT)),
                        text(terms.of(expressions.get(claim)), "")));
            }
            Set<Marker> m = EnumSet.noneOf(Marker.class);
            for (Node n : terms.of(markers.get(claim))) {
                m.add(Marker.valueOf(n.getLiteralLexicalForm().toUpperCase(Locale.ROOT).replace('-', '_')));
            }
            Object file = files.get(e.getValue());
            List<Node> start = terms.of(starts.get(claim));
            claims.add(new ClaimRecord(terms.of(claim), doc, file == null ? doc.getURI() : terms.of(file).getLiteralLexicalForm(),
                    Optional.ofNullable(issued.get(e.getValue())).map(d -> LocalDate.parse(terms.of(d).getLiteralLexicalForm())),
                    Optional.ofNullable(outlets.get(e.getValue())).map(terms::of),
                    start.isEmpty() ? 0 : Integer.parseInt(start.get(0).getLiteralLexicalForm()),
                    terms.of(contents.get(claim)).getLiteralLexicalForm(), sorted(said),
                    Optional.ofNullable(types.get(claim)).map(l -> terms.of(l.get(0)).getLiteralLexicalForm()),
                    Event.Polarity.valueOf(text(terms.of(polarities.get(claim)), "asserted").toUpperCase(Locale.ROOT)),
                    new HashSet<>(terms.of(participants.get(claim))), new HashSet<>(terms.of(agents.get(claim))),
                    new HashSet<>(terms.of(places.get(claim))),
                    time, values.of(terms, quantities.get(claim)), m, new HashSet<>(terms.of(denied.get(claim)))));
        }
        claims.sort(Comparator.comparing(ClaimRecord::file).thenComparingInt(ClaimRecord::start)
                .thenComparing(c -> c.claim().toString()));
        return new AnalysisInputs(claims, hierarchy(keys, terms));
    }

    /** Decodes keys, each once. */
    private static final class Terms {
        private final TermKeys keys;
        private final Map<Object, Node> decoded = new HashMap<>();

        Terms(TermKeys keys) {
            this.keys = keys;
        }

        Node of(Object key) {
            return decoded.computeIfAbsent(key, keys::term);
        }

        List<Node> of(List<Object> keys) {
            if (keys == null) {
                return List.of();
            }
            List<Node> out = new ArrayList<>(keys.size());
            keys.forEach(k -> out.add(of(k)));
            return out;
        }
    }

    /**
     * Unit, value, bounds and text of each quantity the claims state, read by predicate like the claims.
     */
    private record QuantityValues(Map<Object, Map<Node, Object>> byQuantity) {
        private static final List<Node> PROPERTIES = List.of(NG.unit, NG.value, NG.minValue, NG.maxValue, NG.text);

        static QuantityValues read(TermKeys keys, Map<Object, List<Object>> quantities, Map<Object, Object> graphOf) {
            Map<Object, Object> graphOfQuantity = new HashMap<>();
            quantities.forEach((claim, qs) -> qs.forEach(q -> graphOfQuantity.put(q, graphOf.get(claim))));
            Map<Object, Map<Node, Object>> out = new HashMap<>();
            for (Node p : PROPERTIES) {
                keys.scan(p, (g, s, o) -> {
                    if (g.equals(graphOfQuantity.get(s))) {
                        out.computeIfAbsent(s, k -> new HashMap<>()).putIfAbsent(p, o);
                    }
                });
            }
            return new QuantityValues(out);
        }

        /** The first quantity of each unit: the count a claim is about, not the parts it breaks it into. */
        List<Quantity> of(Terms terms, List<Object> quantities) {
            List<Node> ordered = new ArrayList<>(terms.of(quantities));
            Map<Node, Object> keyOf = new HashMap<>();
            if (quantities != null) {
                quantities.forEach(q -> keyOf.put(terms.of(q), q));
            }
            ordered.sort(Comparator.comparing(Node::getURI, Comparator.comparingInt(String::length).thenComparing(s -> s)));
            List<Quantity> out = new ArrayList<>();
            Set<String> units = new HashSet<>();
            for (Node q : ordered) {
                Map<Node, Object> v = byQuantity.getOrDefault(keyOf.get(q), Map.of());
                String unit = literal(terms, v, NG.unit);
                if (units.add(unit)) {
                    out.add(new Quantity(number(terms, v, NG.value), number(terms, v, NG.minValue),
                            number(terms, v, NG.maxValue), unit, literal(terms, v, NG.text)));
                }
            }
            return out;
        }

        private static double number(Terms terms, Map<Node, Object> values, Node p) {
            return Double.parseDouble(literal(terms, values, p));
        }

        private static String literal(Terms terms, Map<Node, Object> values, Node p) {
            Object key = values.get(p);
            return key == null ? "" : terms.of(key).getLiteralLexicalForm();
        }
    }

    private static Hierarchy hierarchy(TermKeys keys, Terms terms) {
        Map<Node, List<Node>> parents = new HashMap<>();
        TermKeys.QuadKeys parent = (g, s, o) -> addOnce(parents, terms.of(s), terms.of(o));
        keys.scan(NG.affiliation, parent);
        keys.scan(NG.partOf, parent);
        Map<Node, List<Node>> located = new HashMap<>();
        keys.scan(NG.locatedIn, (g, s, o) -> addOnce(located, terms.of(s), terms.of(o)));
        Set<Node> states = new HashSet<>();
        keys.scan(Vocab.RDF_TYPE, NG.State, (g, s, o) -> states.add(terms.of(s)));
        parents.values().forEach(l -> l.sort(Comparator.comparing(Node::toString)));
        return new Hierarchy(parents, located, states);
    }

    private static <K, V> void addOnce(Map<K, List<V>> map, K key, V value) {
        List<V> l = map.computeIfAbsent(key, k -> new ArrayList<>());
        if (!l.contains(value)) {
            l.add(value);
        }
    }

    /** Objects of a predicate per claim, keeping only triples inside the claim's own graph. */
    private static Map<Object, List<Object>> objects(TermKeys keys, Node predicate, Map<Object, Object> graphOf,
                                                     boolean inverse) {
        Map<Object, List<Object>> out = new HashMap<>();
        keys.scan(predicate, (g, s, o) -> {
            Object claim = inverse ? o : s;
            if (g.equals(graphOf.get(claim))) {
                addOnce(out, claim, inverse ? s : o);
            }
        });
        return out;
    }

    private static LocalDate date(List<Node> values) {
        return LocalDate.parse(values.get(0).getLiteralLexicalForm());
    }

    private static String text(List<Node> values, String otherwise) {
        return values.isEmpty() ? otherwise : values.get(0).getLiteralLexicalForm();
    }

    private static List<Node> sorted(List<Node> nodes) {
        Set<Node> unique = new LinkedHashSet<>(nodes);
        List<Node> out = new ArrayList<>(unique);
        out.sort(Comparator.comparing(Node::toString));
        return out;
    }
}
