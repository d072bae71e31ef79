package org.newsgraph.pipeline;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
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
import org.newsgraph.store.DocumentGraph;
import org.newsgraph.store.KnowledgeStore;
import org.newsgraph.store.WriteOutcome;

/**
 * Ingests article files into a store: parallel NLP on all worker threads feeding one batched writer.
 * Files whose content hash is already stored are not analysed again. Each batch is one transaction,
 * so an interrupted ingest leaves every committed document whole and nothing else.
 */
public final class Ingestion {

    /** Quads written by one ingest above which the store is compacted afterwards. */
    static final long COMPACT_AFTER_QUADS = 500_000;

    private final Stages stages;
    private final PipelineConfig config;

    public Ingestion(Stages stages, PipelineConfig config) {
        this.stages = stages;
        this.config = config;
    }

    /** A worker's answer for one file. */
    private sealed interface Outcome permits Analysed, Unchanged, Rejected {
    }

    private record Analysed(ArticleResult result) implements Outcome {
    }

    private record Unchanged(Document document) implements Outcome {
    }

    private record Rejected(InputRejectedException problem) implements Outcome {
    }

    public IngestReport ingest(List<Path> paths, KnowledgeStore store, ProgressListener progress) {
        long started = System.nanoTime();
        ArticleFiles.Listing listing = ArticleFiles.list(paths);
        List<InputRejectedException> rejected = new ArrayList<>(listing.problems());
        store.ensureGraph(Ontology.GRAPH, Ontology.graph());
        store.ensureGraph(Iris.CATALOGUE_GRAPH, stages.catalogue().graph());
        Map<String, String> storedHashes = store.documentHashes();
        PlainTextReader reader = new PlainTextReader(config.maxFileBytes());
        ThreadLocal<Pipeline> pipelines = ThreadLocal.withInitial(stages::newPipeline);

        List<IngestReport.StoredDocument> stored = new ArrayList<>();
        List<ArticleResult> batch = new ArrayList<>();
        WriteOutcome written = WriteOutcome.NONE;
        long sentences = 0;
        long tokens = 0;
        int transactions = 0;
        int unchanged = 0;
        int total = listing.files().size();
        int done = 0;

        ExecutorService workers = Executors.newFixedThreadPool(config.threads(), r -> {
            Thread t = new Thread(r, "newsgraph-nlp");
            t.setDaemon(true);
            return t;
        });
        try {
            Deque<Future<Outcome>> inFlight = new ArrayDeque<>();
            int next = 0;
            int window = config.threads() * 4;
            while (next < total || !inFlight.isEmpty()) {
                while (next < total && inFlight.size() < window) {
                    Path file = listing.files().get(next++);
                    inFlight.add(workers.submit(() -> analyse(file, reader, storedHashes, pipelines.get())));
                }
                Outcome outcome = await(inFlight.removeFirst());
                done++;
                if (outcome instanceof Rejected r) {
                    rejected.add(r.problem());
                } else if (outcome instanceof Unchanged u) {
                    unchanged++;
                    stored.add(new IngestReport.StoredDocument(u.document().fileName(), IngestReport.Status.UNCHANGED,
                            0, 0, u.document().metadata().title().orElse("")));
                } else if (outcome instanceof Analysed a) {
                    batch.add(a.result());
                    sentences += a.result().sentences();
                    tokens += a.result().text().tokenCount();
                }
                if (batch.size() >= config.batchSize()) {
                    written = written.plus(write(store, batch, storedHashes, stored));
                    transactions++;
                    batch.clear();
                }
                progress.progress(done, total);
            }
            if (!batch.isEmpty()) {
                written = written.plus(write(store, batch, storedHashes, stored));
                transactions++;
            }
        } finally {
            workers.shutdownNow();
        }
        boolean compact = written.quadsWritten() > COMPACT_AFTER_QUADS || (written.replaced() > 0 && transactions > 1);
        if (compact) {
            store.compact();
        }
        return new IngestReport(written.added(), written.replaced(), unchanged + written.unchanged(), rejected,
                sentences, tokens, written.quadsWritten(), transactions, compact,
                Duration.ofNanos(System.nanoTime() - started), stored);
    }

    private static Outcome analyse(Path file, PlainTextReader reader, Map<String, String> storedHashes, Pipeline pipeline) {
        try {
            Document document = reader.read(file);
            if (document.hash().equals(storedHashes.get(document.fileName()))) {
                return new Unchanged(document);
            }
            return new Analysed(pipeline.analyse(document));
        } catch (InputRejectedException e) {
            return new Rejected(e);
        }
    }

    private static WriteOutcome write(KnowledgeStore store, List<ArticleResult> batch, Map<String, String> storedHashes,
                                      List<IngestReport.StoredDocument> stored) {
        List<DocumentGraph> graphs = batch.stream().map(ArticleResult::graph).toList();
        WriteOutcome outcome = store.write(graphs);
        for (ArticleResult r : batch) {
            IngestReport.Status status = storedHashes.containsKey(r.graph().fileName())
                    ? IngestReport.Status.REPLACED : IngestReport.Status.ADDED;
            stored.add(new IngestReport.StoredDocument(r.graph().fileName(), status, r.sentences(),
                    r.graph().graph().size(), r.text().document().metadata().title().orElse("")));
        }
        return outcome;
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
}
