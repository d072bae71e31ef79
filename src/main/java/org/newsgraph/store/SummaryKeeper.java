package org.newsgraph.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.newsgraph.rdf.NG;
import org.newsgraph.rdf.Vocab;

/**
 * The summary graph kept by the embedded store as it writes, in Java: the same records and totals
 * that {@code summary-refresh.ru} gives (a test holds the two to each other), at a fraction of its cost,
 * because a document's records are worked out from the graph in hand and the totals it touches are
 * moved once per {@link #flush}, not looked up once per record.
 *
 * <p>Call {@link #takeOff} for a stored document before its graph is replaced or dropped, {@link #putOn}
 * after its new graph is written, and {@link #flush} before the transaction commits.
 */
final class SummaryKeeper {
    private static final String NS = Vocab.SUMMARY;
    private static final String BASE = "https://w3id.org/newsgraph/summary/";
    private static final Node G = SummaryGraph.NAME;
    private static final Node DOCUMENT_RECORD = ngs("DocumentRecord");
    private static final Node EDGE_RECORD = ngs("EdgeRecord");
    private static final Node CLAIM_RECORD = ngs("ClaimRecord");
    private static final Node MENTION_TOTAL = ngs("MentionTotal");
    private static final Node EDGE_TOTAL = ngs("EdgeTotal");
    private static final Node CLAIM_TOTAL = ngs("ClaimTotal");
    private static final Node DOCUMENT = ngs("document");
    private static final Node ENTITY = ngs("entity");
    private static final Node OUTLET = ngs("outlet");
    private static final Node DATE = ngs("date");
    private static final Node COUNT = ngs("count");
    private static final Node DOCUMENT_COUNT = ngs("documentCount");
    private static final Node MENTION_COUNT = ngs("mentionCount");
    private static final Node SUBJECT = ngs("subject");
    private static final Node RELATION = ngs("relation");
    private static final Node OBJECT = ngs("object");
    private static final Node SPEAKER = ngs("speaker");
    private static final Node STANCE = ngs("stance");
    private static final Node LABEL = ngs("label");
    private static final Node NAME = ngs("name");
    private static final Node TYPE = ngs("type");
    private static final Set<Node> LISTED_CLASSES = Set.of(NG.State, NG.Organization, NG.ArmedGroup,
            NG.Person, NG.Place);

    /** Literals as SPARQL's MIN compares them: by their text, then language tag, then datatype. */
    private static final Comparator<Node> LABEL_ORDER = Comparator.comparing(Node::getLiteralLexicalForm)
            .thenComparing(Node::getLiteralLanguage).thenComparing(Node::getLiteralDatatypeURI);

    /** What a total's key says of it, kept so that a total met for the first time can be written whole. */
    private record Key(Node type, List<Node[]> properties) {
    }

    /** Counts and documents to add to each total (or entity), in the order first met. */
    private final Map<Node, long[]> totalChanges = new LinkedHashMap<>();
    private final Map<Node, Key> keys = new HashMap<>();
    private final Map<Node, long[]> entityChanges = new LinkedHashMap<>();

    private static Node ngs(String local) {
        return NodeFactory.createURI(NS + local);
    }

    /** Takes a stored document's records off its totals and drops them; call before its graph goes. */
    void takeOff(DatasetGraph dsg, Node doc) {
        List<Node> outlets = objects(dsg, G, doc, OUTLET);
        List<Quad> dropped = new ArrayList<>();
        dsg.find(G, doc, Node.ANY, Node.ANY).forEachRemaining(dropped::add);
        dsg.find(G, Node.ANY, DOCUMENT, doc).forEachRemaining(q -> {
            Node r = q.getSubject();
            long count = count(dsg, r);
            Node entity = first(dsg, r, ENTITY);
            if (entity != null) {
                mention(entity, outlets, -count, -1);
            } else if (dsg.contains(G, r, Vocab.RDF_TYPE, EDGE_RECORD)) {
                edge(first(dsg, r, SUBJECT), first(dsg, r, RELATION), first(dsg, r, OBJECT), -count, -1);
            } else if (dsg.contains(G, r, Vocab.RDF_TYPE, CLAIM_RECORD)) {
                claim(first(dsg, r, SPEAKER), first(dsg, r, STANCE), objects(dsg, G, r, OUTLET), -count, -1);
            }
            dsg.find(G, r, Node.ANY, Node.ANY).forEachRemaining(dropped::add);
        });
        dropped.forEach(dsg::delete);
    }

