package org.newsgraph.store;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.modify.request.QuadDataAcc;
import org.apache.jena.sparql.modify.request.Target;
import org.apache.jena.sparql.modify.request.UpdateDataInsert;
import org.apache.jena.sparql.modify.request.UpdateDrop;
import org.apache.jena.update.UpdateRequest;

/**
 * Documents sent to a remote store in SPARQL Update requests of a few dozen documents each: for every
 * document {@code DROP SILENT GRAPH <doc>; INSERT DATA { GRAPH <doc> { ... } }}, so each graph is
 * replaced whole and a request sent twice does no more than once. The store runs each request as a
 * whole; a batch as a whole is not one transaction, so a crash keeps the requests already sent.
 */
final class RemoteWriteBatch extends BaseWriteBatch {
    /**
     * Documents per request: about 300 quads each, so a request is a few megabytes, small enough for
     * any server's request limit, large enough that the round trip costs little.
     */
    static final int DOCUMENTS_PER_REQUEST = 50;

    private final RemoteStore store;
    private final List<DocumentGraph> pending = new ArrayList<>();
    private final List<Node> changed = new ArrayList<>();

    RemoteWriteBatch(RemoteStore store) {
        this.store = store;
    }

    @Override
    Written write(DocumentGraph doc) {
        Change change = store.storedHash(doc.fileName()).map(h -> h.equals(doc.hash()) ? Change.UNCHANGED : Change.REPLACED)
                .orElse(Change.ADDED);
        if (change == Change.UNCHANGED) {
            return new Written(change, 0);
        }
        pending.add(doc);
        changed.add(doc.name());
        if (pending.size() >= DOCUMENTS_PER_REQUEST) {
            send();
        }
        return new Written(change, doc.graph().size());
    }

    /** Sends what is pending, then brings the summary graph up to date for every document the batch wrote. */
    @Override
    void finish() {
        send();
        if (!changed.isEmpty()) {
            store.update(SummaryGraph.refresh(changed));
        }
    }

    /** Drops what was not sent. */
    @Override
    void giveUp() {
        pending.clear();
    }

    private void send() {
        if (pending.isEmpty()) {
            return;
        }
        UpdateRequest request = new UpdateRequest();
        pending.forEach(doc -> replace(request, doc.name(), doc.graph()));
        store.update(request);
        pending.clear();
    }

    /** Adds to {@code request} the two operations that make graph {@code name} hold exactly {@code graph}. */
    static void replace(UpdateRequest request, Node name, Graph graph) {
        request.add(new UpdateDrop(Target.create(name), true));
        QuadDataAcc data = new QuadDataAcc();
        graph.find().forEach(t -> data.addQuad(Quad.create(name, t)));
        request.add(new UpdateDataInsert(data));
    }
}
