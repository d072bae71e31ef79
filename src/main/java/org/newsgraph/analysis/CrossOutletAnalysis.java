package org.newsgraph.analysis;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.newsgraph.proposition.EventLexicon;
import org.newsgraph.proposition.Units;
import org.newsgraph.rdf.Iris;
import org.newsgraph.rdf.NG;
import org.newsgraph.store.KnowledgeStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rebuilds the derived graph {@link #GRAPH} from everything the store holds: which claims state the
 * same proposition, which contradict or doubt one another, how well each proposition is corroborated,
 * and how each outlet names each actor. Reads in one transaction, computes in memory, and writes only
 * the triples that changed. Deterministic: the same store gives the same graph.
 */
public final class CrossOutletAnalysis {
    /** The derived graph, rebuilt after each ingest. */
    public static final Node GRAPH = NodeFactory.createURI(Iris.GRAPH + "analysis");
    private static final Logger LOG = LoggerFactory.getLogger(CrossOutletAnalysis.class);

    private final EventLexicon events;
    private final Units units;
    private final LoadedTerms loaded;
    private final int threads;

    private CrossOutletAnalysis(EventLexicon events, Units units, LoadedTerms loaded, int threads) {
        this.events = events;
        this.units = units;
        this.loaded = loaded;
        this.threads = threads;
    }

    /** Loads the word lists it needs from the jar; it groups and compares claims on every core. */
    public static CrossOutletAnalysis load() {
        return new CrossOutletAnalysis(EventLexicon.load(), Units.load(), LoadedTerms.load(),
                Runtime.getRuntime().availableProcessors());
    }

    /** The same analysis on at most {@code threads} threads: what a user who asked for that many gets. */
    public CrossOutletAnalysis onThreads(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        }
        return new CrossOutletAnalysis(events, units, loaded, threads);
    }

    /** What a progress line says as a rebuild of a store of this many documents starts: on a large one it takes minutes. */
    public static String starting(long documents) {
        return String.format(Locale.ROOT, "cross-outlet analysis of the %,d documents in the store", documents);
    }

    /** How the stored analysis graph stands to the store it describes. */
    public enum State {
        /** Made from what the store holds now. */
        CURRENT,
        /** Made from another state of the store (documents came, changed or went since), or by another version. */
        STALE,
        /** Not made yet, or by a version that kept no account of what it was made from. */
        NONE
    }

    /** Whether the analysis graph describes the store as it is, found as {@link #refresh} finds it (0.3 s at 100,000 articles). */
    public static State state(KnowledgeStore store) {
        String digest = digest(store);
        return store.read(AnalysisStamp::read).map(s -> s.inputs().equals(digest) ? State.CURRENT : State.STALE)
                .orElse(State.NONE);
    }

    /** The digest of what an analysis of the store as it is now reads. */
    private static String digest(KnowledgeStore store) {
        return store.readKeyed(keys -> AnalysisStamp.digest(keys, AnalysisInputs.hierarchy(keys)));
    }

    /** Makes the analysis graph again from the whole store, whatever it holds. */
    public AnalysisReport rebuild(KnowledgeStore store) {
        return rebuild(store, System.nanoTime());
    }

    /**
     * Keeps the analysis graph when the store holds what it was made from (see {@link AnalysisStamp}), and
     * makes it again otherwise: what an ingest runs at its end.
     */
    public AnalysisReport refresh(KnowledgeStore store) {
        long started = System.nanoTime();
        String digest = digest(store);
        Optional<AnalysisStamp> stamp = store.read(AnalysisStamp::read).filter(s -> s.inputs().equals(digest));
        if (stamp.isEmpty()) {
            return rebuild(store, started);
        }
        AnalysisReport report = stamp.get().kept(Duration.ofNanos(System.nanoTime() - started));
        LOG.info(report.summary());
        return report;
    }

    private AnalysisReport rebuild(KnowledgeStore store, long started) {
        record Read(AnalysisInputs inputs, List<NameUse> framing, String digest) {
        }
        Read read = store.readKeyed(keys -> {
            AnalysisInputs inputs = AnalysisInputs.read(keys);
            return new Read(inputs, new Framing(loaded).count(keys), AnalysisStamp.digest(keys, inputs.hierarchy()));
        });
        long readDone = System.nanoTime();
        Sameness sameness = new Sameness(read.inputs().hierarchy(), units);
        Map<Node, List<ClaimRecord>> propositions = new LinkedHashMap<>();
        Map<Node, Node> propositionOf = new LinkedHashMap<>();
        for (List<ClaimRecord> members : new PropositionGrouper(sameness, threads).group(read.inputs().claims())) {
            Node p = AnalysisGraphMapper.propositionIri(members);
            propositions.put(p, members);
            members.forEach(c -> propositionOf.put(c.claim(), p));
        }
        long grouped = System.nanoTime();
        List<Disagreement> links = new DisagreementFinder(sameness, events, threads).find(read.inputs().claims(), propositionOf);
        int shared = (int) propositions.values().stream().filter(m -> m.stream().map(ClaimRecord::doc).distinct().count() > 1)
                .count();
        int contradictions = (int) links.stream().filter(d -> d.predicate().equals(NG.contradicts)).count();
        AnalysisStamp stamp = new AnalysisStamp(read.digest(), read.inputs().claims().size(), propositions.size(), shared,
                contradictions, links.size() - contradictions, read.framing().size());
        Graph graph = new AnalysisGraphMapper(read.inputs().hierarchy()).map(propositions, links, read.framing());
        stamp.addTo(graph);
        long mapped = System.nanoTime();
        boolean changed = store.syncGraph(GRAPH, graph) > 0;
        AnalysisReport.Phases phases = new AnalysisReport.Phases(Duration.ofNanos(readDone - started),
                Duration.ofNanos(grouped - readDone), Duration.ofNanos(mapped - grouped), Duration.ofNanos(System.nanoTime() - mapped));
        LOG.debug("analysis: {}", phases);
        AnalysisReport report = new AnalysisReport(stamp.claims(), stamp.propositions(), stamp.shared(),
                stamp.contradictions(), stamp.disputes(), stamp.nameUses(), changed, false,
                Duration.ofNanos(System.nanoTime() - started), phases);
        LOG.info(report.summary());
        return report;
    }
}
