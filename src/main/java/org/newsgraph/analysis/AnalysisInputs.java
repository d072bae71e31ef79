package org.newsgraph.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.newsgraph.proposition.Event;
import org.newsgraph.proposition.Marker;
import org.newsgraph.proposition.Quantity;
import org.newsgraph.proposition.TimeSpan;
import org.newsgraph.rdf.NG;
import org.newsgraph.rdf.Vocab;

/**
 * What the analysis reads from the store, in one read transaction: every claim with its content
 * triples, the documents' dates and outlets, and the hierarchy of actors and places. Each predicate
 * is scanned once (TDB2's predicate-first index), so reading grows with the claims, not the store.
 *
 * @param claims    claims with content, in a stable order (file, then offset)
 * @param hierarchy affiliations, parts and locations
 */
record AnalysisInputs(List<ClaimRecord> claims, Hierarchy hierarchy) {
    AnalysisInputs {
        claims = List.copyOf(claims);
    }

    static AnalysisInputs read(DatasetGraph dsg) {
        Map<Node, Node> graphOf = new HashMap<>();
        Map<Node, String> contents = new HashMap<>();
        scan(dsg, NG.content, q -> {
            graphOf.put(q.getSubject(), q.getGraph());
            contents.put(q.getSubject(), q.getObject().getLiteralLexicalForm());
        });
        Map<Node, String> files = new HashMap<>();
        scan(dsg, NG.fileName, q -> files.put(q.getSubject(), q.getObject().getLiteralLexicalForm()));
        Map<Node, LocalDate> issued = new HashMap<>();
        scan(dsg, Vocab.DCT_ISSUED, q -> issued.put(q.getSubject(), LocalDate.parse(q.getObject().getLiteralLexicalForm())));
        Map<Node, Node> outlets = new HashMap<>();
        scan(dsg, NG.outlet, q -> outlets.put(q.getSubject(), q.getObject()));
        Map<Node, List<Node>> speakers = objects(dsg, NG.claims, graphOf, true);
        Map<Node, List<Node>> deniers = objects(dsg, NG.denies, graphOf, true);
        Map<Node, List<Node>> types = objects(dsg, NG.eventType, graphOf, false);
        Map<Node, List<Node>> polarities = objects(dsg, NG.polarity, graphOf, false);
        Map<Node, List<Node>> participants = objects(dsg, NG.participant, graphOf, false);
        Map<Node, List<Node>> agents = objects(dsg, NG.agent, graphOf, false);
        Map<Node, List<Node>> places = objects(dsg, NG.place, graphOf, false);
        Map<Node, List<Node>> froms = objects(dsg, NG.timeFrom, graphOf, false);
        Map<Node, List<Node>> tos = objects(dsg, NG.timeTo, graphOf, false);
        Map<Node, List<Node>> precisions = objects(dsg, NG.timePrecision, graphOf, false);
        Map<Node, List<Node>> expressions = objects(dsg, NG.timeExpression, graphOf, false);
        Map<Node, List<Node>> markers = objects(dsg, NG.marker, graphOf, false);
        Map<Node, List<Node>> denied = objects(dsg, NG.deniedSource, graphOf, false);
        Map<Node, List<Node>> quantities = objects(dsg, NG.quantity, graphOf, false);

        List<ClaimRecord> claims = new ArrayList<>();
        for (Map.Entry<Node, Node> e : graphOf.entrySet()) {
            Node claim = e.getKey();
            Node doc = e.getValue();
            List<Node> said = new ArrayList<>(speakers.getOrDefault(claim, List.of()));
            said.addAll(deniers.getOrDefault(claim, List.of()));
            if (said.isEmpty()) {
                continue;
            }
            Optional<TimeSpan> time = Optional.empty();
            if (froms.containsKey(claim) && tos.containsKey(claim)) {
                time = Optional.of(new TimeSpan(date(froms.get(claim)), date(tos.get(claim)),
                        TimeSpan.Precision.valueOf(text(precisions.get(claim), "reported").toUpperCase(java.util.Locale.ROOT)),
                        text(expressions.get(claim), "")));
            }
            Set<Marker> m = EnumSet.noneOf(Marker.class);
            for (Node n : markers.getOrDefault(claim, List.of())) {
                m.add(Marker.valueOf(n.getLiteralLexicalForm().toUpperCase(java.util.Locale.ROOT).replace('-', '_')));
            }
            claims.add(new ClaimRecord(claim, doc, files.getOrDefault(doc, doc.getURI()), Optional.ofNullable(issued.get(doc)),
                    Optional.ofNullable(outlets.get(doc)), start(dsg, doc, claim), contents.get(claim), sorted(said),
                    Optional.ofNullable(types.get(claim)).map(l -> l.get(0).getLiteralLexicalForm()),
                    Event.Polarity.valueOf(text(polarities.get(claim), "asserted").toUpperCase(java.util.Locale.ROOT)),
                    new HashSet<>(participants.getOrDefault(claim, List.of())), new HashSet<>(agents.getOrDefault(claim, List.of())),
                    new HashSet<>(places.getOrDefault(claim, List.of())),
                    time, quantities(dsg, doc, quantities.getOrDefault(claim, List.of())), m,
                    new HashSet<>(denied.getOrDefault(claim, List.of()))));
        }
        claims.sort(Comparator.comparing(ClaimRecord::file).thenComparingInt(ClaimRecord::start));
        return new AnalysisInputs(claims, hierarchy(dsg));
    }

