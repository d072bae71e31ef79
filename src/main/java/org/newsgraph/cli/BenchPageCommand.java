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
            "'newsgraph query' runs it. Each is run --warmup times (as a served page is, by its earlier visitors),",
            "then --runs times; the median is printed. With --metadata (a TSV with a 'file' column, such as",
            "FA-KES's metadata.tsv) every copy gets its original's outlet, date and title, so that the outlet",
            "filters are timed too."
        },
        footerHeading = "%nExample:%n",
        footer = {"  newsgraph bench-page --store /tmp/kg-10k --copies 13 \\",
            "      --metadata ../shared/corpora/fakes/metadata.tsv ../shared/corpora/fakes/articles"},
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

    @Option(names = "--runs", paramLabel = "N", defaultValue = "11", description = "timed runs of each (default: ${DEFAULT-VALUE})")
    int runs;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "5",
            description = "untimed runs of each first (default: ${DEFAULT-VALUE})")
    int warmup;

    @Option(names = "--metadata", paramLabel = "FILE",
            description = "a TSV of the articles' metadata with a 'file' column; its rows are copied with the articles")
    Path metadata;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (copies < 1 || runs < 1 || warmup < 0) {
            throw new UserError("--copies and --runs must be at least 1, --warmup at least 0");
        }
        if (!Tdb2Store.isStore(store)) {
            build(out);
        }
        out.printf(Locale.ROOT, "load average %s%n", loadAverage());
        try (Tdb2Store opened = Tdb2Store.openExisting(store)) {
            SummaryGraph.ensure(opened.datasetGraph());
            try (SparqlServer server = SparqlServer.builder(opened).port(0).build().start()) {
                PageBenchmark bench = new PageBenchmark(server.sparqlEndpoint());
                out.printf(Locale.ROOT, "%nweb page views (median of %d runs after %d to warm up; a view's steps one"
                        + " after another, the queries of a step at once):%n", runs, warmup);
                for (PageBenchmark.Timing t : bench.time(bench.views(), warmup, runs)) {
                    out.printf(Locale.ROOT, "  %-32s %7.0f ms   slowest query %s %.0f ms%n", t.view(), t.millis(),
                            t.slowest(), t.slowestMillis());
                    out.flush();
                }
            }
            out.printf(Locale.ROOT, "%nshipped queries, as 'newsgraph query --format csv' runs them (median of %d runs"
                    + " after %d to warm up):%n", runs, warmup);
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
            int n = copy(Files.createDirectory(copied.resolve("articles")));
            out.printf(Locale.ROOT, "ingesting %,d articles (%d copies) into %s ...%n", n, copies, store);
            out.flush();
            List<String> ingest = new ArrayList<>(List.of("ingest", "--store", store.toString()));
            if (metadata != null) {
                Path copiedMetadata = copied.resolve("metadata.tsv");
                copyMetadata(copiedMetadata);
                ingest.addAll(List.of("--metadata", copiedMetadata.toString()));
            }
            ingest.add(copied.resolve("articles").toString());
            int exit = spec.root().commandLine().execute(ingest.toArray(String[]::new));
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
                Files.writeString(into.resolve(copyName(base, k)), text + "\n\nArchive copy " + k + ".\n");
            }
        }
        return sources.size() * copies;
    }

    /** Writes the metadata's rows once per copy, each naming its copy's file. */
    private void copyMetadata(Path into) throws IOException {
        Files.write(into, copiedMetadata(metadata.toString(), Files.readAllLines(metadata, StandardCharsets.UTF_8), copies),
                StandardCharsets.UTF_8);
    }

    /** The lines of a metadata TSV with each row repeated for copies 1..copies of its file, as {@link #copy} names them. */
    static List<String> copiedMetadata(String source, List<String> lines, int copies) {
        List<String> header = lines.isEmpty() ? List.of() : Arrays.asList(lines.get(0).split("\t", -1));
        int file = header.indexOf("file");
        if (file < 0) {
            throw new UserError(source + ": bench-page --metadata takes a TSV whose first line names a 'file' column;"
                    + " its first line is '" + (lines.isEmpty() ? "" : lines.get(0)) + "'");
        }
        List<String> out = new ArrayList<>(List.of(lines.get(0)));
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split("\t", -1);
            if (cells.length > file && !cells[file].isBlank()) {
                String base = cells[file].strip().replaceFirst("\\.txt$", "");
                for (int k = 1; k <= copies; k++) {
                    cells[file] = copyName(base, k);
                    out.add(String.join("\t", cells));
                }
            }
        }
        return out;
    }

    private static String copyName(String base, int k) {
        return base + "-copy" + k + ".txt";
    }

    private double timeQuery(KnowledgeStore opened, QueryLibrary.NamedQuery q) {
        SparqlRunner runner = new SparqlRunner(opened);
        double[] ms = new double[runs];
        for (int i = 0; i < warmup; i++) {
            runner.run(QueryLibrary.parse(q.sparql()), ResultFormat.CSV, SparqlRunner.DEFAULT_TIMEOUT,
                    OutputStream.nullOutputStream());
        }
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
