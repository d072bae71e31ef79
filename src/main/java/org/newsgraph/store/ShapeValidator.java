package org.newsgraph.store;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.path.P_Link;
import org.apache.jena.sparql.path.Path;
import org.apache.jena.system.Txn;
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

    /** Validates the union of all graphs: entity descriptions and class axioms live in graphs of their own. */
    public List<Violation> validate(KnowledgeStore store) {
        var dsg = store.datasetGraph();
        return Txn.calculateRead(dsg, () -> {
            ValidationReport report = ShaclValidator.get().validate(shapes, dsg.getUnionGraph());
            List<Violation> out = new ArrayList<>();
            for (ReportEntry e : report.getEntries()) {
                out.add(new Violation(shortForm(e.focusNode()), path(e.resultPath()), e.message()));
            }
            return out;
        });
    }
}
