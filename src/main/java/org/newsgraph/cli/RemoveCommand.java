package org.newsgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.newsgraph.analysis.CrossOutletAnalysis;
import org.newsgraph.link.Linking;
import org.newsgraph.pipeline.ProgressListener;
import org.newsgraph.pipeline.Removal;
import org.newsgraph.store.KnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "remove",
        header = "Removes articles from the store.",
        description = {
            "Removes the documents read from the given files, whole: each FILE is a path or a bare file name",
            "(a document is its file's base name, as for ingest; the file need not exist any more).",
            "Then rebuilds the cross-outlet analysis (unless --no-analysis) and links again, so decisions",
            "about entities no article names any more go too.",
            "To remove every document whose file is gone from a directory: newsgraph ingest --prune DIR."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  newsgraph remove 002_50bcb06095c7dcc2.txt",
            "  newsgraph remove --store http://127.0.0.1:3030/kg --password-file users.txt old/a.txt old/b.txt"
        },
        mixinStandardHelpOptions = true)
final class RemoveCommand implements Callable<Integer> {

    @Mixin
    StoreOptions storeOptions;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "the article files (or their names) to remove")
    List<Path> files;

    @Option(names = "--no-analysis",
            description = "leave the cross-outlet analysis as it was, counting the removed documents' claims, until "
                    + "newsgraph analyse (or an ingest or removal without this option) brings it up to date: for "
                    + "removals in several runs of a large store")
    boolean noAnalysis;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ProgressListener progress = ProgressBar.onTerminal(System.err);
        try (KnowledgeStore store = storeOptions.openExisting()) {
            List<String> removed = Removal.remove(store, files);
            Set<String> gone = new HashSet<>(removed);
            for (Path f : files) {
                String name = f.getFileName().toString();
                out.printf(Locale.ROOT, "%-9s %s%n", gone.contains(name) ? "removed" : "not stored", name);
            }
            out.printf(Locale.ROOT, "documents: %,d removed; store: %s%s%n", removed.size(), Sizes.describe(store),
                    store.compactIfWorthIt(progress::stage) ? ", compacted" : "");
            if (!removed.isEmpty()) {
                if (noAnalysis) {
                    out.println(AnalyseCommand.LEFT_AS_IT_WAS);
                } else {
                    progress.stage(CrossOutletAnalysis.starting(store.documentCount()));
                    out.println(CrossOutletAnalysis.load().rebuild(store).summary());
                }
                out.println(Linking.offline(LinkCommand.overrides(null), w -> err.println("warning: " + w))
                        .run(store, false).summary());
            }
        }
        return 0;
    }
}
