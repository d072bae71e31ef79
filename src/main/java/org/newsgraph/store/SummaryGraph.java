package org.newsgraph.store;

import org.newsgraph.rdf.Vocab;
import java.util.Collection;
import java.util.stream.Collectors;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.update.UpdateAction;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;
import org.newsgraph.rdf.Iris;

/**
 * The summary graph: what the web page's views aggregate, counted ahead of time so that each view
 * answers at once on a large store — mentions per entity (and per outlet), relation edges with their
 * counts per document, outlet and date, and claims per speaker, stance and outlet. Its terms are in
 * the {@value #NS} namespace; {@code summary-refresh.ru} beside this class documents its shape.
 *
 * <p>Totals are kept by difference: a document's records are taken off when it is replaced or removed
 * and put on when it is written, so keeping the summary costs what the changed documents hold, however
 * large the store. For a remote SPARQL server that is one SPARQL Update request, scoped to the documents
 * that changed: after a batch of documents was added, replaced or removed, run {@link #refresh(Collection)}
 * for their IRIs (removed ones included), in the batch's transaction or right after it. The embedded
 * store keeps the same records and totals in Java as it writes ({@link SummaryKeeper}), several times
 * faster; the SPARQL also rebuilds a store's summary whole.
 *
 * <pre>
 * UpdateRequest update = SummaryGraph.refresh(List.of(Iris.document("a.txt"), Iris.document("gone.txt")));
 * UpdateExecHTTP.service(endpoint).update(update).execute();    // or SummaryGraph.refresh(dsg, docs) locally
 * </pre>
 */
public final class SummaryGraph {
    /** Namespace of the summary's terms. */
    public static final String NS = Vocab.SUMMARY;
    /** The graph that holds the summary. */
    public static final Node NAME = NodeFactory.createURI(Iris.GRAPH + "summary");

    /** Raised when the summary's shape changes, so that a store summed the old way is summed again. */
    private static final int VERSION = 4;
    private static final Node VERSION_PROPERTY = NodeFactory.createURI(NS + "version");
    private static final String TEMPLATE = QueryLibrary.resource("/org/newsgraph/store/summary-refresh.ru")
            + " ;\nINSERT DATA { GRAPH " + NodeFmtLib.strNT(NAME) + " { " + NodeFmtLib.strNT(NAME) + " "
            + NodeFmtLib.strNT(VERSION_PROPERTY) + " " + VERSION + " } }";
    private static final String DOCUMENTS_LINE = "#DOCUMENTS";
    private static final String ALL_DOCUMENTS = "GRAPH ?doc { ?doc a ng:Document }";

    private SummaryGraph() {
    }

    /** The update that brings the summary up to date after these documents were added, replaced or removed. */
    public static UpdateRequest refresh(Collection<Node> documents) {
        if (documents.isEmpty()) {
            return new UpdateRequest();
        }
        String values = documents.stream().map(NodeFmtLib::strNT).distinct()
                .collect(Collectors.joining(" ", "VALUES ?doc { ", " }"));
        return UpdateFactory.create(TEMPLATE.replace(DOCUMENTS_LINE, values));
    }

    /** The update that builds the summary afresh from every document in the store. */
    public static UpdateRequest rebuild() {
        return UpdateFactory.create("DROP SILENT GRAPH " + NodeFmtLib.strNT(NAME) + " ;\n"
                + TEMPLATE.replace(DOCUMENTS_LINE, ALL_DOCUMENTS));
    }

    /** The quad that says the summary has the shape this version of newsgraph writes. */
    static Quad versionQuad() {
        return Quad.create(NAME, NAME, VERSION_PROPERTY,
                NodeFactory.createLiteralDT(Integer.toString(VERSION), XSDDatatype.XSDinteger));
    }

    /** Runs {@link #refresh(Collection)} on a local dataset, inside the caller's write transaction if one is open. */
    public static void refresh(DatasetGraph dataset, Collection<Node> documents) {
        apply(dataset, refresh(documents));
    }

    /**
     * Builds the summary afresh on a local dataset when it is missing or of an older shape, e.g. in a
     * store made before it existed; returns whether it did.
     */
    public static boolean ensure(DatasetGraph dataset) {
        boolean present = Txn.calculateRead(dataset, () -> dataset.contains(versionQuad())
                || !dataset.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY).hasNext());
        if (!present) {
            apply(dataset, rebuild());
        }
        return !present;
    }

    private static void apply(DatasetGraph dataset, UpdateRequest update) {
        if (dataset.isInTransaction()) {
            UpdateAction.execute(update, dataset);
        } else {
            Txn.executeWrite(dataset, () -> UpdateAction.execute(update, dataset));
        }
    }
}