    /** Writes the records of a document whose graph was just written and puts them on its totals. */
    void putOn(DatasetGraph dsg, Node doc, Graph graph) {
        List<Node> outlets = graph.find(doc, NG.outlet, Node.ANY).mapWith(Triple::getObject).toList();
        List<Node> dates = graph.find(doc, Vocab.DCT_ISSUED, Node.ANY).mapWith(Triple::getObject).toList();
        if (graph.contains(doc, Vocab.RDF_TYPE, NG.Document)) {
            dsg.add(G, doc, Vocab.RDF_TYPE, DOCUMENT_RECORD);
            dates.forEach(d -> dsg.add(G, doc, DATE, d));
            outlets.forEach(o -> dsg.add(G, doc, OUTLET, o));
        }
        Map<Node, Long> mentions = new LinkedHashMap<>();
        graph.find(Node.ANY, NG.refersTo, Node.ANY).forEachRemaining(t -> mentions.merge(t.getObject(), 1L, Long::sum));
        mentions.forEach((e, n) -> {
            Node r = hashed("mention-record/", doc, e);
            dsg.add(G, r, DOCUMENT, doc);
            dsg.add(G, r, ENTITY, e);
            dsg.add(G, r, COUNT, integer(n));
            mention(e, outlets, n, 1);
        });
        Map<List<Node>, Long> edges = new LinkedHashMap<>();
        graph.find(Node.ANY, Vocab.RDF_TYPE, NG.RelationStatement).forEachRemaining(st -> {
            Node s = st.getSubject();
            for (Node a : objects(graph, s, Vocab.RDF_SUBJECT)) {
                for (Node rel : objects(graph, s, Vocab.RDF_PREDICATE)) {
                    for (Node b : objects(graph, s, Vocab.RDF_OBJECT)) {
                        edges.merge(List.of(a, rel, b), 1L, Long::sum);
                    }
                }
            }
        });
        edges.forEach((k, n) -> {
            Node r = hashed("edge-record/", doc, k.get(0), k.get(1), k.get(2));
            record(dsg, r, EDGE_RECORD, doc, n, outlets, dates, SUBJECT, k.get(0), RELATION, k.get(1), OBJECT, k.get(2));
            edge(k.get(0), k.get(1), k.get(2), n, 1);
        });
        Map<List<Node>, Long> claims = new LinkedHashMap<>();
        for (Node stance : List.of(NG.claims, NG.denies)) {
            graph.find(Node.ANY, stance, Node.ANY).forEachRemaining(t -> claims.merge(List.of(t.getSubject(), stance), 1L, Long::sum));
        }
        claims.forEach((k, n) -> {
            Node r = hashed("claim-record/", doc, k.get(0), k.get(1));
            record(dsg, r, CLAIM_RECORD, doc, n, outlets, dates, SPEAKER, k.get(0), STANCE, k.get(1));
            claim(k.get(0), k.get(1), outlets, n, 1);
        });
    }

    /** Moves every total and entity met since the last flush by what was taken off and put on. */
    void flush(DatasetGraph dsg) {
        totalChanges.forEach((t, change) -> {
            if ((change[0] != 0 || change[1] != 0) && move(dsg, t, COUNT, change) == 0) {
                Key key = keys.get(t);
                dsg.add(G, t, Vocab.RDF_TYPE, key.type());
                key.properties().forEach(p -> dsg.add(G, t, p[0], p[1]));
            }
        });
        entityChanges.forEach((e, change) -> {
            if (move(dsg, e, MENTION_COUNT, change) >= 0) {
                names(dsg, e);
            }
        });
        totalChanges.clear();
        keys.clear();
        entityChanges.clear();
        dsg.add(SummaryGraph.versionQuad());
    }

    /**
     * The label, names and listed types that lists and search read, as the store has them now: a document
     * may have brought a name or taken one away. The label is the least of the entity's labels (as SPARQL's
     * MIN orders them), so it does not depend on the order documents came in.
     */
    private static void names(DatasetGraph dsg, Node e) {
        Set<Quad> wanted = new HashSet<>();
        Set<Node> labels = Tdb2TermKeys.distinctObjects(dsg, e, Vocab.LABEL);
        labels.stream().min(LABEL_ORDER).ifPresent(l -> wanted.add(Quad.create(G, e, LABEL, l)));
        labels.forEach(l -> wanted.add(Quad.create(G, e, NAME, l)));
        Tdb2TermKeys.distinctObjects(dsg, e, Vocab.ALT_LABEL).forEach(l -> wanted.add(Quad.create(G, e, NAME, l)));
        Tdb2TermKeys.distinctObjects(dsg, e, Vocab.RDF_TYPE).stream().filter(LISTED_CLASSES::contains)
                .forEach(c -> wanted.add(Quad.create(G, e, TYPE, c)));
        List<Quad> unwanted = new ArrayList<>();
        for (Node p : List.of(LABEL, NAME, TYPE)) {
            dsg.find(G, e, p, Node.ANY).forEachRemaining(q -> {
                if (!wanted.remove(q)) {
                    unwanted.add(q);
                }
            });
        }
        unwanted.forEach(dsg::delete);
        wanted.forEach(dsg::add);
    }

    private void mention(Node e, List<Node> outlets, long count, long docs) {
        for (Node o : outletsOrNone(outlets)) {
            Node t = hashed("mention-total/", e, o);
            change(t, count, docs, MENTION_TOTAL, ENTITY, e, OUTLET, o);
        }
        long[] c = entityChanges.computeIfAbsent(e, k -> new long[2]);
        c[0] += count;
        c[1] += docs;
    }

