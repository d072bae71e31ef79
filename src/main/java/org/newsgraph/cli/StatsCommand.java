package org.newsgraph.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.newsgraph.rdf.Vocab;
import org.newsgraph.store.KnowledgeStore;
import org.newsgraph.store.StoreStats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "stats",
        header = "Counts documents, quads, entities and statements.",
        description = "Counts what the store holds: documents, quads, entities by class, statements by predicate.",
        footerHeading = "%nExample:%n",
        footer = "  newsgraph stats --store store",
        mixinStandardHelpOptions = true)
final class StatsCommand implements Callable<Integer> {

    @Mixin
    StoreOptions storeOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (KnowledgeStore store = storeOptions.open(false)) {
            StoreStats s = StoreStats.of(store);
            out.printf(Locale.ROOT, "store       %s%n", Sizes.describe(store));
            out.printf(Locale.ROOT, "documents   %,d%n", s.documents());
            out.printf(Locale.ROOT, "sentences   %,d%n", s.sentences());
            out.printf(Locale.ROOT, "graphs      %,d%n", s.graphs());
            out.printf(Locale.ROOT, "quads       %,d%n", s.quads());
            out.println("entities by class:");
            for (Map.Entry<String, Long> e : s.entitiesByClass().entrySet()) {
                out.printf(Locale.ROOT, "  ng:%-14s %,d%n", e.getKey(), e.getValue());
            }
            out.println("statements by predicate:");
            var prefixes = Vocab.prefixes();
            for (Map.Entry<String, Long> e : s.quadsByPredicate().entrySet()) {
                out.printf(Locale.ROOT, "  %-26s %,d%n", prefixes.shortForm(e.getKey()), e.getValue());
            }
        }
        return 0;
    }
}
