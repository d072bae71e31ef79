package org.newsgraph.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.newsgraph.pipeline.IngestReport;
import org.newsgraph.pipeline.PipelineConfig;
import org.newsgraph.pipeline.ScaleBenchmark;

/** Prints what {@code bench --scale} measured. */
final class ScaleReport {
    private ScaleReport() {
    }

    /** The table's head; print it before the run. */
    static void header(PrintWriter out) {
        out.printf(Locale.ROOT, "%-8s %10s %12s %10s %10s%n", "tenth", "articles", "articles/s", "peak heap", "store");
        out.flush();
    }

    /** One line per tenth, as it ends, so a long run shows how it goes. */
    static Consumer<ScaleBenchmark.Window> windows(PrintWriter out) {
        int[] n = {0};
        return w -> {
            n[0]++;
            out.printf(Locale.ROOT, "%-8s %,10d %12.1f %10s %10s%n", n[0] + "/" + ScaleBenchmark.WINDOWS, w.lastArticle(), w.articlesPerSecond(),
                    Sizes.human(w.peakHeapBytes()), Sizes.human(w.storeBytes()));
            out.flush();
        };
    }

    static void print(ScaleBenchmark.Result r, PipelineConfig config, PrintWriter out) {
        IngestReport ingest = r.ingest();
        List<ScaleBenchmark.Window> windows = r.windows();
        double seconds = ingest.elapsed().toNanos() / 1e9;
        out.printf(Locale.ROOT, "ingest: %,d added, %,d rejected in %.0f s (%.1f articles/s, %d thread%s), %,d quads in %d "
                + "transaction%s (--batch %,d)%s%n", ingest.added(), ingest.rejected().size(), seconds,
                ingest.articlesPerSecond(), config.threads(), config.threads() == 1 ? "" : "s", ingest.quadsWritten(),
                ingest.transactions(), ingest.transactions() == 1 ? "" : "s", config.batchSize(),
                ingest.compacted() ? ", compacted" : "");
        ingest.analysis().ifPresent(a -> out.printf(Locale.ROOT, "as the ingest ends: %s (%s)%n", a.summary(), a.phases()));
        ingest.compaction().ifPresent(d -> out.printf(Locale.ROOT, "then compaction: %.0f s%n", d.toMillis() / 1000.0));
        out.printf(Locale.ROOT, "link (offline, as ingest ends): %.0f s; peak heap over the run %s%n", r.linkSeconds(),
                Sizes.human(r.peakHeapBytes()));
        if (windows.size() > 1) {
            out.printf(Locale.ROOT, "last tenth's throughput: %.0f %% of the first tenth's%n",
                    100 * windows.get(windows.size() - 1).articlesPerSecond() / windows.get(0).articlesPerSecond());
        }
        out.printf(Locale.ROOT, "store: %s on disk at the end (%.2fx its N-Quads export of %s), at most %s during the run "
                + "(%.2fx)%n", Sizes.human(r.storeBytes()), r.storeBytes() / (double) r.nquadsBytes(),
                Sizes.human(r.nquadsBytes()), Sizes.human(r.maxStoreBytes()), r.maxStoreBytes() / (double) r.nquadsBytes());
        out.println("warm queries:");
        for (ScaleBenchmark.QueryTime q : r.queries()) {
            if (q.stopped()) {
                out.printf(Locale.ROOT, "  %-24s stopped after %.0f s%n", q.name(), q.seconds());
            } else {
                out.printf(Locale.ROOT, "  %-24s %,10d rows %8.2f s%n", q.name(), q.rows(), q.seconds());
            }
        }
    }
}