    private void edge(Node a, Node rel, Node b, long count, long docs) {
        change(hashed("edge-total/", a, rel, b), count, docs, EDGE_TOTAL, SUBJECT, a, RELATION, rel, OBJECT, b);
    }

    private void claim(Node speaker, Node stance, List<Node> outlets, long count, long docs) {
        for (Node o : outletsOrNone(outlets)) {
            change(hashed("claim-total/", speaker, stance, o), count, docs, CLAIM_TOTAL, SPEAKER, speaker, STANCE, stance,
                    OUTLET, o);
        }
    }

    /** A document without an outlet counts under the total that names none. */
    private static List<Node> outletsOrNone(List<Node> outlets) {
        return outlets.isEmpty() ? Collections.singletonList(null) : outlets;
    }

    private void change(Node total, long count, long docs, Node type, Node... properties) {
        long[] c = totalChanges.computeIfAbsent(total, k -> new long[2]);
        c[0] += count;
        c[1] += docs;
        keys.computeIfAbsent(total, k -> {
            List<Node[]> props = new ArrayList<>();
            for (int i = 0; i < properties.length; i += 2) {
                if (properties[i + 1] != null) {
                    props.add(new Node[] {properties[i], properties[i + 1]});
                }
            }
            return new Key(type, props);
        });
    }

    private static void record(DatasetGraph dsg, Node r, Node type, Node doc, long count, List<Node> outlets,
                               List<Node> dates, Node... properties) {
        dsg.add(G, r, Vocab.RDF_TYPE, type);
        dsg.add(G, r, DOCUMENT, doc);
        for (int i = 0; i < properties.length; i += 2) {
            dsg.add(G, r, properties[i], properties[i + 1]);
        }
        dsg.add(G, r, COUNT, integer(count));
        outlets.forEach(o -> dsg.add(G, r, OUTLET, o));
        dates.forEach(d -> dsg.add(G, r, DATE, d));
    }

    /**
     * Moves the count and documents of a total (or an entity) by {@code change}; returns the documents it
     * had before, or -1 when none is left and it is gone.
     */
    private static long move(DatasetGraph dsg, Node s, Node countProperty, long[] change) {
        Node oldCount = first(dsg, s, countProperty);
        Node oldDocs = first(dsg, s, DOCUMENT_COUNT);
        long docs = value(oldDocs) + change[1];
        if (docs == 0) {
            deleteAll(dsg, s);
            return -1;
        }
        if (change[0] != 0 || change[1] != 0) {
            replace(dsg, s, countProperty, oldCount, value(oldCount) + change[0]);
            replace(dsg, s, DOCUMENT_COUNT, oldDocs, docs);
        }
        return value(oldDocs);
    }

    private static void replace(DatasetGraph dsg, Node s, Node p, Node old, long value) {
        if (old != null) {
            dsg.delete(G, s, p, old);
        }
        dsg.add(G, s, p, integer(value));
    }

    private static void deleteAll(DatasetGraph dsg, Node s) {
        List<Quad> quads = new ArrayList<>();
        dsg.find(G, s, Node.ANY, Node.ANY).forEachRemaining(quads::add);
        quads.forEach(dsg::delete);
    }

    private static long count(DatasetGraph dsg, Node r) {
        return value(first(dsg, r, COUNT));
    }

    private static long value(Node literal) {
        return literal == null ? 0 : Long.parseLong(literal.getLiteralLexicalForm());
    }

    private static Node first(DatasetGraph dsg, Node s, Node p) {
        var found = dsg.find(G, s, p, Node.ANY);
        return found.hasNext() ? found.next().getObject() : null;
    }

    private static List<Node> objects(DatasetGraph dsg, Node g, Node s, Node p) {
        List<Node> out = new ArrayList<>();
        dsg.find(g, s, p, Node.ANY).forEachRemaining(q -> out.add(q.getObject()));
        return out;
    }

    private static List<Node> objects(Graph graph, Node s, Node p) {
        return graph.find(s, p, Node.ANY).mapWith(Triple::getObject).toList();
    }

    private static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }

    /** The IRI the SPARQL refresh gives the same key: SHA-1 of its terms' strings joined by spaces (none: ""). */
    static Node hashed(String kind, Node... terms) {
        StringBuilder key = new StringBuilder();
        for (int i = 0; i < terms.length; i++) {
            if (i > 0) {
                key.append(' ');
            }
            if (terms[i] != null) {
                key.append(terms[i].isLiteral() ? terms[i].getLiteralLexicalForm() : terms[i].getURI());
            }
        }
        try {
            byte[] sha1 = MessageDigest.getInstance("SHA-1").digest(key.toString().getBytes(StandardCharsets.UTF_8));
            return NodeFactory.createURI(BASE + kind + HexFormat.of().formatHex(sha1));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this Java has no SHA-1", e);
        }
    }
}
