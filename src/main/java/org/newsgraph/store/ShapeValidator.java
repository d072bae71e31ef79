package org.newsgraph.store;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.system.Txn;
import org.newsgraph.rdf.Ontology;

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

    private final Shapes shapes;

    public ShapeValidator() {
        shapes = Shapes.parse(Ontology.parse(SHAPES));
    }

    /** Validates the union of all graphs: entity descriptions and class axioms live in graphs of their own. */
    public List<Violation> validate(KnowledgeStore store) {
        var dsg = store.datasetGraph();
        return Txn.calculateRead(dsg, () -> {
            ValidationReport report = ShaclValidator.get().validate(shapes, dsg.getUnionGraph());
            List<Violation> out = new ArrayList<>();
            for (ReportEntry e : report.getEntries()) {
                out.add(new Violation(String.valueOf(e.focusNode()), e.resultPath() == null ? "" : e.resultPath().toString(),
                        e.message()));
            }
            return out;
        });
    }
}
