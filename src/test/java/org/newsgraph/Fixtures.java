package org.newsgraph;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.newsgraph.document.PlainTextReader;
import org.newsgraph.link.LinkOverrides;
import org.newsgraph.link.Linking;
import org.newsgraph.nlp.NlpModels;
import org.newsgraph.pipeline.IngestReport;
import org.newsgraph.pipeline.Ingestion;
import org.newsgraph.pipeline.PipelineConfig;
import org.newsgraph.pipeline.ProgressListener;
import org.newsgraph.pipeline.Stages;
import org.newsgraph.rdf.Iris;
import org.newsgraph.store.KnowledgeStore;
import org.newsgraph.store.RdfExporter;
import org.newsgraph.store.Tdb2Store;

/**
 * What many tests share, built once per test JVM: the OpenNLP models and the entity catalogue (half a
 * second to load) and a
 * store holding the five seed articles. Tests read the seed store and never write to it; a test that
 * writes makes its own store in a {@code @TempDir}.
 */
public final class Fixtures {
    private static Stages stages;
    private static Tdb2Store seedStore;
    private static IngestReport seedReport;

    private Fixtures() {
    }

    /** The models and the entity catalogue. */
    public static synchronized Stages stages() {
        if (stages == null) {
            stages = Stages.load();
        }
        return stages;
    }

    public static NlpModels models() {
        return stages().models();
    }

    /** The checkout's root: Surefire runs tests there. */
    public static Path root() {
        return Path.of("").toAbsolutePath();
    }

    public static Path seeds() {
        return root().resolve("seeds");
    }

    public static List<Path> seedFiles() {
        try (Stream<Path> files = Files.list(seeds())) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static PipelineConfig config(int threads, int batch) {
        return new PipelineConfig(threads, batch, PlainTextReader.DEFAULT_MAX_BYTES);
    }

    /** Ingests with the shared models, no progress output. */
    public static IngestReport ingest(KnowledgeStore store, PipelineConfig config, Path... paths) {
        return new Ingestion(stages(), config).ingest(List.of(paths), store, ProgressListener.NONE);
    }

    /**
     * The seeds, ingested and linked offline (as {@code newsgraph ingest} does) once, into a temporary
     * store that lives as long as the JVM. Read only.
     */
    public static synchronized Tdb2Store seedStore() {
        if (seedStore == null) {
            try {
                Path dir = Files.createTempDirectory("newsgraph-seeds");
                Tdb2Store store = Tdb2Store.openOrCreate(dir);
                // Registered before the ingest, so a failing ingest leaves no directory behind either.
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    store.close();
                    deleteTree(dir);
                }));
                seedReport = ingest(store, config(2, 1000), seeds());
                Linking.offline(LinkOverrides.none(), w -> { }).run(store, false);
                seedStore = store;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return seedStore;
    }

    /** What ingesting the seeds into {@link #seedStore()} reported. */
    public static synchronized IngestReport seedReport() {
        seedStore();
        return seedReport;
    }

    /**
     * Copies of the seed articles under new names, each made distinct by a first line of its own, for
     * tests that need more articles than five.
     */
    public static List<Path> seedVariants(Path dir, int copiesOfEach) throws IOException {
        List<Path> made = new ArrayList<>();
        for (int i = 0; i < copiesOfEach; i++) {
            for (Path seed : seedFiles()) {
                Path copy = dir.resolve(String.format("v%03d_%s", i, seed.getFileName()));
                Files.writeString(copy, "Variant " + i + " of this article.\n" + Files.readString(seed));
                made.add(copy);
            }
        }
        return made;
    }

    /** A copy of one document's named graph, taken in a read transaction. */
    public static Graph documentGraph(KnowledgeStore store, String fileName) {
        return store.read(dsg -> {
            Graph copy = GraphFactory.createDefaultGraph();
            GraphUtil.addInto(copy, dsg.getGraph(Iris.document(fileName)));
            return copy;
        });
    }

    /** A copy of the whole store in memory, taken in a read transaction. */
    public static DatasetGraph copy(KnowledgeStore store) {
        return store.read(dsg -> {
            DatasetGraph copy = DatasetGraphFactory.createGeneral();
            dsg.find().forEachRemaining(copy::add);
            return copy;
        });
    }

    /** The store as N-Quads, exactly as {@code newsgraph export --format nquads} writes it. */
    public static byte[] nquads(KnowledgeStore store) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new RdfExporter(store).export(RdfExporter.Format.NQUADS, out);
        return out.toByteArray();
    }

    /** A loopback port nothing listens on (it was free a moment ago): an endpoint that cannot be reached. */
    public static int closedLoopbackPort() {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void deleteTree(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
