package org.newsgraph.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.http.Service;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.params.StoreParams;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.newsgraph.rdf.Iris;
import org.newsgraph.rdf.NG;
import org.newsgraph.rdf.Skolemizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded Apache Jena TDB2 store: the only class that opens one. Every article lives in a named
 * graph named by its document IRI; queries see the union of all graphs as their default graph.
 * Readers never wait for the writer: each read transaction sees the last commit.
 *
 * <p>Writes go in batches, one transaction each: TDB2 grows with every commit, so many documents per
 * transaction keep the store small and fast, and a crash keeps whole committed batches and nothing
 * else. A document whose file is unchanged (same content hash) is left alone; a changed one has its
 * graph replaced inside the same transaction, so readers see the old or the new version, never a mix.
 */
public final class Tdb2Store implements KnowledgeStore {

    /**
     * Four quad indexes instead of TDB2's six, for stores created from now on (an existing store keeps
     * the layout it was made with). Every article is a graph of a few hundred quads, so a pattern with
     * its graph bound is answered by scanning GSPO; GPOS and GOSP only cost a third of every write.
     * Queries over the union default graph use SPOG, POSG and OSPG as before.
     */
    private static final StoreParams PARAMS = StoreParams.builder()
            .quadIndexes(new String[] {"GSPO", "SPOG", "POSG", "OSPG"}).build();
    /**
     * What a quad takes on disk in a store written in one transaction, four indexes and its share of
     * the node table: 5,000 FA-KES copies, 1.45 M quads, 343 MB.
     */
    private static final long BYTES_PER_QUAD = 240;
    /** Less is not worth rewriting a store for. */
    private static final long MIN_RECLAIMED = 64L << 20;
    private static final Logger LOG = LoggerFactory.getLogger(Tdb2Store.class);
    private static final Pattern LOCKED_PID = Pattern.compile("(?i)PID\\s*[=:]?\\s*(\\d+)|process\\s+(\\d+)");

    private final Path dir;
    /** Replaced when the store is compacted. */
    private volatile DatasetGraph dsg;
    /** Commits and quads deleted since the store was opened or last compacted: what compaction can reclaim. */
    private long commits;
    private long deletedQuads;

    private Tdb2Store(Path dir, DatasetGraph dsg) {
        this.dir = dir;
        this.dsg = withUnionDefaultGraph(dsg);
    }

    private static DatasetGraph withUnionDefaultGraph(DatasetGraph dsg) {
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        return dsg;
    }

