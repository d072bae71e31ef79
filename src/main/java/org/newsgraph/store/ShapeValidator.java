package org.newsgraph.store;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.path.P_Link;
import org.apache.jena.sparql.path.Path;
import org.newsgraph.rdf.Ontology;
import org.newsgraph.rdf.Vocab;

/** Checks the store against the SHACL shapes in {@code ontology/shapes.ttl}. */
public final class ShapeValidator {

    /** One violation, readable on its own. */
    public record Violation(String focusNode, String path, String message) {
        @Override
        public String toString() {
            return focusNode + (path.isEmpty() ? "" : " " + path) + ": " + message;
        }
    }

    private static final String SHAPES = "/ontology/shapes.ttl";
    private static final PrefixMapping PREFIXES = Vocab.prefixes();

    private final Shapes shapes;

    public ShapeValidator() {
        shapes = Shapes.parse(Ontology.parse(SHAPES));
    }

    /** An IRI as ng:, doc:, entity: ... where a prefix fits, so each violation reads on one line. */
    private static String shortForm(Node node) {
        return node.isURI() ? PREFIXES.shortForm(node.getURI()) : String.valueOf(node);
    }

    private static String path(Path path) {
        if (path == null) {
            return "";
        }
        return path instanceof P_Link link ? shortForm(link.getNode()) : path.toString();
    }

    /**
     * Validates the union of all graphs: entity descriptions and class axioms live in graphs of their
     * own. A remote store is first copied, graph by graph, into a scratch TDB2 store: the validator
     * asks many small patterns, which a local store answers in microseconds and HTTP in milliseconds.
     */
    public List<Violation> validate(KnowledgeStore store) {
        if (store instanceof Tdb2Store local) {
            return local.read(dsg -> validate(dsg.getUnionGraph()));
        }
        java.nio.file.Path scratch = scratchDirectory();
        try (Tdb2Store copy = Tdb2Store.openOrCreate(scratch)) {
            copy.copyFrom(store);
            return copy.read(dsg -> validate(dsg.getUnionGraph()));
        } finally {
            DiskUsage.delete(scratch);
        }
    }

    private List<Violation> validate(Graph union) {
        ValidationReport report = ShaclValidator.get().validate(shapes, union);
        List<Violation> out = new ArrayList<>();
        for (ReportEntry e : report.getEntries()) {
            out.add(new Violation(shortForm(e.focusNode()), path(e.resultPath()), e.message()));
        }
        return out;
    }

    private static java.nio.file.Path scratchDirectory() {
        try {
            return Files.createTempDirectory("newsgraph-validate");
        } catch (IOException e) {
            throw new StoreException("cannot make a scratch directory to validate in: " + e.getMessage(), e);
        }
    }
}
