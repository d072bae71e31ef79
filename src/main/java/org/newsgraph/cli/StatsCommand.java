package org.newsgraph.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.jena.shared.PrefixMapping;
import org.newsgraph.analysis.CrossOutletAnalysis;
import org.newsgraph.rdf.NG;
import org.newsgraph.rdf.Vocab;
import org.newsgraph.store.KnowledgeStore;
import org.newsgraph.store.StoreStats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "stats",
        header = "Counts documents, quads, entities and quads per predicate.",
        description = "Counts what the store holds: documents, quads, entities by class, quads by predicate.",
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
        StoreStats s;
        String where;
        CrossOutletAnalysis.State analysis;
        try (KnowledgeStore store = storeOptions.openExisting()) {
            s = StoreStats.of(store);
            where = Sizes.describe(store);
            analysis = CrossOutletAnalysis.state(store);
        }
        out.printf(Locale.ROOT, "store       %s%n", where);
        out.printf(Locale.ROOT, "documents   %,d%n", s.documents());
        out.printf(Locale.ROOT, "sentences   %,d%n", s.sentences());
        out.printf(Locale.ROOT, "graphs      %,d%n", s.graphs());
        out.printf(Locale.ROOT, "quads       %,d%n", s.quads());
        out.printf(Locale.ROOT, "analysis    %s%n", switch (analysis) {
            case CURRENT -> "up to date";
            case STALE -> "out of date: the store changed since it was made (or another version made it); newsgraph "
                    + "analyse brings it up to date";
            case NONE -> "none, or one made by a version that kept no account of its inputs; newsgraph analyse makes it";
        });
        PrefixMapping prefixes = Vocab.prefixes();
        Map<String, Long> classes = new LinkedHashMap<>();
        s.entitiesByClass().forEach((local, n) -> classes.put(name(prefixes, NG.NS + local), n));
        Map<String, Long> predicates = new LinkedHashMap<>();
        s.quadsByPredicate().forEach((iri, n) -> predicates.put(name(prefixes, iri), n));
        int width = 2 + Stream.concat(classes.keySet().stream(), predicates.keySet().stream())
                .mapToInt(String::length).max().orElse(0);
        out.println("entities by class:");
        classes.forEach((name, n) -> out.printf(Locale.ROOT, "  %-" + width + "s %,d%n", name, n));
        out.println("quads by predicate:");
        predicates.forEach((name, n) -> out.printf(Locale.ROOT, "  %-" + width + "s %,d%n", name, n));
        return 0;
    }

    /** A prefixed name where a prefix fits, else the IRI in angle brackets, as SPARQL writes it. */
    static String name(PrefixMapping prefixes, String iri) {
        String qname = prefixes.qnameFor(iri);
        return qname != null ? qname : "<" + iri + ">";
    }
}
