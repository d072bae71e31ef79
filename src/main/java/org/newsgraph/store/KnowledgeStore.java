package org.newsgraph.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.params.StoreParams;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.newsgraph.rdf.NG;

/**
 * The embedded Apache Jena TDB2 store: the only class that opens one. Every article lives in a named
 * graph named by its document IRI; queries see the union of all graphs as their default graph.
 *
 * <p>Writes go in batches, one transaction each: TDB2 grows with every commit, so many documents per
 * transaction keep the store small and fast, and a crash keeps whole committed batches and nothing
 * else. A document whose file is unchanged (same content hash) is left alone; a changed one has its
 * graph replaced inside the same transaction, so readers see the old or the new version, never a mix.
 */
public final class KnowledgeStore implements AutoCloseable {

    /**
     * Four quad indexes instead of TDB2's six, for stores created from now on (an existing store keeps
     * the layout it was made with). Every article is a graph of a few hundred quads, so a pattern with
     * its graph bound is answered by scanning GSPO; GPOS and GOSP only cost a third of every write.
     * Queries over the union default graph use SPOG, POSG and OSPG as before.
     */
    private static final StoreParams PARAMS = StoreParams.builder()
            .quadIndexes(new String[] {"GSPO", "SPOG", "POSG", "OSPG"}).build();
    private static final Pattern LOCKED_PID = Pattern.compile("(?i)PID\\s*[=:]?\\s*(\\d+)|process\\s+(\\d+)");

    private final Path dir;
    private final DatasetGraph dsg;

    private KnowledgeStore(Path dir, DatasetGraph dsg) {
        this.dir = dir;
        this.dsg = dsg;
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
    }

