package org.newsgraph.store;

import java.util.Objects;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

/**
 * Everything read from one article, ready to store: its graph name (the document IRI), the file name
 * and content hash that decide whether a stored copy is current, and the triples.
 */
public record DocumentGraph(Node name, String fileName, String hash, Graph graph) {
    public DocumentGraph {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(graph, "graph");
        if (!name.isURI()) {
            throw new IllegalArgumentException("graph name must be an IRI, got " + name);
        }
    }
}
