package org.newsgraph.link;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.newsgraph.rdf.Iris;
import org.newsgraph.rdf.Ontology;
import org.newsgraph.rdf.Vocab;

/**
 * Links against Wikidata facts held locally: the extract shipped in {@code ontology/wikidata/} or
 * the cached answers of an endpoint. Runs the same {@link CandidateQuery} a live endpoint gets.
 */
public final class ExtractLinker implements WikidataLinker {
    /** Source name of the shipped extract in decisions. */
    public static final String SHIPPED = "shipped extract";
    /** The graph the extract is stored in, so queries can join local entities with Wikidata facts. */
    public static final Node GRAPH = NodeFactory.createURI(Iris.GRAPH + "wikidata");
    static final String RESOURCE = "/ontology/wikidata/extract.ttl";
    private static final Node P625 = NodeFactory.createURI("http://www.wikidata.org/prop/direct/P625");

    private final Graph graph;
    private final String source;

    private ExtractLinker(Graph graph, String source) {
        this.graph = Objects.requireNonNull(graph, "graph");
        this.source = Objects.requireNonNull(source, "source");
    }

    /** The extract shipped in the jar. */
    public static ExtractLinker shipped() {
        return new ExtractLinker(Ontology.parse(RESOURCE), SHIPPED);
    }

    /** Facts in Wikidata's shape held in {@code graph}, attributed to {@code source}. */
    public static ExtractLinker of(Graph graph, String source) {
        return new ExtractLinker(graph, source);
    }

    /** The facts this linker answers from. */
    public Graph graph() {
        return graph;
    }

    @Override
    public List<LinkCandidate> candidates(SortedSet<String> names) {
        if (names.isEmpty()) {
            return List.of();
        }
        try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(DatasetGraphFactory.wrap(graph)))
                .query(CandidateQuery.forNames(new TreeSet<>(names))).build()) {
            return CandidateQuery.read(qe.execSelect(), source);
        }
    }

    /** The item's coordinates, if this linker has them. */
    public Optional<Coordinates> coordinatesOf(String qid) {
        Node item = NodeFactory.createURI(Vocab.WIKIDATA_ENTITY + LinkCandidate.requireQid(qid));
        return graph.find(item, P625, Node.ANY).toList().stream()
                .map(Triple::getObject).filter(Node::isLiteral)
                .map(o -> Coordinates.fromWkt(o.getLiteralLexicalForm()))
                .flatMap(Optional::stream).findFirst();
    }

    @Override
    public String source() {
        return source;
    }
}
