package org.newsgraph.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.newsgraph.server.PageBenchmark;
import org.newsgraph.server.SparqlServer;
import org.newsgraph.store.KnowledgeStore;
import org.newsgraph.store.QueryException;
import org.newsgraph.store.QueryLibrary;
import org.newsgraph.store.ResultFormat;
import org.newsgraph.store.SparqlRunner;
import org.newsgraph.store.SummaryGraph;
import org.newsgraph.store.Tdb2Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "bench-page",
        header = "Builds a large store from copies of articles, then times the web page's views and the shipped queries.",
        description = {
            "Copies the articles --copies times (each copy made distinct by a closing line naming it), ingests",
            "them into --store (skipped when that store already holds documents: building 10,000 articles takes",
            "minutes), serves the store on a free loopback port and times every view of the web page as the page",
            "sends it (its queries over HTTP, those of one step at once), then every shipped query as",
            "'newsgraph query' runs it. Each is run once to warm up, then --runs times; the median is printed."
        },
        footerHeading = "%nExample:%n",
        footer = "  newsgraph bench-page --store /tmp/kg-10k --copies 13 ../shared/corpora/fakes/articles",
        mixinStandardHelpOptions = true)
final class BenchPageCommand implements Callable<Integer> {

    @Parameters(arity = "1", paramLabel = "DIR", description = "a directory of .txt articles to copy")
    Path articles;

    @Option(names = "--store", paramLabel = "DIR", defaultValue = "bench-store",
            description = "the store to build, or to reuse when it holds documents (default: ${DEFAULT-VALUE})")
    Path store;

    @Option(names = "--copies", paramLabel = "N", defaultValue = "13",
            description = "copies of each article (default: ${DEFAULT-VALUE}; 792 FA-KES articles x 13 = 10,296)")
    int copies;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "5", description = "timed runs of each (default: ${DEFAULT-VALUE})")
    int runs;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (copies < 1 || runs < 1) {
            throw new UserError("--copies and --runs must be at least 1");
        }
        if (!Tdb2Store.isStore(store)) {
            build(out);
        }
        out.printf(Locale.ROOT, "load average %s%n", loadAverage());
        try (Tdb2Store opened = Tdb2Store.openExisting(store)) {
            SummaryGraph.ensure(opened.datasetGraph());
            try (SparqlServer server = SparqlServer.builder(opened).port(0).build().start()) {
                PageBenchmark bench = new PageBenchmark(server.sparqlEndpoint());
                out.printf(Locale.ROOT, "%nweb page views (median of %d warm runs; a view's steps one after another,"
                        + " the queries of a step at once):%n", runs);
                for (PageBenchmark.Timing t : bench.time(bench.views(), runs)) {
                    out.printf(Locale.ROOT, "  %-32s %7.0f ms   slowest query %s %.0f ms%n", t.view(), t.millis(),
                            t.slowest(), t.slowestMillis());
                    out.flush();
                }
            }
            out.printf(Locale.ROOT, "%nshipped queries, as 'newsgraph query --format csv' runs them (median of %d warm"
                    + " runs):%n", runs);
            for (QueryLibrary.NamedQuery q : QueryLibrary.shipped().all()) {
                if (!q.needsNetwork()) {
                    try {
                        out.printf(Locale.ROOT, "  %-32s %7.0f ms%n", q.name(), timeQuery(opened, q));
                    } catch (QueryException e) {
                        out.printf(Locale.ROOT, "  %-32s %s%n", q.name(), e.getMessage());
                    }
                    out.flush();
                }
            }
        }
        out.printf(Locale.ROOT, "load average %s%n", loadAverage());
        return 0;
    }

    private void build(PrintWriter out) throws IOException {
        Path copied = Files.createTempDirectory("newsgraph-bench-page");
        try {
            int n = copy(copied);
            out.printf(Locale.ROOT, "ingesting %,d articles (%d copies) into %s ...%n", n, copies, store);
            out.flush();
            int exit = spec.root().commandLine().execute("ingest", "--store", store.toString(), copied.toString());
            if (exit != 0 && !Tdb2Store.isStore(store)) {
                throw new UserError("the ingest into " + store + " failed (exit " + exit + ")");
            }
        } finally {
            try (Stream<Path> files = Files.walk(copied)) {
                for (Path p : files.sorted((a, b) -> b.compareTo(a)).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    /** Writes each article copies times, each copy with a closing line of its own so that its content differs. */
    private int copy(Path into) throws IOException {
        List<Path> sources = new ArrayList<>();
        try (Stream<Path> files = Files.list(articles)) {
            files.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(sources::add);
        }
        if (sources.isEmpty()) {
            throw new UserError(articles + " holds no .txt articles");
        }
        for (Path source : sources) {
            String text = Files.readString(source, StandardCharsets.UTF_8);
            String base = source.getFileName().toString().replaceFirst("\\.txt$", "");
            for (int k = 1; k <= copies; k++) {
                Files.writeString(into.resolve(base + "-copy" + k + ".txt"), text + "\n\nArchive copy " + k + ".\n");
            }
        }
        return sources.size() * copies;
    }

    private double timeQuery(KnowledgeStore opened, QueryLibrary.NamedQuery q) {
        SparqlRunner runner = new SparqlRunner(opened);
        double[] ms = new double[runs];
        runner.run(QueryLibrary.parse(q.sparql()), ResultFormat.CSV, SparqlRunner.DEFAULT_TIMEOUT, OutputStream.nullOutputStream());
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            runner.run(QueryLibrary.parse(q.sparql()), ResultFormat.CSV, SparqlRunner.DEFAULT_TIMEOUT,
                    OutputStream.nullOutputStream());
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        return ms[runs / 2];
    }

    private static String loadAverage() {
        try {
            return String.join(" ", Arrays.copyOf(Files.readString(Path.of("/proc/loadavg")).split(" "), 3));
        } catch (IOException e) {
            return "unknown";
        }
    }
}
