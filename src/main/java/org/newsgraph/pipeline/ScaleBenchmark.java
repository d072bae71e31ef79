package org.newsgraph.pipeline;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.apache.jena.query.Query;
import org.newsgraph.document.ArticleFiles;
import org.newsgraph.link.LinkOverrides;
import org.newsgraph.link.Linking;
import org.newsgraph.store.KnowledgeStore;
import org.newsgraph.store.Tdb2Store;
import org.newsgraph.store.QueryException;
import org.newsgraph.store.QueryLibrary;
import org.newsgraph.store.RdfExporter;

/**
 * Ingest at scale: builds an N-article corpus of distinct copies of the given articles, ingests and
 * links it into a fresh store in one run as {@code newsgraph ingest} does, and measures throughput per
 * tenth of the corpus, peak heap, the store's size on disk during and after the run against the size
 * of its N-Quads export, and how long each shipped query takes warm.
 */
public final class ScaleBenchmark {

    /** Windows the run is measured in: tenths of the corpus. */
    public static final int WINDOWS = 10;
    /** How often the store's size on disk is sampled during the run. */
    private static final Duration SAMPLE_EVERY = Duration.ofSeconds(2);
    /** A shipped query slower than this is reported as stopped, so that one slow query does not hold up the report. */
    static final Duration QUERY_TIMEOUT = Duration.ofMinutes(2);

    /**
     * One tenth of the run.
     *
     * @param lastArticle   articles done at its end (1-based count)
     * @param storeBytes    the store's size on disk at its end
     */
    public record Window(int lastArticle, int articles, double seconds, long peakHeapBytes, long storeBytes) {
        public double articlesPerSecond() {
            return articles / seconds;
        }
    }

    /** A shipped query run twice; {@code seconds} is the second, warm run; {@code rows} is -1 when it was stopped. */
    public record QueryTime(String name, long rows, double seconds) {
        public boolean stopped() {
            return rows < 0;
        }
    }

    /**
     * The whole run.
     *
     * @param linkSeconds   the offline link run ingest ends with
     * @param peakHeapBytes the most heap in use at any time, linking included
     * @param maxStoreBytes the largest the store was on disk at any sample, compactions included
     */
    public record Result(IngestReport ingest, List<Window> windows, double linkSeconds, long peakHeapBytes,
                         long maxStoreBytes, long storeBytes, long nquadsBytes, List<QueryTime> queries) {
        public Result {
            windows = List.copyOf(windows);
            queries = List.copyOf(queries);
        }
    }

    private final Stages stages;
    private final PipelineConfig config;

    public ScaleBenchmark(Stages stages, PipelineConfig config) {
        this.stages = stages;
        this.config = config;
    }

    /**
     * Writes {@code articles} copies of the articles under {@code sources} to {@code corpusDir}, each
     * made distinct by a first line of its own, ingests them into a new store in {@code storeDir} and
     * measures; {@code closed} is told of each tenth as it ends.
     */
    public Result run(List<Path> sources, int articles, Path corpusDir, Path storeDir, Consumer<Window> closed) {
        writeCorpus(ArticleFiles.list(sources).files(), articles, corpusDir);
        Windows windows = new Windows(articles, closed);
        ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "newsgraph-bench-sampler");
            t.setDaemon(true);
            return t;
        });
        try (Tdb2Store store = Tdb2Store.openOrCreate(storeDir)) {
            AtomicLong maxStore = new AtomicLong();
            sampler.scheduleAtFixedRate(() -> maxStore.accumulateAndGet(store.sizeOnDisk(), Math::max),
                    0, SAMPLE_EVERY.toMillis(), TimeUnit.MILLISECONDS);
            Heap.resetPeaks();
            IngestReport report = new Ingestion(stages, config).ingest(List.of(corpusDir), store,
                    (done, total) -> windows.progress(done, total, store));
            long linkStart = System.nanoTime();
            Linking.offline(LinkOverrides.standard(), w -> { }).run(store, false);
            double linkSeconds = (System.nanoTime() - linkStart) / 1e9;
            long peakHeap = Math.max(Heap.peak(), windows.done.stream().mapToLong(Window::peakHeapBytes).max().orElse(0));
            sampler.shutdownNow();
            long storeBytes = store.sizeOnDisk();
            maxStore.accumulateAndGet(storeBytes, Math::max);
            return new Result(report, windows.done, linkSeconds, peakHeap, maxStore.get(), storeBytes, nquadsBytes(store),
                    queryTimes(store));
        } finally {
            sampler.shutdownNow();
        }
    }

    /** Copy {@code i / sources} of source {@code i % sources}, so every tenth holds the same mix of articles. */
    private static void writeCorpus(List<Path> sources, int articles, Path dir) {
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("no .txt articles to copy");
        }
        try {
            Files.createDirectories(dir);
            for (int i = 0; i < articles; i++) {
                Path source = sources.get(i % sources.size());
                int copy = i / sources.size();
                Files.writeString(dir.resolve(String.format("c%05d-%s", copy, source.getFileName())), "Copy " + copy + " of this article.\n" + Files.readString(source),
                        StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the benchmark corpus in " + dir + ": " + e.getMessage(), e);
        }
    }

    private static long nquadsBytes(KnowledgeStore store) {
        CountingStream counted = new CountingStream();
        new RdfExporter(store).export(RdfExporter.Format.NQUADS, counted);
        return counted.bytes;
    }

    private static List<QueryTime> queryTimes(KnowledgeStore store) {
        List<QueryTime> times = new ArrayList<>();
        for (QueryLibrary.NamedQuery q : QueryLibrary.shipped().all()) {
            if (!q.needsNetwork()) {
                try {
                    rows(store, q);
                    long start = System.nanoTime();
                    long rows = rows(store, q);
                    times.add(new QueryTime(q.name(), rows, (System.nanoTime() - start) / 1e9));
                } catch (QueryException e) {
                    if (!e.timedOut()) {
                        throw e;
                    }
                    times.add(new QueryTime(q.name(), -1, QUERY_TIMEOUT.toSeconds()));
                }
            }
        }
        return times;
    }

    /** Runs a shipped query to its last row; the rows are counted, not printed. */
    private static long rows(KnowledgeStore store, QueryLibrary.NamedQuery q) {
        Query query = QueryLibrary.parse(q.sparql());
        return store.query(query, QUERY_TIMEOUT, exec -> {
            long n = 0;
            for (var rows = exec.execSelect(); rows.hasNext(); rows.next()) {
                n++;
            }
            return n;
        });
    }

    /** Closes a window at each tenth of the corpus. Called on the ingest's writer thread only. */
    private static final class Windows {
        final List<Window> done = new ArrayList<>();
        final int total;
        long windowStart = System.nanoTime();
        int windowFirst;

        final Consumer<Window> closed;

        Windows(int total, Consumer<Window> closed) {
            this.total = total;
            this.closed = closed;
        }

        void progress(int articles, int ignored, Tdb2Store store) {
            int boundary = (int) ((long) total * (done.size() + 1) / WINDOWS);
            if (articles < boundary) {
                return;
            }
            long now = System.nanoTime();
            Window w = new Window(articles, articles - windowFirst, (now - windowStart) / 1e9, Heap.peak(),
                    store.sizeOnDisk());
            done.add(w);
            closed.accept(w);
            Heap.resetPeaks();
            windowStart = now;
            windowFirst = articles;
        }
    }

    /** Counts what is written and throws it away. */
    private static final class CountingStream extends OutputStream {
        long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }
}