    private static Hierarchy hierarchy(DatasetGraph dsg) {
        Map<Node, List<Node>> parents = new HashMap<>();
        Consumer<Quad> parent = q -> addOnce(parents, q.getSubject(), q.getObject());
        scan(dsg, NG.affiliation, parent);
        scan(dsg, NG.partOf, parent);
        Map<Node, List<Node>> located = new HashMap<>();
        scan(dsg, NG.locatedIn, q -> addOnce(located, q.getSubject(), q.getObject()));
        Set<Node> states = new HashSet<>();
        dsg.find(Node.ANY, Node.ANY, Vocab.RDF_TYPE, NG.State).forEachRemaining(q -> states.add(q.getSubject()));
        parents.values().forEach(l -> l.sort(Comparator.comparing(Node::toString)));
        return new Hierarchy(parents, located, states);
    }

    private static void addOnce(Map<Node, List<Node>> map, Node key, Node value) {
        List<Node> l = map.computeIfAbsent(key, k -> new ArrayList<>());
        if (!l.contains(value)) {
            l.add(value);
        }
    }

    private static void scan(DatasetGraph dsg, Node predicate, Consumer<Quad> each) {
        dsg.find(Node.ANY, Node.ANY, predicate, Node.ANY).forEachRemaining(each);
    }

    /** Objects of a predicate per claim, keeping only triples inside the claim's own graph. */
    private static Map<Node, List<Node>> objects(DatasetGraph dsg, Node predicate, Map<Node, Node> graphOf, boolean inverse) {
        Map<Node, List<Node>> out = new HashMap<>();
        scan(dsg, predicate, q -> {
            Node claim = inverse ? q.getObject() : q.getSubject();
            Node value = inverse ? q.getSubject() : q.getObject();
            if (q.getGraph().equals(graphOf.get(claim))) {
                addOnce(out, claim, value);
            }
        });
        return out;
    }

    private static int start(DatasetGraph dsg, Node doc, Node claim) {
        var it = dsg.find(doc, claim, NG.start, Node.ANY);
        return it.hasNext() ? Integer.parseInt(it.next().getObject().getLiteralLexicalForm()) : 0;
    }

    /** The first quantity of each unit: the count a claim is about, not the parts it breaks it into. */
    private static List<Quantity> quantities(DatasetGraph dsg, Node doc, List<Node> nodes) {
        List<Node> ordered = new ArrayList<>(nodes);
        ordered.sort(Comparator.comparing(Node::getURI, Comparator.comparingInt(String::length).thenComparing(s -> s)));
        List<Quantity> out = new ArrayList<>();
        Set<String> units = new HashSet<>();
        for (Node q : ordered) {
            String unit = literal(dsg, doc, q, NG.unit);
            if (units.add(unit)) {
                out.add(new Quantity(number(dsg, doc, q, NG.value), number(dsg, doc, q, NG.minValue),
                        number(dsg, doc, q, NG.maxValue), unit, literal(dsg, doc, q, NG.text)));
            }
        }
        return out;
    }

    private static double number(DatasetGraph dsg, Node doc, Node s, Node p) {
        return Double.parseDouble(literal(dsg, doc, s, p));
    }

    private static String literal(DatasetGraph dsg, Node doc, Node s, Node p) {
        var it = dsg.find(doc, s, p, Node.ANY);
        return it.hasNext() ? it.next().getObject().getLiteralLexicalForm() : "";
    }

    private static LocalDate date(List<Node> values) {
        return LocalDate.parse(values.get(0).getLiteralLexicalForm());
    }

    private static String text(List<Node> values, String otherwise) {
        return values == null || values.isEmpty() ? otherwise : values.get(0).getLiteralLexicalForm();
    }

    private static List<Node> sorted(List<Node> nodes) {
        Set<Node> unique = new LinkedHashSet<>(nodes);
        List<Node> out = new ArrayList<>(unique);
        out.sort(Comparator.comparing(Node::toString));
        return out;
    }
}
