package org.newsgraph.analysis;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.newsgraph.rdf.NG;
import org.newsgraph.rdf.Vocab;
import org.newsgraph.store.TermKeys;

/**
 * What the analysis graph says of itself: a digest of what it was made from, and what it counts. An
 * ingest whose store gives the digest stored keeps the graph instead of making it again: run a second
 * time over 100,000 unchanged articles, an ingest spent 154 of its 172 s on an analysis that came out
 * the same. The digest covers each document's IRI and content hash (which changes whenever its graph is
 * replaced), the hierarchy of actors and places read from the catalogue and the documents, and
 * {@link #VERSION}; a store changed behind it (a removal, an ingest that died before its analysis)
 * gives another digest.
 *
 * @param inputs the digest, {@code sha256:} and 64 hex digits
 */
record AnalysisStamp(String inputs, int claims, int propositions, int shared, int contradictions, int disputes,
                     int nameUses) {
    /** Raised when the analysis makes another graph of the same documents, so that stores analysed before are analysed again. */
    static final int VERSION = 1;

    private static final Node INPUTS = term("analysedInputs");
    /** The counts' predicates, in the order of the record's components. */
    private static final List<Node> COUNTS = List.of(term("claimCount"), term("propositionCount"),
            term("sharedPropositionCount"), term("contradictionCount"), term("disputeCount"), term("nameUseCount"));

    private static Node term(String name) {
        return NodeFactory.createURI(Vocab.SUMMARY + name);
    }

    /** The digest of what the analysis of this store reads, taken in the read that gives {@code keys}. */
    static String digest(TermKeys keys, Hierarchy hierarchy) {
        List<String> documents = new ArrayList<>();
        keys.scan(NG.contentHash, (g, s, o) -> documents.add(keys.term(g).getURI() + " "
                + keys.term(o).getLiteralLexicalForm()));
        // sorted, so that the order of ingest (and of the store's index) does not count
        Collections.sort(documents);
        MessageDigest sha = sha256();
        sha.update(("newsgraph analysis " + VERSION + "\n").getBytes(StandardCharsets.UTF_8));
        for (String d : documents) {
            sha.update((d + "\n").getBytes(StandardCharsets.UTF_8));
        }
        sha.update(hierarchy.canonical().getBytes(StandardCharsets.UTF_8));
        return "sha256:" + HexFormat.of().formatHex(sha.digest());
    }

    /** Adds the stamp to the analysis graph, about the graph itself. */
    void addTo(Graph g) {
        Node graph = CrossOutletAnalysis.GRAPH;
        g.add(Triple.create(graph, INPUTS, NodeFactory.createLiteralString(inputs)));
        int[] counts = {claims, propositions, shared, contradictions, disputes, nameUses};
        for (int i = 0; i < counts.length; i++) {
            g.add(Triple.create(graph, COUNTS.get(i), NodeFactory.createLiteralDT(Integer.toString(counts[i]),
                    XSDDatatype.XSDinteger)));
        }
    }

    /** The stamp of the stored analysis graph; empty when it has none (a store analysed before stamps were kept). */
    static Optional<AnalysisStamp> read(DatasetGraph dsg) {
        Node graph = CrossOutletAnalysis.GRAPH;
        Map<Node, Node> found = new HashMap<>();
        dsg.find(graph, graph, Node.ANY, Node.ANY).forEachRemaining(q -> found.put(q.getPredicate(), q.getObject()));
        Node inputs = found.get(INPUTS);
        if (inputs == null || !inputs.isLiteral()) {
            return Optional.empty();
        }
        int[] n = new int[COUNTS.size()];
        for (int i = 0; i < n.length; i++) {
            Node value = found.get(COUNTS.get(i));
            if (value == null || !value.isLiteral() || !value.getLiteralLexicalForm().matches("\\d{1,9}")) {
                // not a stamp this version wrote: make the graph again rather than trust it
                return Optional.empty();
            }
            n[i] = Integer.parseInt(value.getLiteralLexicalForm());
        }
        return Optional.of(new AnalysisStamp(inputs.getLiteralLexicalForm(), n[0], n[1], n[2], n[3], n[4], n[5]));
    }

    /** The report of an analysis kept as it was, after {@code elapsed} spent finding that it could be. */
    AnalysisReport kept(Duration elapsed) {
        return new AnalysisReport(claims, propositions, shared, contradictions, disputes, nameUses, false, true, elapsed,
                new AnalysisReport.Phases(elapsed, Duration.ZERO, Duration.ZERO, Duration.ZERO));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
