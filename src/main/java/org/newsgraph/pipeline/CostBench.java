package org.newsgraph.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import org.newsgraph.document.InputRejectedException;
import org.newsgraph.document.PlainTextReader;
import org.newsgraph.store.KnowledgeStore;

/**
 * What adversarial articles cost: those of issue 12 (a million tiny lines, one sentence repeated to
 * 2 MB, 40,000 short sentences, a 2.9 MB article with the file-size limit raised), each at half and at
 * full size, and news text of 1,000 and 2,000 sentences (the most an article may have by default), each
 * ingested beside a good article into a fresh store. Prints nothing itself; the numbers
 * are for {@code newsgraph bench --adversarial}. Time is measured, so it belongs in a benchmark, not a test.
 */
public final class CostBench {

    /**
     * How one adversarial article fared.
     *
     * @param outcome    "rejected: reason" or "stored: N quads"
     * @param goodStored whether the good article beside it was stored
     */
    public record Case(String name, long bytes, String outcome, double seconds, long peakHeapBytes, boolean goodStored) {
    }

    private static final String GOOD = """
            Aleppo ceasefire holds for a second day
            The truce held on Sunday, a spokesman for the Syrian Observatory for Human Rights said.
            Russia said its forces had helped 8,000 civilians leave the eastern districts of Aleppo.
            """;
    private static final String SENTENCE = "The Syrian army shelled rebel positions in Aleppo, the Russian defence "
            + "ministry said. ";
    /** 49 bytes: 40,000 of them make the 1.96 MB article. */
    private static final String SHORT = "Russia said rebels attacked Aleppo on Monday. ";
    private static final String PARAGRAPH = "Turkey-backed rebels took the town from Kurdish fighters on Monday, the "
            + "Turkish army said. Russian Foreign Minister Sergei Lavrov said talks with the United States would resume "
            + "in Geneva. The United Nations said it had no confirmation that the fighting had stopped.\n\n";

    private final Stages stages;
    private final int threads;

    public CostBench(Stages stages, int threads) {
        this.stages = stages;
        this.threads = threads;
    }

    /** Runs every case in {@code work}, a new directory that the caller deletes. */
    public List<Case> run(Path work) throws IOException {
        // A first ingest warms the JIT, so that half and full size compare.
        measure(work, "warm-up", 10_000, n -> repeat(PARAGRAPH, n), false);
        List<Case> cases = new ArrayList<>();
        for (int size : new int[] {1_000_000, 2_000_000}) {
            cases.add(measure(work, "tiny-lines", size, n -> "a\n".repeat(n / 2), false));
            cases.add(measure(work, "one-sentence", size, n -> repeat(SENTENCE, n), false));
            cases.add(measure(work, "short-sentences", size * 98 / 100, n -> repeatLines(SHORT, n), false));
        }
        for (int size : new int[] {1_450_000, 2_900_000}) {
            cases.add(measure(work, "large-article", size, n -> repeat(PARAGRAPH, n), true));
        }
        // News text of 1,000 and of 2,000 sentences (the default limit): what an article within the limits costs.
        for (int sentences : new int[] {1_000, 2_000}) {
            cases.add(measure(work, "at-the-limit", sentences / 3 * PARAGRAPH.length(), n -> repeat(PARAGRAPH, n), false));
        }
        return cases;
    }

    private static String repeat(String unit, int bytes) {
        return unit.repeat(bytes / unit.length() + 1).substring(0, bytes);
    }

    /** Short sentences in paragraphs of a hundred, as scraped text runs them together. */
    private static String repeatLines(String unit, int bytes) {
        StringBuilder b = new StringBuilder(bytes + unit.length());
        for (int i = 0; b.length() < bytes; i++) {
            b.append(unit).append(i % 100 == 99 ? "\n" : "");
        }
        return b.toString();
    }

    private Case measure(Path work, String name, int bytes, IntFunction<String> text, boolean raiseFileLimit)
            throws IOException {
        Path dir = Files.createDirectories(work.resolve(name + "-" + bytes));
        Files.writeString(dir.resolve("good.txt"), GOOD);
        Files.writeString(dir.resolve(name + ".txt"), text.apply(bytes));
        long maxBytes = raiseFileLimit ? bytes + 1L : PlainTextReader.DEFAULT_MAX_BYTES;
        PipelineConfig config = new PipelineConfig(threads, PipelineConfig.DEFAULT_BATCH, maxBytes);
        Heap.resetPeaks();
        long start = System.nanoTime();
        IngestReport report;
        try (KnowledgeStore store = KnowledgeStore.openOrCreate(dir.resolve("store"))) {
            report = new Ingestion(stages, config).ingest(List.of(dir.resolve("good.txt"), dir.resolve(name + ".txt")),
                    store, ProgressListener.NONE);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        String outcome = report.rejected().stream().findFirst()
                .map(InputRejectedException::getMessage).map(m -> "rejected: " + m.substring(m.indexOf(": ") + 2))
                .orElseGet(() -> String.format(Locale.ROOT, "stored: %,d quads", report.stored().stream()
                        .filter(d -> d.fileName().startsWith(name)).mapToLong(IngestReport.StoredDocument::quads).sum()));
        boolean good = report.stored().stream().anyMatch(d -> d.fileName().equals("good.txt"));
        return new Case(name, Files.size(dir.resolve(name + ".txt")), outcome, seconds, Heap.peak(), good);
    }
}
