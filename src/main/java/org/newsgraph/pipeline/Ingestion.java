package org.newsgraph.pipeline;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.newsgraph.document.ArticleFiles;
import org.newsgraph.document.Document;
import org.newsgraph.document.InputRejectedException;
import org.newsgraph.document.PlainTextReader;
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

    public Ingestion(Stages stages, PipelineConfig config) {
        this.stages = stages;
        this.config = config;
    }

    /** A worker's answer for one file. */
    private sealed interface Outcome permits Analysed, Unchanged, Rejected {
    }

    /** What the writer needs of an analysed article; the annotation itself is dropped to save memory. */
    private record Analysed(DocumentGraph graph, int sentences, long tokens, String title) implements Outcome {
    }

    private record Unchanged(Document document) implements Outcome {
    }

    private record Rejected(InputRejectedException problem) implements Outcome {
    }

    /** Lists {@code paths} (see {@link ArticleFiles}) and ingests what they hold. */
    public IngestReport ingest(List<Path> paths, KnowledgeStore store, ProgressListener progress) {
        return ingest(ArticleFiles.list(paths), store, progress);
    }

    public IngestReport ingest(ArticleFiles.Listing listing, KnowledgeStore store, ProgressListener progress) {
        long started = System.nanoTime();
        store.ensureGraph(Ontology.GRAPH, Ontology.graph());
        store.ensureGraph(Iris.CATALOGUE_GRAPH, stages.catalogue().graph());
        Tally tally = new Tally(listing.problems());
        ExecutorService workers = Executors.newFixedThreadPool(config.threads(), r -> {
            Thread t = new Thread(r, "newsgraph-nlp");
            t.setDaemon(true);
            return t;
        });
        try {
            run(listing.files(), store, workers, tally, progress);
        } finally {
            workers.shutdownNow();
        }
        boolean compacted = store.compactIfWorthIt();
        return tally.report(compacted, Duration.ofNanos(System.nanoTime() - started));
    }

    private void run(List<Path> files, KnowledgeStore store, ExecutorService workers, Tally tally,
                     ProgressListener progress) {
        PlainTextReader reader = new PlainTextReader(config.maxFileBytes());
        ThreadLocal<Pipeline> pipelines = ThreadLocal.withInitial(stages::newPipeline);
        Deque<Future<Outcome>> inFlight = new ArrayDeque<>();
        int window = config.threads() * QUEUED_PER_THREAD;
        int next = 0;
        WriteBatch batch = null;
        long stored = store.documentCount();
        long batchSize = 0;
        try {
            while (next < files.size() || !inFlight.isEmpty()) {
                while (next < files.size() && inFlight.size() < window) {
                    Path file = files.get(next++);
                    inFlight.add(workers.submit(() -> analyse(file, reader, store, pipelines.get())));
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
                progress.progress(tally.done(), files.size());
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
    }

    /** Runs on a worker: the store is asked whether the file is stored already, so no list of them is kept. */
    private static Outcome analyse(Path file, PlainTextReader reader, KnowledgeStore store, Pipeline pipeline) {
        try {
            Document document = reader.read(file);
            if (store.storedHash(document.fileName()).filter(document.hash()::equals).isPresent()) {
                return new Unchanged(document);
            }
            ArticleResult result = pipeline.analyse(document);
            return new Analysed(result.graph(), result.sentences(), result.text().tokenCount(),
                    document.metadata().title().orElse(""));
        } catch (InputRejectedException e) {
            return new Rejected(e);
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
        final List<InputRejectedException> rejected;
        final List<IngestReport.StoredDocument> stored = new ArrayList<>();
        WriteOutcome written = WriteOutcome.NONE;
        long sentences;
        long tokens;
        int transactions;
        int unchanged;
        int done;

        Tally(List<InputRejectedException> listingProblems) {
            rejected = new ArrayList<>(listingProblems);
        }

        void stored(Analysed a, Change change) {
            done++;
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

        int done() {
            return done;
        }

        IngestReport report(boolean compacted, Duration elapsed) {
            return new IngestReport(written.added(), written.replaced(), unchanged + written.unchanged(), rejected,
                    sentences, tokens, written.quadsWritten(), transactions, compacted, elapsed, stored);
        }
    }
}
