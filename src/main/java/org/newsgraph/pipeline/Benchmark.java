package org.newsgraph.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.DoubleSupplier;
import java.util.function.Function;
import org.newsgraph.analysis.AnalysisReport;
import org.newsgraph.analysis.CrossOutletAnalysis;
import org.newsgraph.document.ArticleFiles;
import org.newsgraph.document.Document;
import org.newsgraph.document.InputRejectedException;
import org.newsgraph.document.Inputs;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.TextAnnotator;
import org.newsgraph.store.Tdb2Store;

/**
 * Measures ingest throughput against the raw OpenNLP throughput (sentences, tokens, POS) on the same
 * articles and threads, so the cost of everything else shows.
 */
public final class Benchmark {

    /** Throughput of one phase. */
    public record Phase(String name, int articles, long sentences, long tokens, long quads, double seconds, double cpuSeconds,
                        long peakHeapBytes) {
        public double articlesPerSecond() {
            return articles / seconds;
        }

        public double sentencesPerSecond() {
            return sentences / seconds;
        }

        public double tokensPerSecond() {
            return tokens / seconds;
        }

        public double quadsPerSecond() {
            return quads / seconds;
        }
    }

    /**
     * One measured ingest into a fresh store.
     *
     * @param analysis         the cross-outlet analysis the ingest ran at its end
     * @param writerCpuSeconds the CPU time of the ingest's writing thread: TDB2 writes, the summary's upkeep, the
     *                         cross-outlet analysis's reading and writing, and compaction, which only one thread
     *                         can do (the analysis groups claims and looks for disagreements on other threads)
     */
    public record Ingest(Phase phase, AnalysisReport analysis, long storeBytes, double writerCpuSeconds) {
    }

    /**
     * One measured pass of NLP with extraction.
     *
     * @param extractionPerNlp the time spent after NLP (mentions, entities, phrases, relations, claims, claim
     *                         contents, RDF) over the time spent in NLP: a ratio measured on the same articles at the
     *                         same moments, so a busy machine skews it less than phases
     */
    public record Extract(Phase phase, double extractionPerNlp) {
    }

