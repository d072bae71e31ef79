package org.newsgraph.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.store.KnowledgeStore;
import org.newsgraph.store.ShapeValidator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "validate",
        header = "Checks the store against the SHACL shapes.",
        description = {
            "Checks the store against the SHACL shapes in ontology/shapes.ttl and lists each violation.",
            "Exit code 1 when there are violations."
        },
        footerHeading = "%nExample:%n",
        footer = "  newsgraph validate --store store",
        mixinStandardHelpOptions = true)
final class ValidateCommand implements Callable<Integer> {

    @Mixin
    StoreOptions storeOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<ShapeValidator.Violation> violations;
        try (KnowledgeStore store = storeOptions.open(false)) {
            violations = new ShapeValidator().validate(store);
        }
        for (ShapeValidator.Violation v : violations) {
            out.println(v);
        }
        if (violations.isEmpty()) {
            out.println("conforms: the store satisfies every shape in ontology/shapes.ttl");
            return 0;
        }
        throw new UserError(violations.size() + " SHACL violation" + (violations.size() == 1 ? "" : "s") + " (listed above)");
    }
}
