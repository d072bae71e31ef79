package org.newsgraph.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.graph.GraphFactory;
import org.newsgraph.link.LinkDecision.Outcome;
import org.newsgraph.store.KnowledgeStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A link run over a whole store: reads the entities, looks their names up (shipped extract, cached
 * endpoint answers, and the live endpoint when one is given), decides, applies the overrides, and
 * writes decisions, cache and extract in one write transaction. Everything that can fail (network,
 * parsing) happens before that transaction, so a failed run leaves the store as it was.
 *
 * <p>When the endpoint fails (unreachable, slow, HTTP errors, garbage), the run says so through the
 * warning sink and carries on with what the extract and cache know.
 */
public final class Linking {
    private static final Logger LOG = LoggerFactory.getLogger(Linking.class);
    /** Names per endpoint request: small enough for the Wikidata Query Service's time limit. */
    static final int NAMES_PER_REQUEST = 20;

    private final ExtractLinker extract;
    private final WikidataLinker endpoint;
    private final LinkOverrides overrides;
    private final Consumer<String> warnings;
    private final LinkChooser chooser = new LinkChooser();

    /**
     * @param extract   the shipped extract (or a test one)
     * @param endpoint  a live endpoint, or null to stay offline
     * @param overrides reviewed corrections
     * @param warnings  told at once of each problem worth a user's attention
     */
    public Linking(ExtractLinker extract, WikidataLinker endpoint, LinkOverrides overrides, Consumer<String> warnings) {
        this.extract = extract;
        this.endpoint = endpoint;
        this.overrides = overrides;
        this.warnings = warnings;
    }

    /** Offline linking against the shipped extract and cached answers, as ingest runs it. */
    public static Linking offline(LinkOverrides overrides, Consumer<String> warnings) {
        return new Linking(ExtractLinker.shipped(), null, overrides, warnings);
    }

    /**
     * Links the store's entities.
     *
     * @param refresh forget cached endpoint answers and ask again
     */
    public LinkReport run(KnowledgeStore store, boolean refresh) {
        List<String> said = new ArrayList<>();
        Consumer<String> warn = w -> {
            said.add(w);
            warnings.accept(w);
        };
        LinkInputs inputs = LinkInputs.read(store);
        LinkCache cache = new LinkCache(inputs.cache());
        if (refresh) {
            cache.clear();
        }
        SortedSet<String> names = new TreeSet<>();
        inputs.toLink().forEach(e -> names.addAll(e.names().keySet()));
        Map<String, List<LinkCandidate>> byName = lookUp(names, cache, warn);

        List<LinkDecision> decisions = new ArrayList<>();
        for (EntityToLink e : inputs.toLink()) {
            List<LinkCandidate> found = new ArrayList<>();
            e.names().keySet().forEach(n -> found.addAll(byName.getOrDefault(n, List.of())));
            LinkDecision chosen = chooser.decide(e, found, sources(cache));
            decisions.add(overrides.forEntity(e.entity()).map(o -> overridden(chosen, o)).orElse(chosen));
        }
        for (Node entity : inputs.linked().keySet()) {
            overrides.forEntity(entity).ifPresent(o -> warn.accept(o.origin() + ": override for " + entity
                    + " ignored: the catalogue or an article links it to " + String.join(", ", inputs.linked().get(entity))
                    + " already; correct it there"));
        }
        for (LinkOverrides.Override o : overrides.all()) {
            if (!inputs.kinds().containsKey(o.entity())) {
                warn.accept(o.origin() + ": override for " + o.entity() + " ignored: no actor or place in the store has"
                        + " that IRI; check the key against the catalogue or newsgraph query link-decisions");
            }
        }
        Map<Node, Coordinates> coordinates = coordinates(inputs, decisions, byName);
        Map<Node, Graph> graphs = new LinkedHashMap<>();
        graphs.put(LinkInputs.LINKS_GRAPH, LinkGraphMapper.map(decisions, coordinates));
        graphs.put(LinkInputs.CACHE_GRAPH, cache.graph());
        graphs.put(ExtractLinker.GRAPH, extract.graph());
        // Rewriting an unchanged graph would only grow the store: TDB2 keeps what each commit replaced.
        Map<Node, Graph> changed = new LinkedHashMap<>();
        store.read(dsg -> {
            graphs.forEach((name, g) -> {
                // Compared as an in-memory copy: with Jena 5.6, isIsomorphicWith on the TDB2 graph view
                // reported a difference for identical content (a links graph of 10,590 quads).
                Graph stored = GraphFactory.createDefaultGraph();
                dsg.getGraph(name).find().forEach(stored::add);
                if (!stored.isIsomorphicWith(g)) {
                    changed.put(name, g);
                }
            });
            return changed;
        });
        if (!changed.isEmpty()) {
            store.replaceGraphs(changed);
        }
        Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
        decisions.forEach(d -> counts.merge(d.outcome(), 1, Integer::sum));
        LOG.info("decided for {} entities without a Wikidata id: {}", decisions.size(), counts);
        // Every name the endpoint was to answer is in the cache unless a request failed.
        boolean endpointFailed = endpoint != null
                && !cache.answered().getOrDefault(endpoint.source(), new TreeSet<>()).containsAll(names);
        return new LinkReport(inputs.linked().size(), counts, coordinates.size(), sources(cache), said, changed.size(),
                endpointFailed);
    }

