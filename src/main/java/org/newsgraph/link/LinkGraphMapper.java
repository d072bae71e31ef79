package org.newsgraph.link;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.newsgraph.link.LinkDecision.ScoredCandidate;
import org.newsgraph.rdf.Iris;
import org.newsgraph.rdf.NG;
import org.newsgraph.rdf.Vocab;

/**
 * Turns decisions into the triples of the links graph: one {@code ng:LinkDecision} per entity with
 * its candidates, {@code owl:sameAs} for each link, {@code geo:lat}/{@code geo:long} for places. A
 * pure function: the same decisions give the same triples.
 */
public final class LinkGraphMapper {
    static final String DECISION = Iris.BASE + "link/";

    private LinkGraphMapper() {
    }

    /**
     * @param decisions   one per entity considered
     * @param coordinates coordinates to give places, by entity
     */
    public static Graph map(List<LinkDecision> decisions, Map<Node, Coordinates> coordinates) {
        Graph g = GraphFactory.createDefaultGraph();
        for (LinkDecision d : decisions) {
            Node node = decisionIri(d.entity());
            add(g, node, Vocab.RDF_TYPE, NG.LinkDecision);
            add(g, node, NG.linkedEntity, d.entity());
            add(g, node, NG.outcome, NodeFactory.createLiteralString(d.outcome().term()));
            add(g, node, NG.linkSource, NodeFactory.createLiteralString(d.source()));
            add(g, node, NG.reason, NodeFactory.createLiteralString(d.reason()));
            add(g, node, NG.score, decimal(d.score(), 3));
            if (d.links()) {
                add(g, node, NG.wikidataItem, item(d.qid()));
                add(g, d.entity(), Vocab.SAME_AS, item(d.qid()));
            }
            for (ScoredCandidate c : d.alternatives()) {
                Node cand = NodeFactory.createURI(node.getURI() + "/candidate/" + c.candidate().qid());
                add(g, node, NG.alternative, cand);
                add(g, cand, Vocab.RDF_TYPE, NG.LinkCandidate);
                add(g, cand, NG.wikidataItem, item(c.candidate().qid()));
                add(g, cand, Vocab.LABEL, NodeFactory.createLiteralLang(c.candidate().label(), "en"));
                add(g, cand, NG.matchedName, NodeFactory.createLiteralString(c.candidate().matchedName()));
                add(g, cand, NG.score, decimal(c.score(), 3));
                add(g, cand, NG.reason, NodeFactory.createLiteralString(c.reason()));
            }
        }
        coordinates.forEach((entity, at) -> {
            add(g, entity, Vocab.GEO_LAT, decimal(at.latitude(), 5));
            add(g, entity, Vocab.GEO_LONG, decimal(at.longitude(), 5));
        });
        return g;
    }

    /** The decision's IRI: beside the entity's key for catalogue-style IRIs, else a name-based UUID. */
    static Node decisionIri(Node entity) {
        String iri = entity.getURI();
        String key = iri.startsWith(Iris.ENTITY) && iri.length() > Iris.ENTITY.length()
                ? iri.substring(Iris.ENTITY.length())
                : "x-" + UUID.nameUUIDFromBytes(iri.getBytes(StandardCharsets.UTF_8));
        return NodeFactory.createURI(DECISION + key);
    }

    static Node item(String qid) {
        return NodeFactory.createURI(Vocab.WIKIDATA_ENTITY + qid);
    }

    /**
     * A decimal in the canonical form TDB2 stores ("1.0", "36.2"), so a graph read back is isomorphic
     * with the one written and an unchanged rerun writes nothing.
     */
    static Node decimal(double value, int places) {
        BigDecimal d = BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_UP).stripTrailingZeros();
        String lexical = (d.scale() <= 0 ? d.setScale(1) : d).toPlainString();
        return NodeFactory.createLiteralDT(lexical, XSDDatatype.XSDdecimal);
    }

    private static void add(Graph g, Node s, Node p, Node o) {
        g.add(Triple.create(s, p, o));
    }
}
