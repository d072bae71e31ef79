package org.newsgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newsgraph.document.ArticleFiles;
import org.newsgraph.document.InputRejectedException;
import org.newsgraph.document.PlainTextReader;
import org.newsgraph.link.LinkOverrides;
import org.newsgraph.link.Linking;
import org.newsgraph.pipeline.IngestReport;
import org.newsgraph.pipeline.Ingestion;
import org.newsgraph.pipeline.PipelineConfig;
import org.newsgraph.pipeline.Removal;
import org.newsgraph.pipeline.Stages;
import org.newsgraph.store.Change;
import org.newsgraph.store.KnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "ingest",
        header = "Reads article files into the store.",
        description = {
            "Reads news articles (UTF-8 .txt files, or directories of them) into the store.",
            "Unchanged files are skipped, changed files replace their document, bad files are",
            "reported and the rest go on. A write transaction holds --batch documents, or three times as",
            "many as the store held when it began if that is more; an interrupted ingest keeps what was",
            "committed and, run again, carries on from there."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  newsgraph ingest seeds/",
            "  newsgraph ingest --store /tmp/kg ../shared/corpora/fakes/articles",
            "  newsgraph ingest --threads 4 article1.txt article2.txt"
        },
        mixinStandardHelpOptions = true)
final class IngestCommand implements Callable<Integer> {

    @Mixin
    StoreOptions storeOptions;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "article files (.txt) and directories to read")
    List<Path> paths;

    @Option(names = "--threads", paramLabel = "N", description = "NLP worker threads (default: one per core)")
    Integer threads;

    @Option(names = "--batch", paramLabel = "N", defaultValue = "" + PipelineConfig.DEFAULT_BATCH,
            description = "documents per write transaction at least (default: ${DEFAULT-VALUE})")
    int batch;

    @Option(names = "--max-file-size", paramLabel = "BYTES", defaultValue = "" + PlainTextReader.DEFAULT_MAX_BYTES,
            description = "reject files larger than this (default: ${DEFAULT-VALUE})")
    long maxFileBytes;

    @Option(names = "--prune", description = "also remove stored documents whose files the PATHs no longer hold")
    boolean prune;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        PipelineConfig config = new PipelineConfig((int) atLeastOne("--threads", workers),
                (int) atLeastOne("--batch", batch), atLeastOne("--max-file-size", maxFileBytes));
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        LinkOverrides overrides = LinkCommand.overrides(null);
        ArticleFiles.Listing listing = ArticleFiles.list(paths);
        if (listing.files().isEmpty()) {
            // Nothing to read: say why before creating a store the user did not mean to make.
            listing.problems().forEach(p -> err.println("rejected  " + p.getMessage()));
            throw new UserError("nothing to ingest; give .txt article files or directories that hold them");
        }
        if (prune && !listing.problems().isEmpty()) {
            // A path that is missing would make every document under it look deleted.
            listing.problems().forEach(p -> err.println("rejected  " + p.getMessage()));
            throw new UserError("--prune needs every PATH to be readable: it removes what the paths no longer hold");
        }
        IngestReport report;
        try (KnowledgeStore store = storeOptions.open(true)) {
            report = new Ingestion(Stages.load(), config).ingest(listing, store, ProgressBar.onTerminal(System.err));
            print(report, store, out, err);
            if (prune) {
                List<String> removed = Removal.prune(store, listing.files());
                removed.stream().limit(IngestReport.LISTED_UP_TO).forEach(f -> out.println("removed   " + f));
                out.printf(Locale.ROOT, "pruned: %,d document%s whose file is gone%n", removed.size(),
                        removed.size() == 1 ? "" : "s");
                store.compactIfWorthIt();
            }
            out.println(Linking.offline(overrides, w -> err.println("warning: " + w)).run(store, false).summary());
        }
        return report.rejected().isEmpty() ? 0 : 1;
    }

    private long atLeastOne(String option, long value) {
        if (value < 1) {
            throw new ParameterException(spec.commandLine(), option + " must be at least 1, got " + value);
        }
        return value;
    }

    private static void print(IngestReport r, KnowledgeStore store, PrintWriter out, PrintWriter err) {
        if (r.stored().size() <= IngestReport.LISTED_UP_TO) {
            for (IngestReport.StoredDocument d : r.stored()) {
                String detail = d.change() == Change.UNCHANGED ? "already stored"
                        : String.format(Locale.ROOT, "%,d sentences, %,d triples", d.sentences(), d.quads());
                out.printf(Locale.ROOT, "%-9s %s  %s%s%n", d.change().name().toLowerCase(Locale.ROOT), d.fileName(), detail,
                        d.title().isEmpty() ? "" : "  \"" + d.title() + "\"");
            }
        }
        for (InputRejectedException e : r.rejected()) {
            err.println("rejected  " + e.getMessage());
        }
        double seconds = r.elapsed().toMillis() / 1000.0;
        out.printf(Locale.ROOT, "documents: %d added, %d replaced, %d unchanged, %d rejected%n",
                r.added(), r.replaced(), r.unchanged(), r.rejected().size());
        out.printf(Locale.ROOT, "%,d sentences, %,d quads written in %d transaction%s; %.1f s, %.1f articles/s%n",
                r.sentences(), r.quadsWritten(), r.transactions(), r.transactions() == 1 ? "" : "s", seconds,
                r.articlesPerSecond());
        out.printf(Locale.ROOT, "store: %s%s%n", Sizes.describe(store), r.compacted() ? ", compacted" : "");
    }
}
