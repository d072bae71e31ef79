package org.newsgraph.rdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;

/** The ontology shipped in {@code ontology/newsgraph.ttl}, stored in a graph of its own so queries and shapes see the class hierarchy. */
public final class Ontology {
    public static final Node GRAPH = NodeFactory.createURI(Iris.GRAPH + "ontology");
    static final String RESOURCE = "/ontology/newsgraph.ttl";

    private Ontology() {
    }

    public static Graph graph() {
        return parse(RESOURCE);
    }

    /** Parses a Turtle resource from the jar. */
    public static Graph parse(String resource) {
        try (InputStream in = Ontology.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the jar; rebuild with mvn package");
            }
            return RDFParser.source(in).lang(Lang.TURTLE).toGraph();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
