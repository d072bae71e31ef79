package org.newsgraph.pipeline;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.newsgraph.analysis.AnalysisReport;
import org.newsgraph.analysis.CrossOutletAnalysis;
import org.newsgraph.document.ArticleFiles;
import org.newsgraph.document.ArticleInput;
import org.newsgraph.document.Document;
import org.newsgraph.document.InputRejectedException;
import org.newsgraph.document.Inputs;
import org.newsgraph.rdf.Iris;
import org.newsgraph.rdf.Ontology;
import org.newsgraph.store.Change;
import org.newsgraph.store.DocumentGraph;
import org.newsgraph.store.KnowledgeStore;
import org.newsgraph.store.WriteBatch;
import org.newsgraph.store.WriteOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ingests article files into a store: parallel NLP on the worker threads feeding one writer, the
 * calling thread. Each article is put into the open write transaction as soon as it is analysed, in
 * input order, so memory holds only the articles in flight, and an interrupted ingest leaves every
 * committed document whole and nothing else. Files whose content hash is already stored are not
 * analysed again, so an interrupted ingest run again carries on where the last commit left it.
 * Afterwards the cross-outlet analysis graph is brought up to date: made again from the whole store, unless
 * the store holds what it was made from ({@link CrossOutletAnalysis#refresh}), or unless the ingest was made
 * {@link #withoutAnalysis()}: a rebuild reads every claim of the store, 90 s at 100,000 articles however few an
 * ingest adds, so a corpus loaded in many batches is better analysed once, after the last.
 *
 * <p>A transaction holds {@value #GROWTH} times as many documents as the store held when it began,
 * and at least the configured batch. TDB2 never overwrites a block: a commit leaves behind the old
 * copy of every block it changed, and a large transaction changes nearly every block the store had
 * when it began, however many documents it adds. So the space commits leave behind is about the sum
 * of the store's sizes when they began: with transactions growing threefold, a third of the final
 * store, where thousand-document transactions would leave many times the store. The price: an
 * interrupted run loses its open transaction, at most three quarters of the run's work, and run again
 * carries on from the last commit.
 */
public final class Ingestion {

    private static final Logger LOG = LoggerFactory.getLogger(Ingestion.class);

    /** How many times the documents stored when it begins a write transaction holds. */
    static final long GROWTH = 3;
    /** Articles queued per worker: enough to keep every core busy while the writer works. */
    private static final int QUEUED_PER_THREAD = 4;

    private final Stages stages;
    private final PipelineConfig config;
    private final CrossOutletAnalysis analysis;
    /** Whether the analysis is brought up to date at the end, or left for later. */
    private final boolean analyses;

    public Ingestion(Stages stages, PipelineConfig config) {
        this(stages, config, CrossOutletAnalysis.load().onThreads(config.threads()), true);
    }

    private Ingestion(Stages stages, PipelineConfig config, CrossOutletAnalysis analysis, boolean analyses) {
        this.stages = stages;
        this.config = config;
        this.analysis = analysis;
        this.analyses = analyses;
    }

    /**
     * The same ingest leaving the analysis graph as it was, describing the store before the ingest until an
     * ingest that analyses or {@link CrossOutletAnalysis#refresh} brings it up to date.
     */
    public Ingestion withoutAnalysis() {
        return new Ingestion(stages, config, analysis, false);
    }

    /** A worker's answer for one file. */
    private sealed interface Outcome permits Analysed, Unchanged, Rejected {
    }

    /**
     * What the writer needs of an analysed article; the annotation itself is dropped to save memory.
     *
     * @param replacing where the stored document it replaces was read from; empty when none is stored
     */
    private record Analysed(DocumentGraph graph, int sentences, long tokens, String title, String source,
                            Optional<String> replacing) implements Outcome {
    }

    private record Unchanged(Document document) implements Outcome {
    }

    private record Rejected(InputRejectedException problem) implements Outcome {
    }

    /** Lists {@code paths} (see {@link ArticleFiles}) and ingests what they hold. */
    public IngestReport ingest(List<Path> paths, KnowledgeStore store, ProgressListener progress) {
        try (Inputs inputs = Inputs.builder(ArticleFiles.list(paths)).maxBytes(config.maxFileBytes()).build()) {
            return ingest(inputs, store, progress);
        }
    }

    /** Ingests every article the inputs give, in their order. */
    public IngestReport ingest(Inputs inputs, KnowledgeStore store, ProgressListener progress) {
        long started = System.nanoTime();
        store.ensureGraph(Ontology.GRAPH, Ontology.graph());
        store.ensureGraph(Iris.CATALOGUE_GRAPH, stages.catalogue().graph());
        Tally tally = new Tally();
        ExecutorService workers = Executors.newFixedThreadPool(config.threads(), r -> {
            Thread t = new Thread(r, "newsgraph-nlp");
            t.setDaemon(true);
            return t;
        });
        try {
            run(inputs, store, workers, tally, progress);
        } finally {
            workers.shutdownNow();
        }
        tally.warnings.addAll(inputs.warnings());
        tally.notes.addAll(inputs.notes());
        Optional<AnalysisReport> analysed = Optional.empty();
        if (analyses) {
            progress.stage(CrossOutletAnalysis.starting(store.documentCount()));
            analysed = Optional.of(analysis.refresh(store));
        }
        long compacting = System.nanoTime();
        Optional<Duration> compaction = store.compactIfWorthIt(progress::stage)
                ? Optional.of(Duration.ofNanos(System.nanoTime() - compacting)) : Optional.empty();
        return tally.report(compaction, analysed, Duration.ofNanos(System.nanoTime() - started));
    }

    private void run(Inputs inputs, KnowledgeStore store, ExecutorService workers, Tally tally,
                     ProgressListener progress) {
        ThreadLocal<Pipeline> pipelines = ThreadLocal.withInitial(stages::newPipeline);
        Deque<Future<Outcome>> inFlight = new ArrayDeque<>();
        int window = config.threads() * QUEUED_PER_THREAD;
        WriteBatch batch = null;
        long stored = store.documentCount();
        long batchSize = 0;
        try {
            while (inputs.hasNext() || !inFlight.isEmpty()) {
                while (inputs.hasNext() && inFlight.size() < window) {
                    ArticleInput input = inputs.next();
                    inFlight.add(workers.submit(() -> analyse(input, store, pipelines.get(), config.limits())));
                }
                Outcome outcome = await(inFlight.removeFirst());
                if (outcome instanceof Analysed a) {
                    if (batch == null) {
                        batch = store.begin();
                        batchSize = Math.max(config.batchSize(), GROWTH * stored);
                    }
                    tally.stored(a, batch.put(a.graph()));
                    if (batch.size() >= batchSize) {
                        WriteOutcome committed = batch.commit();
                        stored += committed.added();
                        tally.committed(committed);
                        batch = null;
                    }
                } else {
                    tally.skipped(outcome);
                }
                progress.progress(tally.done(), (int) Math.min(Integer.MAX_VALUE, inputs.expected()));
            }
            if (batch != null) {
                tally.committed(batch.commit());
                batch = null;
            }
        } finally {
            if (batch != null) {
                batch.close();
            }
        }
        progress.progress(tally.done(), tally.done());
    }

    /** Runs on a worker: the store is asked whether the article is stored already, so no list of them is kept. */
    private static Outcome analyse(ArticleInput input, KnowledgeStore store, Pipeline pipeline, ArticleLimits limits) {
        try {
            Document document = input.read();
            Optional<String> stored = store.storedHash(document.fileName());
            if (stored.filter(document.hash()::equals).isPresent()) {
                return new Unchanged(document);
            }
            // Asked here, before the writer replaces it, and only for the few documents an ingest replaces.
            Optional<String> replacing = stored.isPresent() ? store.storedSource(document.fileName()) : Optional.empty();
            ArticleResult result = pipeline.analyse(document, limits);
            return new Analysed(result.graph(), result.sentences(), result.text().tokenCount(),
                    document.metadata().title().orElse(""), document.source(), replacing);
        } catch (InputRejectedException e) {
            return new Rejected(e);
        } catch (RuntimeException | StackOverflowError e) {
            // A bug that one article triggers must not cost the other articles of the batch.
            LOG.info("analysing {} failed", input.source(), e);
            return new Rejected(new InputRejectedException(input.source(), "internal error while analysing it ("
                    + e + "); please report it with this article and the output of -v"));
        }
    }

    private static Outcome await(Future<Outcome> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("ingest interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }

    /** The running totals of one ingest. */
    private static final class Tally {
        final List<InputRejectedException> rejected = new ArrayList<>();
        final List<InputRejectedException> warnings = new ArrayList<>();
        final List<String> notes = new ArrayList<>();
        final List<IngestReport.StoredDocument> stored = new ArrayList<>();
        WriteOutcome written = WriteOutcome.NONE;
        long sentences;
        long tokens;
        int transactions;
        int unchanged;
        int done;

        void stored(Analysed a, Change change) {
            done++;
            a.replacing().filter(before -> change == Change.REPLACED && !file(before).equals(file(a.source())))
                    .ifPresent(before -> notes.add(a.graph().fileName() + " read from " + a.source() + " replaces the "
                    + "document of that name read from " + before + "; a document is known by its file name, so rename "
                    + "one if they are two articles"));
            sentences += a.sentences();
            tokens += a.tokens();
            long quads = change == Change.UNCHANGED ? 0 : a.graph().graph().size();
            list(new IngestReport.StoredDocument(a.graph().fileName(), change, a.sentences(), quads, a.title()));
            LOG.info("{} {}: {} sentences, {} quads", change.name().toLowerCase(Locale.ROOT),
                    a.graph().fileName(), a.sentences(), quads);
        }

        void skipped(Outcome outcome) {
            done++;
            if (outcome instanceof Rejected r) {
                rejected.add(r.problem());
                LOG.info("rejected {}", r.problem().getMessage());
            } else if (outcome instanceof Unchanged u) {
                unchanged++;
                list(new IngestReport.StoredDocument(u.document().fileName(), Change.UNCHANGED, 0, 0,
                        u.document().metadata().title().orElse("")));
                LOG.info("unchanged {}", u.document().fileName());
            }
        }

        /** Keeps the first documents for the listing; a large ingest is summed up, not listed. */
        void list(IngestReport.StoredDocument document) {
            if (stored.size() <= IngestReport.LISTED_UP_TO) {
                stored.add(document);
            }
        }

        void committed(WriteOutcome outcome) {
            written = written.plus(outcome);
            transactions++;
            LOG.info("committed transaction {}: {} documents, {} quads", transactions, outcome.added()
                    + outcome.replaced() + outcome.unchanged(), outcome.quadsWritten());
        }

        /** The file part of a source: a records file's line does not make it another file. */
        private static String file(String source) {
            return source.replaceFirst(":\\d+$", "");
        }

        int done() {
            return done;
        }

        IngestReport report(Optional<Duration> compaction, Optional<AnalysisReport> analysis, Duration elapsed) {
            return new IngestReport(written.added(), written.replaced(), unchanged + written.unchanged(), rejected,
                    warnings, notes, sentences, tokens, written.quadsWritten(), transactions, compaction, analysis,
                    elapsed, stored);
        }
    }
}