    /** Candidates per name: the extract always; cached answers; the endpoint for names it has not answered. */
    private Map<String, List<LinkCandidate>> lookUp(SortedSet<String> names, LinkCache cache, Consumer<String> warn) {
        List<LinkCandidate> all = new ArrayList<>(extract.candidates(names));
        if (endpoint != null) {
            SortedSet<String> ask = new TreeSet<>(names);
            ask.removeAll(cache.answered().getOrDefault(endpoint.source(), new TreeSet<>()));
            askEndpoint(ask, cache, warn);
        }
        for (Map.Entry<String, SortedSet<String>> answered : cache.answered().entrySet()) {
            SortedSet<String> known = new TreeSet<>(answered.getValue());
            known.retainAll(names);
            if (!known.isEmpty()) {
                all.addAll(cache.candidates(answered.getKey(), known));
            }
        }
        Map<String, List<LinkCandidate>> byName = new TreeMap<>();
        all.sort(Comparator.comparing(LinkCandidate::matchedName).thenComparing(LinkCandidate::qid, LinkCandidate::compareQids)
                .thenComparing(LinkCandidate::source));
        all.forEach(c -> byName.computeIfAbsent(c.matchedName(), n -> new ArrayList<>()).add(c));
        return byName;
    }

    /** Asks one batch at a time, so what was answered before a failure is kept. */
    private void askEndpoint(SortedSet<String> ask, LinkCache cache, Consumer<String> warn) {
        List<String> pending = new ArrayList<>(ask);
        for (int i = 0; i < pending.size(); i += NAMES_PER_REQUEST) {
            SortedSet<String> names = new TreeSet<>(pending.subList(i, Math.min(pending.size(), i + NAMES_PER_REQUEST)));
            try {
                cache.put(endpoint.source(), names, endpoint.candidates(names));
            } catch (LinkException e) {
                warn.accept(e.getMessage() + "; linking the " + (pending.size() - i)
                        + " names not yet answered against the shipped extract and cached answers only");
                return;
            }
        }
    }

    /**
     * The extract and each endpoint that has answered (now or in a cached earlier run): an endpoint
     * that could not be reached gave nothing, so decisions do not name it and stay as they were.
     */
    private String sources(LinkCache cache) {
        Set<String> sources = new TreeSet<>(cache.answered().keySet());
        return sources.isEmpty() ? extract.source() : extract.source() + " and " + String.join(", ", sources);
    }

    private static LinkDecision overridden(LinkDecision chosen, LinkOverrides.Override o) {
        String why = o.qid() == null ? "never linked: " + o.reason() : o.reason();
        return new LinkDecision(chosen.entity(), Outcome.OVERRIDE, o.qid(), o.qid() == null ? 0 : 1,
                chosen.alternatives(), o.origin(), why);
    }

    /** Places and states get the coordinates of the item they are linked to, where a source has them. */
    private Map<Node, Coordinates> coordinates(LinkInputs inputs, List<LinkDecision> decisions,
                                               Map<String, List<LinkCandidate>> byName) {
        Map<String, Coordinates> fromCandidates = new TreeMap<>();
        byName.values().forEach(cs -> cs.stream().filter(c -> c.coordinates() != null)
                .forEach(c -> fromCandidates.putIfAbsent(c.qid(), c.coordinates())));
        Map<Node, String> qidOf = new TreeMap<>(Comparator.comparing(Node::getURI));
        inputs.linked().forEach((e, ids) -> qidOf.put(e, ids.first()));
        decisions.stream().filter(LinkDecision::links).forEach(d -> qidOf.put(d.entity(), d.qid()));
        Map<Node, Coordinates> out = new TreeMap<>(Comparator.comparing(Node::getURI));
        qidOf.forEach((entity, qid) -> {
            Set<ItemKind> kinds = inputs.kinds().getOrDefault(entity, Set.of());
            if (kinds.contains(ItemKind.PLACE) || kinds.contains(ItemKind.STATE)) {
                extract.coordinatesOf(qid).or(() -> Optional.ofNullable(fromCandidates.get(qid)))
                        .ifPresent(at -> out.put(entity, at));
            }
        });
        return out;
    }
}
