package org.newsgraph.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.newsgraph.analysis.CrossOutletAnalysis;
import org.newsgraph.pipeline.ProgressListener;
import org.newsgraph.store.KnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "analyse", aliases = "analyze",
        header = "Brings the cross-outlet analysis up to date.",
        description = {
            "Groups the store's claims into propositions, links the claims that contradict or doubt",
            "one another and counts how each outlet names each actor: the analysis graph that the",
            "propositions, contradictions and framing queries and the page read. Every ingest and",
            "removal does this as it ends, unless given --no-analysis; after a corpus loaded in several",
            "such ingests, run it once. An analysis made from the store as it is now is kept; stats",
            "says whether it is."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  newsgraph ingest --no-analysis part1/ && newsgraph ingest --no-analysis part2/",
            "  newsgraph analyse",
            "  newsgraph analyse --store /tmp/kg --threads 1"
        },
        mixinStandardHelpOptions = true)
final class AnalyseCommand implements Callable<Integer> {

    /** What an ingest or removal that left the analysis for later prints in place of its summary. */
    static final String LEFT_AS_IT_WAS = "analysis: left as it was (--no-analysis), describing the store before this run;"
            + " newsgraph analyse brings it up to date";

    @Mixin
    StoreOptions storeOptions;

    @Option(names = "--threads", paramLabel = "N", description = "the most threads it groups claims on (default: one per core)")
    Integer threads;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (n < 1) {
            throw new ParameterException(spec.commandLine(), "--threads must be at least 1, got " + n);
        }
        PrintWriter out = spec.commandLine().getOut();
        ProgressListener progress = ProgressBar.onTerminal(System.err);
        try (KnowledgeStore store = storeOptions.openExisting()) {
            progress.stage(CrossOutletAnalysis.starting(store.documentCount()));
            out.println(CrossOutletAnalysis.load().onThreads(n).refresh(store).summary());
        }
        return 0;
    }
}
