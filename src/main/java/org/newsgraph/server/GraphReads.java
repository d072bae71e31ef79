package org.newsgraph.server;

import java.util.Iterator;
import org.apache.jena.fuseki.servlets.GSP_R;
import org.apache.jena.fuseki.servlets.GSP_RW;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.web.HttpNames;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * What a Graph Store Protocol read sees: {@code ?default} is the union of all graphs, as the query
 * endpoint's default graph is, and no answer holds more than the row cap's triples (or quads, for the
 * whole dataset); a cut answer carries the {@link QueryService#HEADER} header, as a capped query does.
 * Each answer is copied out of the store up to the cap, so a large graph costs the server no more
 * than the cap.
 */
final class GraphReads {
    private GraphReads() {
    }

    /** Graph Store reads only. */
    static final class ReadOnly extends GSP_R {
        private final long maxRows;

        ReadOnly(long maxRows) {
            this.maxRows = maxRows;
        }

        @Override
        protected DatasetGraph decideDataset(HttpAction action) {
            return capped(action, super.decideDataset(action), maxRows);
        }
    }

    /** Graph Store reads and writes ({@code --allow-update}); writes go to the store as they are. */
    static final class ReadWrite extends GSP_RW {
        private final long maxRows;

        ReadWrite(long maxRows) {
            this.maxRows = maxRows;
        }

        @Override
        protected DatasetGraph decideDataset(HttpAction action) {
            DatasetGraph store = super.decideDataset(action);
            String method = action.getRequestMethod();
            boolean read = HttpNames.METHOD_GET.equals(method) || HttpNames.METHOD_HEAD.equals(method);
            return read ? capped(action, store, maxRows) : store;
        }
    }

    static DatasetGraph capped(HttpAction action, DatasetGraph store, long maxRows) {
        if (action.getRequestQueryString() == null) {
            return firstQuads(action, store, maxRows);
        }
        return new DatasetGraphWrapper(store) {
            @Override
            public Graph getDefaultGraph() {
                return firstTriples(action, store.getUnionGraph(), maxRows);
            }

            @Override
            public Graph getGraph(Node graphNode) {
                return firstTriples(action, store.getGraph(graphNode), maxRows);
            }
        };
    }

    private static Graph firstTriples(HttpAction action, Graph graph, long maxRows) {
        Graph copy = GraphFactory.createDefaultGraph();
        Iterator<Triple> triples = graph.find();
        while (triples.hasNext() && copy.size() < maxRows) {
            copy.add(triples.next());
        }
        if (triples.hasNext()) {
            action.setResponseHeader(QueryService.HEADER, Long.toString(maxRows));
        }
        return copy;
    }

    private static DatasetGraph firstQuads(HttpAction action, DatasetGraph store, long maxRows) {
        DatasetGraph copy = DatasetGraphFactory.create();
        Iterator<Quad> quads = store.find();
        long n = 0;
        while (quads.hasNext() && n < maxRows) {
            copy.add(quads.next());
            n++;
        }
        if (quads.hasNext()) {
            action.setResponseHeader(QueryService.HEADER, Long.toString(maxRows));
        }
        return copy;
    }
}