    /** Opens the store in {@code dir}, creating it when the directory is missing or empty. */
    public static KnowledgeStore openOrCreate(Path dir) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new StoreException(dir + " is a file, not a store directory; pick another --store");
        }
        if (Files.isDirectory(dir) && !isEmpty(dir) && !isStore(dir)) {
            throw new StoreException(dir + " exists and is not a newsgraph (TDB2) store; pick an empty or new --store directory");
        }
        return connect(dir);
    }

    /** Opens an existing store; a missing one is an error that says how to make it. */
    public static KnowledgeStore openExisting(Path dir) {
        if (!Files.isDirectory(dir) || !isStore(dir)) {
            throw new StoreException("no store at " + dir + "; create one with: newsgraph ingest --store " + dir + " FILE...");
        }
        return connect(dir);
    }

    static boolean isStore(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(p -> p.getFileName().toString().startsWith("Data-"));
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean isEmpty(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.findAny().isEmpty();
        } catch (IOException e) {
            throw new StoreException("cannot list " + dir + ": " + e.getMessage(), e);
        }
    }

    private static KnowledgeStore connect(Path dir) {
        try {
            Files.createDirectories(dir);
            return new KnowledgeStore(dir, DatabaseMgr.connectDatasetGraph(Location.create(dir), PARAMS));
        } catch (IOException e) {
            throw new StoreException("cannot create store directory " + dir + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw translate(dir, e);
        }
    }

    private static RuntimeException translate(Path dir, RuntimeException e) {
        String message = String.valueOf(e.getMessage());
        if (message.toLowerCase(Locale.ROOT).contains("lock")) {
            Matcher m = LOCKED_PID.matcher(message);
            String who = m.find() ? "process " + (m.group(1) != null ? m.group(1) : m.group(2)) : "another process";
            return new StoreException("store " + dir + " is in use by " + who
                    + " (a running newsgraph serve, or another ingest?); wait for it to finish or stop it, or use another --store", e);
        }
        return e;
    }

    public Path directory() {
        return dir;
    }

    /** The raw dataset, for the SPARQL server and query execution; union default graph is on. */
    public DatasetGraph datasetGraph() {
        return dsg;
    }

    /** File name to content hash of every stored document. */
    public Map<String, String> documentHashes() {
        return Txn.calculateRead(dsg, () -> {
            Map<String, String> hashes = new HashMap<>();
            Iterator<Quad> docs = dsg.find(Node.ANY, Node.ANY, NG.fileName, Node.ANY);
            while (docs.hasNext()) {
                Quad q = docs.next();
                Iterator<Quad> hash = dsg.find(q.getGraph(), q.getSubject(), NG.contentHash, Node.ANY);
                if (hash.hasNext()) {
                    hashes.put(q.getObject().getLiteralLexicalForm(), hash.next().getObject().getLiteralLexicalForm());
                }
            }
            return hashes;
        });
    }

    /**
     * Opens a write transaction that documents are put into one by one; see {@link WriteBatch}. The
     * caller commits it, or closes it to abort.
     */
    public WriteBatch begin() {
        return new WriteBatch(dsg);
    }

    /**
     * Writes documents in one transaction: new ones are added, changed ones replace their graph,
     * unchanged ones (same hash) are skipped.
     */
    public WriteOutcome write(List<DocumentGraph> documents) {
        try (WriteBatch batch = begin()) {
            for (DocumentGraph doc : documents) {
                batch.put(doc);
            }
            return batch.commit();
        }
    }

    /** Replaces one named graph wholesale (catalogue, link decisions) in its own transaction. */
    public long replaceGraph(Node name, Graph graph) {
        return replaceGraphs(Map.of(name, graph));
    }

    /** Replaces several named graphs wholesale in one transaction: readers see all old or all new. */
    public long replaceGraphs(Map<Node, Graph> graphs) {
        return Txn.calculateWrite(dsg, () -> {
            long n = 0;
            for (Map.Entry<Node, Graph> g : graphs.entrySet()) {
                // Not deleteAny: it rescans the index after each slice, which takes TDB2 minutes on a
                // graph of ten thousand quads; collecting first and deleting one by one takes a second.
                List<Quad> old = new ArrayList<>();
                dsg.find(g.getKey(), Node.ANY, Node.ANY, Node.ANY).forEachRemaining(old::add);
                old.forEach(dsg::delete);
                n += addAll(dsg, g.getKey(), g.getValue());
            }
            return n;
        });
    }

    /** Makes the named graph hold exactly {@code graph}; returns whether anything changed. */
    public boolean ensureGraph(Node name, Graph graph) {
        boolean same = Txn.calculateRead(dsg, () -> dsg.getGraph(name).isIsomorphicWith(graph));
        if (!same) {
            replaceGraph(name, graph);
        }
        return !same;
    }

    static long addAll(DatasetGraph dsg, Node name, Graph graph) {
        long n = 0;
        Iterator<Triple> triples = graph.find();
        while (triples.hasNext()) {
            Triple t = triples.next();
            dsg.add(name, t.getSubject(), t.getPredicate(), t.getObject());
            n++;
        }
        return n;
    }

    /** Runs {@code work} in a read transaction. */
    public <T> T read(Function<DatasetGraph, T> work) {
        return Txn.calculateRead(dsg, () -> work.apply(dsg));
    }

    /** Rewrites the store without the space old transactions left behind; the old generation is deleted. */
    public void compact() {
        DatabaseMgr.compact(dsg, true);
    }

    /**
     * Bytes the store takes on disk. TDB2 files are sparse (memory-mapped in 8 MB chunks), so their
     * apparent size overstates use many times; {@code du} reports the allocated blocks where it exists.
     */
    public long sizeOnDisk() {
        try {
            Process du = new ProcessBuilder("du", "-sk", dir.toString()).redirectErrorStream(true).start();
            String output = new String(du.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            if (du.waitFor() == 0) {
                return Long.parseLong(output.strip().split("\\s+")[0]) * 1024;
            }
        } catch (IOException | NumberFormatException e) {
            // No du on this system: fall back to apparent sizes below.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        // Expelling releases the process lock on the directory, so another process (or a test) can open it.
        TDBInternal.expel(dsg);
    }
}