    /** Opens the store in {@code dir}, creating it when the directory is missing or empty. */
    public static Tdb2Store openOrCreate(Path dir) {
        Tdb2Compaction.recover(dir);
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new StoreException(dir + " is a file, not a store directory; pick another --store");
        }
        if (Files.isDirectory(dir) && !isEmpty(dir) && !isStore(dir)) {
            throw new StoreException(dir + " exists and is not a newsgraph (TDB2) store; pick an empty or new --store directory");
        }
        return connect(dir);
    }

    /**
     * Opens an existing store; a missing one is an error that says how to make it, and a directory
     * that holds something else says so, since ingest would refuse it too.
     */
    public static Tdb2Store openExisting(Path dir) {
        Tdb2Compaction.recover(dir);
        if (Files.isDirectory(dir) && !isEmpty(dir) && !isStore(dir)) {
            throw new StoreException(dir + " is not a newsgraph store (a store holds Data-* directories); give --store"
                    + " the directory that ingest created, or create a new store with: newsgraph ingest --store NEW_DIR FILE...");
        }
        if (!Files.isDirectory(dir) || !isStore(dir)) {
            throw new StoreException("no store at " + dir + "; create one with: newsgraph ingest --store " + dir + " FILE...");
        }
        return connect(dir);
    }

    /** Whether dir holds a TDB2 store (a Data- generation directory). */
    public static boolean isStore(Path dir) {
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

    private static Tdb2Store connect(Path dir) {
        try {
            Files.createDirectories(dir);
            // An existing store keeps the layout it was made with until it is compacted.
            return new Tdb2Store(dir, isStore(dir) ? DatabaseMgr.connectDatasetGraph(Location.create(dir))
                    : DatabaseMgr.connectDatasetGraph(Location.create(dir), PARAMS));
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

    /** The raw dataset, for the SPARQL server; union default graph is on. */
    public DatasetGraph datasetGraph() {
        return dsg;
    }

    @Override
    public String location() {
        return dir.toString();
    }

    @Override
    public OptionalLong bytesOnDisk() {
        return OptionalLong.of(sizeOnDisk());
    }

    @Override
    public Optional<String> storedHash(String fileName) {
        Node name = Iris.document(fileName);
        return Txn.calculateRead(dsg, () -> storedHash(dsg, name));
    }

    /** The content hash in graph {@code name}, read inside the caller's transaction. */
    static Optional<String> storedHash(DatasetGraph dsg, Node name) {
        return documentValue(dsg, name, NG.contentHash);
    }

    @Override
    public Optional<String> storedSource(String fileName) {
        Node name = Iris.document(fileName);
        return Txn.calculateRead(dsg, () -> documentValue(dsg, name, NG.sourcePath));
    }

    private static Optional<String> documentValue(DatasetGraph dsg, Node name, Node property) {
        Iterator<Quad> found = dsg.find(name, name, property, Node.ANY);
        return found.hasNext() ? Optional.of(found.next().getObject().getLiteralLexicalForm()) : Optional.empty();
    }

    @Override
    public long documentCount() {
        return Txn.calculateRead(dsg, () -> Iter.count(dsg.find(Node.ANY, Node.ANY, NG.fileName, Node.ANY)));
    }

    @Override
    public void forEachFileName(Consumer<String> action) {
        Txn.executeRead(dsg, () -> dsg.find(Node.ANY, Node.ANY, NG.fileName, Node.ANY)
                .forEachRemaining(q -> action.accept(q.getObject().getLiteralLexicalForm())));
    }

    /** Opens a write transaction that documents are put into one by one; see {@link Tdb2WriteBatch}. */
    @Override
    public WriteBatch begin() {
        return new Tdb2WriteBatch(this, dsg);
    }

    @Override
    public List<String> remove(Collection<String> fileNames) {
        return Txn.calculateWrite(dsg, () -> {
            List<String> removed = new ArrayList<>();
            SummaryKeeper summary = new SummaryKeeper();
            for (String fileName : fileNames) {
                summary.takeOff(dsg, Iris.document(fileName));
                int deleted = deleteGraph(dsg, Iris.document(fileName));
                if (deleted > 0) {
                    removed.add(fileName);
                    deletedQuads += deleted;
                }
            }
            summary.flush(dsg);
            return removed;
        });
    }

    /**
     * Deletes every quad of one graph inside the caller's write transaction; returns how many. Not
     * deleteAny: it rescans the index after each slice, which takes TDB2 minutes on a graph of ten
     * thousand quads; collecting first and deleting one by one takes a second.
     */
    static int deleteGraph(DatasetGraph dsg, Node name) {
        List<Quad> old = new ArrayList<>();
        dsg.find(name, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(old::add);
        old.forEach(dsg::delete);
        return old.size();
    }

    @Override
    public long replaceGraphs(Map<Node, Graph> graphs) {
        return Txn.calculateWrite(dsg, () -> {
            long n = 0;
            for (Map.Entry<Node, Graph> g : graphs.entrySet()) {
                deletedQuads += deleteGraph(dsg, g.getKey());
                n += addAll(dsg, g.getKey(), Skolemizer.skolemize(g.getValue()));
            }
            return n;
        });
    }

    /**
     * Deletes and adds only the triples that differ, in one transaction: a derived graph rebuilt after
     * each ingest then grows the store by its change, not by its size.
     */
    @Override
    public long syncGraph(Node name, Graph graph) {
        Graph wanted = Skolemizer.skolemize(graph);
        return Txn.calculateWrite(dsg, () -> {
            Set<Triple> stored = new HashSet<>();
            List<Quad> gone = new ArrayList<>();
            dsg.find(name, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
                stored.add(q.asTriple());
                if (!wanted.contains(q.asTriple())) {
                    gone.add(q);
                }
            });
            gone.forEach(dsg::delete);
            deletedQuads += gone.size();
            long added = 0;
            Iterator<Triple> triples = wanted.find();
            while (triples.hasNext()) {
                Triple t = triples.next();
                if (!stored.contains(t)) {
                    dsg.add(name, t.getSubject(), t.getPredicate(), t.getObject());
                    added++;
                }
            }
            return gone.size() + added;
        });
    }

    @Override
    public List<Node> graphNames() {
        return Txn.calculateRead(dsg, () -> {
            List<Node> names = new ArrayList<>();
            dsg.listGraphNodes().forEachRemaining(names::add);
            names.sort(Comparator.comparing(Node::getURI));
            return names;
        });
    }

    @Override
    public Graph graph(Node name) {
        return Txn.calculateRead(dsg, () -> {
            Graph copy = GraphFactory.createDefaultGraph();
            dsg.find(name, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> copy.add(q.asTriple()));
            return copy;
        });
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

    @Override
    public <T> T read(Function<DatasetGraph, T> work) {
        return Txn.calculateRead(dsg, () -> work.apply(dsg));
    }

    @Override
    public <T> T readKeyed(Function<TermKeys, T> work) {
        return Txn.calculateRead(dsg, () -> work.apply(new Tdb2TermKeys(dsg)));
    }

    @Override
    public <T> T query(Query query, Duration timeout, Function<QueryExecution, T> work) {
        Dataset dataset = DatasetFactory.wrap(dsg);
        try {
            return Txn.calculateRead(dataset, () -> {
                // SERVICE blocks go out in batches with their bindings, and give up when the query does.
                try (QueryExecution exec = QueryExecution.dataset(dataset).query(query)
                        .set(ARQConstants.sysOptimizerFactory, BatchedService.optimizer())
                        .set(ARQConstants.registryServiceExecutors, BatchedService.executors())
                        .set(Service.httpQueryTimeout, timeout.toMillis())
                        .timeout(timeout.toMillis(), TimeUnit.MILLISECONDS).build()) {
                    return work.apply(exec);
                }
            });
        } catch (QueryCancelledException e) {
            throw QueryException.timedOut(timeout);
        }
    }

    /** Copies every graph of {@code source} into this store, in one transaction. */
    void copyFrom(KnowledgeStore source) {
        Txn.executeWrite(dsg, () -> source.graphNames().forEach(name -> addAll(dsg, name, source.graph(name))));
    }

    /**
     * Rewrites the store without the space old transactions left behind (see {@link Tdb2Compaction}),
     * in this version's layout. Not while a server uses the store: its dataset is replaced.
     */
    public synchronized void compact() {
        Tdb2Compaction.fill(dir, dsg);
        TDBInternal.expel(dsg);
        Tdb2Compaction.swap(dir);
        dsg = withUnionDefaultGraph(DatabaseMgr.connectDatasetGraph(Location.create(dir)));
        commits = 0;
        deletedQuads = 0;
    }

    synchronized void committed(long deleted) {
        commits++;
        deletedQuads += deleted;
    }

    /**
     * Worth it when the store takes 30 % more than a freshly written copy would (and 64 MB more at
     * least): what replaced and removed documents left, and the blocks each commit copied.
     */
    @Override
    public synchronized boolean compactIfWorthIt(Consumer<String> starting) {
        if (commits == 0 && deletedQuads == 0) {
            return false;
        }
        long size = sizeOnDisk();
        long fresh = quadCount() * BYTES_PER_QUAD;
        boolean worthIt = size > fresh * 13 / 10 && size - fresh > MIN_RECLAIMED;
        if (worthIt) {
            LOG.info("compacting {}: {} bytes on disk, about {} when freshly written", dir, size, fresh);
            starting.accept(String.format(Locale.ROOT, "compacting the store: %,d MB on disk, about %,d MB once rewritten; "
                    + "the disk holds both until it ends", size >> 20, fresh >> 20));
            compact();
        }
        return worthIt;
    }

    /** Quads in all graphs, counted on the primary index's records: no node is looked up. */
    private long quadCount() {
        return Txn.calculateRead(dsg, () -> TDBInternal.getDatasetGraphTDB(dsg).getQuadTable().getNodeTupleTable()
                .getTupleTable().getIndex(0).size());
    }

    /** Bytes the store takes on disk; see {@link DiskUsage}. */
    public long sizeOnDisk() {
        return DiskUsage.bytes(dir);
    }

    @Override
    public void close() {
        // Expelling releases the process lock on the directory, so another process (or a test) can open it.
        TDBInternal.expel(dsg);
    }
}
