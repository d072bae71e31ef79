package org.newsgraph.rdf;

import static org.newsgraph.rdf.ArticleGraphMapper.add;
import static org.newsgraph.rdf.ArticleGraphMapper.english;
import static org.newsgraph.rdf.ArticleGraphMapper.string;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.newsgraph.proposition.ClaimContent;
import org.newsgraph.proposition.Event;
import org.newsgraph.proposition.Marker;
import org.newsgraph.proposition.Quantity;
import org.newsgraph.proposition.TimeSpan;

/**
 * Adds what each claim says (event, participants, place, time, quantities, markers) to the claim's
 * node in its article's graph. A pure function, like {@link ArticleGraphMapper}: the cross-outlet
 * analysis reads these triples back from the store.
 */
public final class ClaimContentMapper {

    public void addTo(Graph g, Node doc, List<ClaimContent> contents) {
        for (ClaimContent c : contents) {
            if (c.content().isEmpty()) {
                continue;
            }
            Node claim = Iris.claim(doc, c.start(), c.end());
            add(g, claim, NG.content, english(c.content()));
            c.event().ifPresent(e -> event(g, claim, e));
            c.participants().forEach(p -> add(g, claim, NG.participant, Iris.entity(p)));
            c.agents().forEach(p -> add(g, claim, NG.agent, Iris.entity(p)));
            c.places().forEach(p -> add(g, claim, NG.place, Iris.entity(p)));
            c.time().ifPresent(t -> time(g, claim, t));
            for (int i = 0; i < c.quantities().size(); i++) {
                quantity(g, claim, NodeFactory.createURI(claim.getURI() + "/quantity/" + i), c.quantities().get(i));
            }
            for (Marker m : c.markers()) {
                add(g, claim, NG.marker, string(m.label()));
            }
            c.deniedSources().forEach(s -> add(g, claim, NG.deniedSource, Iris.entity(s)));
        }
    }

    private static void event(Graph g, Node claim, Event e) {
        add(g, claim, NG.eventType, string(e.type()));
        add(g, claim, NG.eventWord, english(e.word()));
        add(g, claim, NG.polarity, string(e.polarity().name().toLowerCase(Locale.ROOT)));
    }

    private static void time(Graph g, Node claim, TimeSpan t) {
        add(g, claim, NG.timeFrom, date(t.from()));
        add(g, claim, NG.timeTo, date(t.to()));
        add(g, claim, NG.timePrecision, string(t.precision().name().toLowerCase(Locale.ROOT)));
        if (!t.expression().isEmpty()) {
            add(g, claim, NG.timeExpression, english(t.expression()));
        }
    }

    private static void quantity(Graph g, Node claim, Node q, Quantity quantity) {
        add(g, claim, NG.quantity, q);
        add(g, q, Vocab.RDF_TYPE, NG.Quantity);
        add(g, q, NG.value, decimal(quantity.value()));
        add(g, q, NG.minValue, decimal(quantity.low()));
        add(g, q, NG.maxValue, decimal(quantity.high()));
        add(g, q, NG.unit, string(quantity.unit()));
        add(g, q, NG.text, english(quantity.text()));
    }

    static Node date(LocalDate d) {
        return NodeFactory.createLiteralDT(d.toString(), XSDDatatype.XSDdate);
    }

    /**
     * A decimal in the canonical form TDB2 gives back ("8000.0", not "8000"): Jena 5.6's TDB2 cannot delete
     * an inlined decimal stored in another form, so a replaced document would keep it.
     */
    static Node decimal(double v) {
        BigDecimal d = BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        return NodeFactory.createLiteralDT((d.scale() < 1 ? d.setScale(1) : d).toPlainString(), XSDDatatype.XSDdecimal);
    }
}