    /**
     * Each phase's measured passes, in the order they ran, and a rebuild of the analysis on the last
     * ingest's finished store (what each later ingest that changes the store pays). The figures reported are each phase's median
     * pass: on a shared 2-core machine one pass of the same jar moved the ingest's ratio between 2.7x and
     * 3.5x, and the median of three moves less.
     */
    public record Result(List<Phase> nlps, List<Extract> extracts, List<Ingest> ingests, AnalysisReport rebuild,
                         int threads, WarmUps warmUps) {
        public Result {
            nlps = List.copyOf(nlps);
            extracts = List.copyOf(extracts);
            ingests = List.copyOf(ingests);
            if (nlps.isEmpty() || extracts.isEmpty() || ingests.isEmpty()) {
                throw new IllegalArgumentException("a benchmark measures each phase at least once");
            }
        }

        public Phase nlp() {
            return nlps.get(median(nlps.stream().map(Phase::seconds).toList()));
        }

        public Extract extract() {
            return extracts.get(median(extracts.stream().map(e -> e.phase().seconds()).toList()));
        }

        public Ingest ingest() {
            return ingests.get(median(ingests.stream().map(i -> i.phase().seconds()).toList()));
        }

        /** How much longer the full ingest takes than NLP alone. */
        public double overhead() {
            return ingest().phase().seconds() / nlp().seconds();
        }

        /** How much longer NLP plus extraction takes than NLP alone. */
        public double extractionOverhead() {
            return extract().phase().seconds() / nlp().seconds();
        }

        /** How much more CPU time the full ingest takes than NLP alone: what a machine with more cores still pays. */
        public double cpuOverhead() {
            return ingest().phase().cpuSeconds() / nlp().cpuSeconds();
        }

        /** The index of the median of some times (the lower middle one of an even number). */
        static int median(List<Double> seconds) {
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < seconds.size(); i++) {
                order.add(i);
            }
            order.sort(Comparator.comparingDouble(seconds::get));
            return order.get((order.size() - 1) / 2);
        }
    }

    private final Stages stages;
    private final PipelineConfig config;

    public Benchmark(Stages stages, PipelineConfig config) {
        this.stages = stages;
        this.config = config;
    }

    /**
     * How many passes warmed each phase up before it was measured: at least {@value #MIN_PASSES} (and
     * {@value #MIN_INGESTS} ingests into scratch stores), then more until one is less than 5 %
     * ({@link #STEADY}) faster than the one before. The JIT compiles the extraction over several passes:
     * on FA-KES the extract phase ran 50 % faster after eight passes than after one (287 against 190
     * articles/s), NLP alone hardly faster, so a single warm-up pass inflated the ratios against NLP; and
     * a pass slowed by the machine ended a warm-up that had no minimum after four passes, at 211.
     */
    public record WarmUps(int nlp, int extract, int ingest) {
    }

    /** A pass at most this much faster than the one before ends the warm-up: the code is compiled. */
    static final double STEADY = 0.05;
    static final int MIN_PASSES = 6;
    static final int MAX_PASSES = 12;
    static final int MIN_INGESTS = 3;
    static final int MAX_INGESTS = 6;
    /** Passes of each phase measured once it is warm; {@link Result} reports the median one. */
    static final int MEASURED = 3;

    /**
     * Runs NLP alone, then NLP with extraction, then the full ingest, each first warmed up (see {@link WarmUps})
     * and then measured {@value #MEASURED} times; the ingests, the warm-up ones too, write fresh stores under
     * {@code storeDir}, which must be new.
     */
    public Result run(List<Path> paths, Path storeDir) {
        List<Document> documents = read(paths);
        if (documents.isEmpty()) {
            throw new IllegalArgumentException("no readable articles under " + paths);
        }
        ThreadLocal<TextAnnotator> annotators = ThreadLocal.withInitial(stages.models()::newAnnotator);
        List<Pipeline> made = java.util.Collections.synchronizedList(new ArrayList<>());
        ThreadLocal<Pipeline> pipelines = ThreadLocal.withInitial(() -> {
            Pipeline p = stages.newPipeline();
            made.add(p);
            return p;
        });
        int nlpWarmUps = warmUp(MIN_PASSES, MAX_PASSES, () -> parallel("nlp", documents,
                d -> counts(annotators.get().annotate(d), 0)).seconds());
        List<Phase> nlps = new ArrayList<>();
        for (int k = 0; k < MEASURED; k++) {
            nlps.add(parallel("nlp", documents, d -> counts(annotators.get().annotate(d), 0)));
        }
        int extractWarmUps = warmUp(MIN_PASSES, MAX_PASSES, () -> parallel("extract", documents,
                d -> pipelines.get().analyse(d).text().tokenCount()).seconds());
        List<Extract> extracts = new ArrayList<>();
        for (int k = 0; k < MEASURED; k++) {
            long[] before = stageNanos(made);
            Phase extract = parallel("extract", documents, d -> {
                ArticleResult r = pipelines.get().analyse(d);
                return counts(r.text(), r.graph().graph().size());
            });
            long[] after = stageNanos(made);
            extracts.add(new Extract(extract, (double) (after[1] - before[1]) / (after[0] - before[0])));
        }
        int[] scratch = {0};
        int ingestWarmUps = warmUp(MIN_INGESTS, MAX_INGESTS, () -> {
            try (Tdb2Store store = Tdb2Store.openOrCreate(storeDir.resolve("warm-up-" + ++scratch[0]))) {
                return new Ingestion(stages, config).ingest(paths, store, ProgressListener.NONE).elapsed().toNanos() / 1e9;
            }
        });
        List<Ingest> ingests = new ArrayList<>();
        AnalysisReport rebuild = null;
        for (int k = 1; k <= MEASURED; k++) {
            Heap.resetPeaks();
            try (Tdb2Store store = Tdb2Store.openOrCreate(storeDir.resolve("measured-" + k))) {
                long cpu = Cpu.process();
                long writer = Cpu.thread();
                // Ingestion writes on the calling thread, so this thread's CPU time is the writer's.
                IngestReport report = new Ingestion(stages, config).ingest(paths, store, ProgressListener.NONE);
                double writerSeconds = (Cpu.thread() - writer) / 1e9;
                Phase ingest = new Phase("ingest", report.processed(), report.sentences(), report.tokens(),
                        report.quadsWritten(), report.elapsed().toNanos() / 1e9, (Cpu.process() - cpu) / 1e9, Heap.peak());
                ingests.add(new Ingest(ingest, report.analysis().orElseThrow(), store.sizeOnDisk(), writerSeconds));
                if (k == MEASURED) {
                    rebuild = CrossOutletAnalysis.load().onThreads(config.threads()).rebuild(store);
                }
            }
        }
        return new Result(nlps, extracts, ingests, rebuild, config.threads(),
                new WarmUps(nlpWarmUps, extractWarmUps, ingestWarmUps));
    }

    /** Runs at least {@code min} passes, then more until one is steady or {@code max} have run; returns how many ran. */
    static int warmUp(int min, int max, DoubleSupplier pass) {
        double last = pass.getAsDouble();
        int passes = 1;
        while (passes < max) {
            double seconds = pass.getAsDouble();
            passes++;
            if (passes >= min && seconds > last * (1 - STEADY)) {
                break;
            }
            last = seconds;
        }
        return passes;
    }

    private static long[] stageNanos(List<Pipeline> pipelines) {
        long[] sum = new long[2];
        synchronized (pipelines) {
            for (Pipeline p : pipelines) {
                long[] n = p.stageNanos();
                sum[0] += n[0];
                sum[1] += n[1];
            }
        }
        return sum;
    }

    private List<Document> read(List<Path> paths) {
        List<Document> documents = new ArrayList<>();
        try (Inputs inputs = Inputs.builder(ArticleFiles.list(paths)).maxBytes(config.maxFileBytes()).build()) {
            while (inputs.hasNext()) {
                try {
                    documents.add(inputs.next().read());
                } catch (InputRejectedException e) {
                    // The ingest phase reports rejections; the NLP phase measures what can be read.
                }
            }
        }
        return documents;
    }

    private static long[] counts(AnnotatedText t, long quads) {
        return new long[] {t.sentences().size(), t.tokenCount(), quads};
    }

    /** Runs {@code work} over every document on the configured threads; work returns sentences, tokens, quads. */
    private Phase parallel(String name, List<Document> documents, Function<Document, Object> work) {
        Heap.resetPeaks();
        AtomicLong sentences = new AtomicLong();
        AtomicLong tokens = new AtomicLong();
        AtomicLong quads = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(config.threads());
        long cpu = Cpu.process();
        long start = System.nanoTime();
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (Document d : documents) {
                futures.add(pool.submit(() -> {
                    if (work.apply(d) instanceof long[] c) {
                        sentences.addAndGet(c[0]);
                        tokens.addAndGet(c[1]);
                        quads.addAndGet(c[2]);
                    }
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("benchmark interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Phase(name, documents.size(), sentences.get(), tokens.get(), quads.get(), seconds,
                (Cpu.process() - cpu) / 1e9, Heap.peak());
    }
}
