package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.newsgraph.analysis.AnalysisReport;
import org.newsgraph.document.PlainTextReader;
import org.newsgraph.pipeline.Benchmark;
import org.newsgraph.pipeline.CostBench;
import org.newsgraph.pipeline.PipelineConfig;
import org.newsgraph.pipeline.ScaleBenchmark;
import org.newsgraph.pipeline.Stages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "bench",
        header = "Measures ingest and NLP throughput on a directory of articles.",
        description = {
            "Measures ingest throughput on a directory of articles: first sentence + token + POS",
            "alone (OpenNLP), then NLP with extraction and RDF mapping, then a full ingest into a fresh",
            "temporary store (with the cross-outlet analysis at its end, timed on its own, and once more on",
            "the finished store). Each phase is first repeated 6 times (ingests 3 times, into scratch stores),",
            "and then until a pass is less than 5 %% faster than the one before (the JIT compiles extraction",
            "over several passes; at most 12 passes and 6 ingests), then measured 3 times; reports each",
            "phase's median pass: articles/s, sentences/s, quads/s, its CPU time and, for the ingest, its",
            "writing thread's, peak heap and store size. The stores are deleted after.",
            "",
            "With --scale N it writes N distinct copies of the articles (each with a first line of its own)",
            "to a temporary directory and ingests them in one run instead: throughput per tenth of the run,",
            "the analysis at its end (each step's time) and the compaction's time,",
            "peak heap, the store's size on disk (at the end and the most at any time) against its N-Quads",
            "export, and each shipped query's time, warm (one slower than 2 minutes is reported as stopped).",
            "Corpus and store are deleted after."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  newsgraph bench ../shared/corpora/fakes/articles",
            "  java -Xmx1g -jar target/newsgraph.jar bench --threads 2 --scale 100000 \\",
            "      ../shared/corpora/fakes/articles",
            "  newsgraph bench --adversarial      # what articles built to be costly cost"
        },
        mixinStandardHelpOptions = true)
