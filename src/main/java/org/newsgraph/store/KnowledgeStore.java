package org.newsgraph.store;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.newsgraph.rdf.Skolemizer;

/**
 * Where newsgraph keeps its graph: a TDB2 directory on this machine ({@link Tdb2Store}) or any SPARQL
 * 1.1 store reached over HTTP ({@link RemoteStore}). Every article lives in a named graph named by its
 * document IRI and is written whole; queries see the union of all graphs as their default graph.
 *
 * <p>Methods that read hand out nothing that outlives the call: a dataset or query execution is only
 * valid inside the function given.
 */
public interface KnowledgeStore extends AutoCloseable {

    /** Opens the TDB2 store in {@code dir}, creating it when the directory is missing or empty. */
    static Tdb2Store openOrCreate(Path dir) {
        return Tdb2Store.openOrCreate(dir);
    }

    /** Opens an existing TDB2 store; a missing one is an error that says how to make it. */
    static Tdb2Store openExisting(Path dir) {
        return Tdb2Store.openExisting(dir);
    }

    /** Where it is, for messages: a directory or a URL. */
    String location();

    /** Bytes it takes on disk, where that is known (a local store). */
    OptionalLong bytesOnDisk();

    /** The content hash stored for the document read from {@code fileName}, if it is stored. */
    Optional<String> storedHash(String fileName);

    /** Where the stored document of {@code fileName} was read from ({@code ng:sourcePath}), if it is stored. */
    Optional<String> storedSource(String fileName);

    /** How many documents are stored. */
    long documentCount();

    /** Tells {@code action} the file name of every stored document, in no particular order. */
    void forEachFileName(Consumer<String> action);

    /**
     * Starts writing documents one by one; see {@link WriteBatch}. The caller commits it, or closes it
     * to give up what was not committed.
     */
    WriteBatch begin();

    /**
     * Writes documents together: new ones are added, changed ones replace their graph, unchanged ones
     * (same hash) are skipped.
     */
    default WriteOutcome write(List<DocumentGraph> documents) {
        try (WriteBatch batch = begin()) {
            documents.forEach(batch::put);
            return batch.commit();
        }
    }

    /** Removes the documents read from these files, whole; returns the file names that were stored. */
    List<String> remove(Collection<String> fileNames);

    /** Replaces several named graphs wholesale (catalogue, link decisions); readers see all old or all new. */
    long replaceGraphs(Map<Node, Graph> graphs);

    /** Replaces one named graph wholesale. */
    default long replaceGraph(Node name, Graph graph) {
        return replaceGraphs(Map.of(name, graph));
    }

    /**
     * Makes the named graph hold exactly {@code graph} (a derived graph rebuilt after each ingest); a
     * store that can writes only the triples that differ. Returns the number of triples written.
     */
    default long syncGraph(Node name, Graph graph) {
        return replaceGraph(name, graph);
    }

    /**
     * Makes the named graph hold exactly {@code graph} (blank nodes named as {@link Skolemizer} names
     * them); returns whether anything changed. An unchanged graph is not rewritten: TDB2 keeps what each
     * commit replaced.
     */
    default boolean ensureGraph(Node name, Graph graph) {
        Graph wanted = Skolemizer.skolemize(graph);
        boolean same = graph(name).isIsomorphicWith(wanted);
        if (!same) {
            replaceGraph(name, wanted);
        }
        return !same;
    }

    /** The names of every graph, sorted by IRI. */
    List<Node> graphNames();

    /** A copy of one named graph; empty when there is none. */
    Graph graph(Node name);

    /**
     * Runs {@code work} over the dataset, read-only: a TDB2 store's own (in a read transaction), or a
     * view of a remote store that asks it for each pattern. For many patterns prefer {@link #query}.
     */
    <T> T read(Function<DatasetGraph, T> work);

    /**
     * Runs {@code work} read-only over {@link TermKeys}: scans by predicate that leave terms undecoded
     * where the store can (TDB2), and give the terms themselves elsewhere.
     */
    default <T> T readKeyed(Function<TermKeys, T> work) {
        return read(dsg -> work.apply(TermKeys.of(dsg)));
    }

    /**
     * Runs {@code query} where the store is (the union of all graphs as default graph) and gives its
     * execution to {@code work}, which must consume the results before returning.
     *
     * @throws QueryException when it runs out of {@code timeout}
     */
    <T> T query(Query query, Duration timeout, Function<QueryExecution, T> work);

    /**
     * Reclaims what writes left behind, when that is worth it; a remote store looks after itself.
     * {@code starting} is told what is about to happen before it does: a compaction rewrites the whole
     * store, which takes minutes on a large one.
     *
     * @return whether anything was done
     */
    boolean compactIfWorthIt(Consumer<String> starting);

    @Override
    void close();
}
