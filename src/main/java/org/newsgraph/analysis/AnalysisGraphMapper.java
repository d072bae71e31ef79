package org.newsgraph.analysis;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.newsgraph.proposition.TimeSpan;
import org.newsgraph.rdf.Iris;
import org.newsgraph.rdf.NG;
import org.newsgraph.rdf.Vocab;

/**
 * Writes the analysis graph: propositions with their claims and corroboration, disagreements with
 * their reasons, and the framing counts. A pure function of its input.
 */
final class AnalysisGraphMapper {
    /** Characters of a proposition's label taken from its first claim's content. */
    private static final int LABEL_CHARS = 140;

    private final Hierarchy hierarchy;

    AnalysisGraphMapper(Hierarchy hierarchy) {
        this.hierarchy = hierarchy;
    }

    /** The IRI of a proposition: its class and its first claim, so it is stable while that claim stays first. */
    static Node propositionIri(List<ClaimRecord> members) {
        ClaimRecord first = members.get(0);
        return Iris.derived("proposition", first.eventType().orElseThrow(), first.claim().getURI());
    }

    Graph map(Map<Node, List<ClaimRecord>> propositions, List<Disagreement> disagreements, List<NameUse> framing) {
        Graph g = GraphFactory.createDefaultGraph();
        propositions.forEach((p, members) -> proposition(g, p, members));
        for (Disagreement d : disagreements) {
            add(g, d.claim(), d.predicate(), d.target());
            Node s = Iris.derived("disagreement", d.reason(), d.claim() + " " + d.predicate() + " " + d.target());
            add(g, s, Vocab.RDF_TYPE, NG.Disagreement);
            add(g, s, Vocab.RDF_SUBJECT, d.claim());
            add(g, s, Vocab.RDF_PREDICATE, d.predicate());
            add(g, s, Vocab.RDF_OBJECT, d.target());
            add(g, s, NG.reason, string(d.reason()));
            add(g, s, NG.against, d.evidence());
        }
        for (NameUse u : framing) {
            Node n = Iris.derived("name-use", u.term(), u.outlet().map(Node::toString).orElse("") + " " + u.actor() + " " + u.term());
            add(g, n, Vocab.RDF_TYPE, NG.NameUse);
            u.outlet().ifPresent(o -> add(g, n, NG.inOutlet, o));
            add(g, n, NG.actor, u.actor());
            add(g, n, NG.term, string(u.term()));
            add(g, n, NG.count, integer(u.count()));
            u.loaded().ifPresent(m -> {
                add(g, n, NG.loadedTerm, string(m.term()));
                add(g, n, NG.loading, NodeFactory.createLiteralDT(BigDecimal.valueOf(m.loading()).toPlainString(),
                        XSDDatatype.XSDdecimal));
            });
        }
        return g;
    }

    private void proposition(Graph g, Node p, List<ClaimRecord> members) {
        ClaimRecord first = members.get(0);
        add(g, p, Vocab.RDF_TYPE, NG.Proposition);
        String content = first.content().length() > LABEL_CHARS ? first.content().substring(0, LABEL_CHARS) + "…" : first.content();
        add(g, p, Vocab.LABEL, NodeFactory.createLiteralLang(first.eventType().orElseThrow() + ": " + content, "en"));
        add(g, p, NG.eventType, string(first.eventType().orElseThrow()));
        Set<Node> docs = new LinkedHashSet<>();
        Set<Node> outlets = new LinkedHashSet<>();
        Set<Node> speakers = new TreeSet<>(Comparator.comparing(Node::toString));
        Set<Node> sources = new TreeSet<>(Comparator.comparing(Node::toString));
        for (ClaimRecord c : members) {
            add(g, c.claim(), NG.expresses, p);
            docs.add(c.doc());
            c.outlet().ifPresent(outlets::add);
            speakers.addAll(c.speakers());
            c.speakers().forEach(s -> sources.add(hierarchy.source(s)));
            c.participants().forEach(x -> add(g, p, NG.participant, x));
            c.places().forEach(x -> add(g, p, NG.place, x));
        }
        time(members).ifPresent(t -> {
            add(g, p, NG.timeFrom, date(t.from()));
            add(g, p, NG.timeTo, date(t.to()));
        });
        add(g, p, NG.claimCount, integer(members.size()));
        add(g, p, NG.documentCount, integer(docs.size()));
        add(g, p, NG.outletCount, integer(outlets.size()));
        add(g, p, NG.speakerCount, integer(speakers.size()));
        add(g, p, NG.sourceCount, integer(sources.size()));
        sources.forEach(s -> add(g, p, NG.source, s));
        add(g, p, NG.sourcing, string(docs.size() == 1 ? "single" : sources.size() > 1 ? "independent" : "relayed"));
        Optional<LocalDate> firstDay = members.stream().flatMap(c -> c.issued().stream()).min(Comparator.naturalOrder());
        firstDay.ifPresent(d -> {
            add(g, p, NG.firstReported, date(d));
            members.stream().filter(c -> c.issued().equals(firstDay)).map(ClaimRecord::doc).distinct()
                    .forEach(doc -> add(g, p, NG.firstReportedIn, doc));
        });
    }

    /** The days the members' events span: those whose content dates them, else all dated ones. */
    private static Optional<TimeSpan> time(List<ClaimRecord> members) {
        List<TimeSpan> stated = members.stream().flatMap(c -> c.time().stream())
                .filter(t -> t.precision() == TimeSpan.Precision.STATED).toList();
        List<TimeSpan> spans = stated.isEmpty() ? members.stream().flatMap(c -> c.time().stream()).toList() : stated;
        if (spans.isEmpty()) {
            return Optional.empty();
        }
        LocalDate from = spans.stream().map(TimeSpan::from).min(Comparator.naturalOrder()).orElseThrow();
        LocalDate to = spans.stream().map(TimeSpan::to).max(Comparator.naturalOrder()).orElseThrow();
        return Optional.of(new TimeSpan(from, to, spans.get(0).precision(), ""));
    }

    private static void add(Graph g, Node s, Node p, Node o) {
        g.add(Triple.create(s, p, o));
    }

    private static Node string(String s) {
        return NodeFactory.createLiteralString(s);
    }

    private static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }

    private static Node date(LocalDate d) {
        return NodeFactory.createLiteralDT(d.toString(), XSDDatatype.XSDdate);
    }
}
