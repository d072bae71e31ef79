package org.newsgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.newsgraph.analysis.AnalysisReport;
import org.newsgraph.document.ArticleFiles;
import org.newsgraph.document.DateOrder;
import org.newsgraph.document.InputRejectedException;
import org.newsgraph.document.Inputs;
import org.newsgraph.document.MetadataFile;
import org.newsgraph.document.OutletTable;
import org.newsgraph.document.PlainTextReader;
import org.newsgraph.document.TableReader;
import org.newsgraph.link.LinkOverrides;
import org.newsgraph.link.Linking;
import org.newsgraph.pipeline.ArticleLimits;
import org.newsgraph.pipeline.IngestReport;
import org.newsgraph.pipeline.Ingestion;
import org.newsgraph.pipeline.PipelineConfig;
import org.newsgraph.pipeline.Removal;
import org.newsgraph.store.Change;
import org.newsgraph.store.KnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "ingest",
        header = "Reads article files into the store.",
        description = {
            "Reads news articles into the store: UTF-8 .txt files, web pages (.html, .htm; the article",
            "text without navigation, share buttons and other headlines), directories of these, and",
            "records files with an article per record and its metadata (.jsonl, .json, .csv, .tsv;",
            "- reads records from standard input). Unchanged articles are skipped, changed ones",
            "replace their document, bad ones are reported and the rest go on. A write transaction",
            "holds --batch documents, or three times as many as the store held when it began if that",
            "is more; an interrupted ingest keeps what was committed and, run again, carries on from there."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  newsgraph ingest seeds/",
            "  newsgraph ingest --metadata ../shared/corpora/fakes/metadata.tsv ../shared/corpora/fakes/articles",
            "  newsgraph ingest --store /tmp/kg ../shared/corpora/fakes/articles",
            "  newsgraph ingest --threads 4 article1.txt article2.txt",
            "  newsgraph ingest - < scrape.jsonl        # a JSON object per line: id, text, outlet, date, ...",
            "  newsgraph ingest --no-analysis part1/ && newsgraph ingest --no-analysis part2/",
            "  newsgraph analyse                        # once, after the last part"
        },
        mixinStandardHelpOptions = true)
final class IngestCommand implements Callable<Integer> {

    @Mixin
    StoreOptions storeOptions;

    @Parameters(arity = "1..*", paramLabel = "PATH",
            description = "article files (.txt, .html), directories of them, records files (.jsonl, .json, .csv, .tsv) or -")
    List<Path> paths;

    @Mixin
    RulesOption rulesOption;

    @Option(names = "--threads", paramLabel = "N",
            description = "NLP worker threads, and the most the cross-outlet analysis uses (default: one per core)")
    Integer threads;

    @Option(names = "--batch", paramLabel = "N", defaultValue = "" + PipelineConfig.DEFAULT_BATCH,
            description = "documents per write transaction at least (default: ${DEFAULT-VALUE})")
    int batch;

    @Option(names = "--max-file-size", paramLabel = "BYTES", defaultValue = "" + PlainTextReader.DEFAULT_MAX_BYTES,
            description = "reject files larger than this (default: ${DEFAULT-VALUE})")
    long maxFileBytes;

    @Option(names = "--max-sentences", paramLabel = "N", defaultValue = "" + ArticleLimits.DEFAULT_SENTENCES,
            description = "reject an article of more sentences (default: ${DEFAULT-VALUE})")
    int maxSentences;

    @Option(names = "--max-mentions", paramLabel = "N", defaultValue = "" + ArticleLimits.DEFAULT_MENTIONS,
            description = "reject an article of more mentions of actors and places (default: ${DEFAULT-VALUE})")
    int maxMentions;

    @Option(names = "--max-quads", paramLabel = "N", defaultValue = "" + ArticleLimits.DEFAULT_QUADS,
            description = "reject an article whose graph has more quads (default: ${DEFAULT-VALUE})")
    int maxQuads;

    @Option(names = "--max-article-time", paramLabel = "SECONDS", defaultValue = "" + ArticleLimits.DEFAULT_SECONDS,
            description = "reject an article whose analysis takes longer, checked between stages (default: ${DEFAULT-VALUE})")
    int maxArticleSeconds;

    @Option(names = "--metadata", paramLabel = "FILE",
            description = "metadata for the articles: a .csv, .tsv, .json or .jsonl table with a row per article "
                    + "naming its file and giving any of title, outlet, date, url, language, author; it wins over what "
                    + "the articles' texts suggest")
    Path metadata;

    @Option(names = "--date-order", paramLabel = "ORDER", defaultValue = "MDY",
            description = "how to read all-numeric dates in metadata and records such as 4/5/17: MDY (5 April, as in "
                    + "the US and FA-KES), DMY (4 May) or YMD (default: ${DEFAULT-VALUE}); 2017-04-05 is always year-first")
    DateOrder dateOrder;

    @Option(names = "--stdin-format", paramLabel = "FORMAT", defaultValue = "jsonl",
            description = "the records format of standard input, given as the path -: jsonl (a JSON object per line), "
                    + "json, csv or tsv (default: ${DEFAULT-VALUE})")
    TableReader.Format stdinFormat;

    @ParentCommand
    Main main;

    @Option(names = "--prune", description = "first remove the stored documents whose files the PATHs no longer hold")
    boolean prune;