final class BenchCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "article files and directories")
    List<Path> paths;

    @Option(names = "--adversarial", description = "instead of PATHs, ingest the costly articles of issue 12 (a million "
            + "tiny lines, one sentence repeated to 2 MB, 40,000 short sentences, a 2.9 MB article with the file-size "
            + "limit raised), each at half and full size, and news text of 1,000 and 2,000 sentences, each beside a good article, "
            + "and print outcome, time and peak heap")
    boolean adversarial;

    @Option(names = "--threads", paramLabel = "N", description = "worker threads (default: one per core)")
    Integer threads;

    @picocli.CommandLine.Mixin
    RulesOption rulesOption;

    @Option(names = "--scale", paramLabel = "N", description = "ingest N distinct copies of the articles in one run")
    Integer scale;

    @Option(names = "--batch", paramLabel = "N", defaultValue = "" + PipelineConfig.DEFAULT_BATCH,
            description = "documents per write transaction (default: ${DEFAULT-VALUE})")
    int batch;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (adversarial == (paths != null && !paths.isEmpty())) {
            throw new ParameterException(spec.commandLine(), "give PATHs or --adversarial, not both or neither");
        }
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (n < 1 || batch < 1 || (scale != null && scale < 1)) {
            throw new ParameterException(spec.commandLine(), "--threads, --batch and --scale must be at least 1");
        }
        if (adversarial) {
            return adversarial(n);
        }
        PipelineConfig config = new PipelineConfig(n, batch, PlainTextReader.DEFAULT_MAX_BYTES);
        Path storeDir = Files.createTempDirectory("newsgraph-bench");
        PrintWriter out = spec.commandLine().getOut();
        try {
            long loadStart = System.nanoTime();
            Stages stages = rulesOption.stages();
            out.printf(Locale.ROOT, "models and catalogue loaded in %.2f s; %d thread%s; garbage collector: %s%n",
                    (System.nanoTime() - loadStart) / 1e9, n, n == 1 ? "" : "s", collectors());
            if (scale != null) {
                ScaleReport.header(out);
                ScaleReport.print(new ScaleBenchmark(stages, config).run(paths, scale, storeDir.resolve("corpus"),
                        storeDir.resolve("store"), ScaleReport.windows(out)), config, out);
                return 0;
            }
            Benchmark.Result r;
            try {
                r = new Benchmark(stages, config).run(paths, storeDir);
            } catch (IllegalArgumentException e) {
                throw new UserError(e.getMessage());
            }
            out.printf(Locale.ROOT, "warmed up by %d passes of NLP alone, %d of NLP + extraction and %d ingests; "
                    + "then each measured %d times, the median pass reported%n", r.warmUps().nlp(), r.warmUps().extract(),
                    r.warmUps().ingest(), r.nlps().size());
            out.printf(Locale.ROOT, "%-8s %9s %12s %12s %12s %10s %10s %10s   %s%n", "phase", "articles", "articles/s",
                    "sentences/s", "tokens/s", "quads/s", "CPU s", "peak heap", "articles/s of each pass");
            Benchmark.Ingest ingest = r.ingest();
            Benchmark.Extract extract = r.extract();
            row(out, r.nlp(), r.nlps());
            row(out, extract.phase(), r.extracts().stream().map(Benchmark.Extract::phase).toList());
            row(out, ingest.phase(), r.ingests().stream().map(Benchmark.Ingest::phase).toList());
            out.printf(Locale.ROOT, "store on disk: %s; NLP + extraction takes %.2fx the time of NLP alone, "
                    + "the full ingest %.2fx%n", Sizes.human(ingest.storeBytes()), r.extractionOverhead(), r.overhead());
            out.printf(Locale.ROOT, "CPU time: the full ingest %.2fx that of NLP alone; its writing thread (TDB2, summary, "
                    + "analysis's read and write) %.2f s, %.2fx that of NLP alone%n", r.cpuOverhead(), ingest.writerCpuSeconds(),
                    ingest.writerCpuSeconds() / r.nlp().cpuSeconds());
            out.printf(Locale.ROOT, "within the extract phase, extraction and RDF mapping took %.2fx the time of its NLP%n",
                    extract.extractionPerNlp());
            out.printf(Locale.ROOT, "cross-outlet analysis at the end of the ingest: %.2f s (%.0f %% of the ingest); "
                    + "rebuilt on the last ingest's store: %.2f s%n", seconds(ingest.analysis()), 100 * seconds(ingest.analysis())
                    / ingest.phase().seconds(), seconds(r.rebuild()));
            out.println(r.rebuild().summary());
        } finally {
            deleteTree(storeDir);
        }
        return 0;
    }

    private int adversarial(int n) throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Path work = Files.createTempDirectory("newsgraph-adversarial");
        try {
            List<CostBench.Case> cases = new CostBench(Stages.load(), n).run(work);
            out.printf(Locale.ROOT, "%-16s %9s %8s %9s %-5s %s%n", "article", "size", "seconds", "peak heap", "good",
                    "outcome");
            for (CostBench.Case c : cases) {
                out.printf(Locale.ROOT, "%-16s %9s %8.1f %9s %-5s %s%n", c.name(), Sizes.human(c.bytes()), c.seconds(),
                        Sizes.human(c.peakHeapBytes()), c.goodStored() ? "yes" : "LOST", c.outcome());
            }
        } finally {
            deleteTree(work);
        }
        return 0;
    }

    private static double seconds(AnalysisReport a) {
        return a.elapsed().toNanos() / 1e9;
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static void row(PrintWriter out, Benchmark.Phase p, List<Benchmark.Phase> passes) {
        out.printf(Locale.ROOT, "%-8s %9d %12.1f %12.0f %12.0f %10.0f %10.2f %10s   %s%n", p.name(), p.articles(),
                p.articlesPerSecond(), p.sentencesPerSecond(), p.tokensPerSecond(), p.quadsPerSecond(), p.cpuSeconds(),
                Sizes.human(p.peakHeapBytes()), passes.stream().map(x -> String.format(Locale.ROOT, "%.1f", x.articlesPerSecond()))
                        .collect(Collectors.joining(", ")));
    }

    /** The JVM's collectors by name: what the launcher chose or the user's flags did, since the figures depend on it. */
    private static String collectors() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().map(GarbageCollectorMXBean::getName)
                .collect(Collectors.joining(", "));
    }
}