    @Option(names = "--no-analysis",
            description = "leave the cross-outlet analysis (propositions, contradictions, framing) as it was, for a corpus "
                    + "loaded in several ingests: it reads every claim of the store, about 90 s at 100,000 articles however "
                    + "few an ingest adds. Until newsgraph analyse (or an ingest without this option) brings it up to "
                    + "date, queries and the page read the analysis of the store as it was")
    boolean noAnalysis;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        ArticleLimits limits = new ArticleLimits((int) atLeastOne("--max-sentences", maxSentences),
                (int) atLeastOne("--max-mentions", maxMentions), (int) atLeastOne("--max-quads", maxQuads),
                Duration.ofSeconds(atLeastOne("--max-article-time", maxArticleSeconds)));
        PipelineConfig config = new PipelineConfig((int) atLeastOne("--threads", workers),
                (int) atLeastOne("--batch", batch), atLeastOne("--max-file-size", maxFileBytes), limits);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        LinkOverrides overrides = LinkCommand.overrides(null);
        Optional<MetadataFile> given = readMetadata();
        ArticleFiles.Listing listing = ArticleFiles.list(paths);
        if (listing.files().isEmpty()) {
            // Nothing to read: say why before creating a store the user did not mean to make.
            listing.problems().forEach(p -> err.println("rejected  " + p.getMessage()));
            listing.notes().forEach(n -> err.println("note      " + n));
            throw new UserError("nothing to ingest; give article files (.txt, .html), records files (.jsonl, .csv, ...) or"
                    + " directories of articles");
        }
        if (prune && !listing.problems().isEmpty()) {
            // A path that is missing would make every document under it look deleted.
            listing.problems().forEach(p -> err.println("rejected  " + p.getMessage()));
            throw new UserError("--prune needs every PATH to be readable: it removes what the paths no longer hold");
        }
        if (prune && listing.files().stream().map(p -> p.getFileName().toString())
                .anyMatch(name -> name.equals("-") || TableReader.Format.of(name).isPresent())) {
            // A records file names its documents inside, so its absence from the listing proves nothing.
            throw new UserError("--prune works on article files and directories of them, not on records files or "
                    + "standard input; remove documents by name with newsgraph remove");
        }
        IngestReport report;
        try (Inputs inputs = Inputs.builder(listing).maxBytes(config.maxFileBytes()).metadata(given).dateOrder(dateOrder)
                .stdin(main.stdin(), stdinFormat).build();
             KnowledgeStore store = storeOptions.open(true)) {
            if (prune) {
                // First, so that the analysis and links the ingest ends with already leave the pruned out.
                prune(listing, store, out);
            }
            Ingestion ingestion = new Ingestion(rulesOption.stages(), config);
            report = (noAnalysis ? ingestion.withoutAnalysis() : ingestion).ingest(inputs, store,
                    ProgressBar.onTerminal(System.err));
            print(report, store, out, err);
            out.println(report.analysis().map(AnalysisReport::summary).orElse(AnalyseCommand.LEFT_AS_IT_WAS));
            out.println(Linking.offline(overrides, w -> err.println("warning: " + w)).run(store, false).summary());
        }
        return report.clean() ? 0 : 1;
    }

    /** Removes the stored documents whose files the listing no longer holds. */
    private static void prune(ArticleFiles.Listing listing, KnowledgeStore store, PrintWriter out) {
        List<String> removed = Removal.prune(store, listing.files());
        removed.stream().limit(IngestReport.LISTED_UP_TO).forEach(f -> out.println("removed   " + f));
        out.printf(Locale.ROOT, "pruned: %,d document%s whose file is gone%n", removed.size(), removed.size() == 1 ? "" : "s");
    }

    /** Reads --metadata before any work, so a file that cannot be read stops the ingest at once. */
    private Optional<MetadataFile> readMetadata() {
        if (metadata == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(MetadataFile.read(metadata, dateOrder, OutletTable.shipped()));
        } catch (InputRejectedException e) {
            throw new UserError(e.getMessage());
        }
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
                        : String.format(Locale.ROOT, "%,d sentences, %,d quads", d.sentences(), d.quads());
                out.printf(Locale.ROOT, "%-9s %s  %s%s%n", d.change().name().toLowerCase(Locale.ROOT), d.fileName(), detail,
                        d.title().isEmpty() ? "" : "  \"" + d.title() + "\"");
            }
        }
        for (InputRejectedException e : r.rejected()) {
            err.println("rejected  " + e.getMessage());
        }
        for (InputRejectedException e : r.warnings()) {
            err.println("warning   " + e.getMessage());
        }
        for (String note : r.notes()) {
            err.println("note      " + note);
        }
        double seconds = r.elapsed().toMillis() / 1000.0;
        out.printf(Locale.ROOT, "documents: %,d added, %,d replaced, %,d unchanged, %,d rejected%n",
                r.added(), r.replaced(), r.unchanged(), r.rejected().size());
        out.printf(Locale.ROOT, "%,d sentences, %,d quads written in %d transaction%s; %.1f s, %.1f articles/s%n",
                r.sentences(), r.quadsWritten(), r.transactions(), r.transactions() == 1 ? "" : "s", seconds,
                r.articlesPerSecond());
        out.printf(Locale.ROOT, "store: %s%s%n", Sizes.describe(store), r.compacted() ? ", compacted" : "");
    }
}
