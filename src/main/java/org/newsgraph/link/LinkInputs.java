package org.newsgraph.link;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.newsgraph.rdf.Iris;
import org.newsgraph.rdf.NG;
import org.newsgraph.rdf.Ontology;
import org.newsgraph.rdf.Vocab;
import org.newsgraph.store.KnowledgeStore;

/**
 * What a link run reads from the store, in one read transaction: every actor and place, the
 * Wikidata ids the catalogue and articles already give, co-mentions, and the cached endpoint answers.
 * Linking's own graphs are not read as input, so a rerun decides from the same facts.
 *
 * @param toLink   entities without a Wikidata id from the catalogue or an article, sorted by IRI
 * @param linked   entities that have one, with their ids (sorted)
 * @param kinds    every entity's kinds
 * @param cache    a copy of the cached endpoint answers
 */
public record LinkInputs(List<EntityToLink> toLink, Map<Node, SortedSet<String>> linked, Map<Node, Set<ItemKind>> kinds,
                         Graph cache) {
    /** Decisions, {@code owl:sameAs} links and coordinates the linker wrote. */
    public static final Node LINKS_GRAPH = NodeFactory.createURI(Iris.GRAPH + "links");
    /** Endpoint answers kept so reruns need no network. */
    public static final Node CACHE_GRAPH = NodeFactory.createURI(Iris.GRAPH + "link-cache");

    private static final List<Node> ENTITY_CLASSES = List.of(NG.Actor, NG.State, NG.Organization, NG.ArmedGroup,
            NG.Person, NG.Place);
    private static final Set<Node> NOT_INPUT = Set.of(LINKS_GRAPH, CACHE_GRAPH, ExtractLinker.GRAPH, Ontology.GRAPH);

    public LinkInputs {
        toLink = List.copyOf(toLink);
        linked = Collections.unmodifiableMap(linked);
        kinds = Collections.unmodifiableMap(kinds);
    }

    /** Reads the inputs of a link run. */
    public static LinkInputs read(KnowledgeStore store) {
        return store.read(LinkInputs::read);
    }

    static LinkInputs read(DatasetGraph dsg) {
        Map<Node, Set<ItemKind>> kinds = new TreeMap<>(Comparator.comparing(Node::getURI));
        for (Node cls : ENTITY_CLASSES) {
            for (Quad q : input(dsg, Node.ANY, Vocab.RDF_TYPE, cls)) {
                if (q.getSubject().isURI()) {
                    Set<ItemKind> k = kinds.computeIfAbsent(q.getSubject(), e -> EnumSet.noneOf(ItemKind.class));
                    ItemKind.ofNgClass(cls).ifPresent(k::add);
                }
            }
        }
        Map<Node, SortedSet<String>> qids = new TreeMap<>(Comparator.comparing(Node::getURI));
        for (Node e : kinds.keySet()) {
            SortedSet<String> ids = new TreeSet<>(LinkCandidate::compareQids);
            for (Quad q : input(dsg, e, Vocab.SAME_AS, Node.ANY)) {
                String id = qid(q.getObject());
                if (id != null) {
                    ids.add(id);
                }
            }
            if (!ids.isEmpty()) {
                qids.put(e, ids);
            }
        }
        Map<Node, SortedSet<String>> context = coMentions(dsg, qids);
        List<EntityToLink> toLink = new ArrayList<>();
        for (Map.Entry<Node, Set<ItemKind>> e : kinds.entrySet()) {
            Node entity = e.getKey();
            if (qids.containsKey(entity)) {
                continue;
            }
            toLink.add(new EntityToLink(entity, e.getValue(), literals(dsg, entity, Vocab.LABEL),
                    literals(dsg, entity, Vocab.ALT_LABEL), country(dsg, entity, qids),
                    context.getOrDefault(entity, new TreeSet<>())));
        }
        Graph cache = GraphFactory.createDefaultGraph();
        dsg.getGraph(CACHE_GRAPH).find().forEach(cache::add);
        return new LinkInputs(toLink, qids, kinds, cache);
    }

    /**
     * For each entity without an id (only those are linked), the ids of the entities mentioned in the same
     * articles. Each article says which id-holding entities it mentions; each entity's context is made
     * once from all its articles, not by adding the same ids again for every article.
     */
    private static Map<Node, SortedSet<String>> coMentions(DatasetGraph dsg, Map<Node, SortedSet<String>> qids) {
        Map<Node, Integer> entityIndex = new HashMap<>();
        List<Node> entities = new ArrayList<>();
        Map<Node, List<Integer>> entitiesOfDoc = new HashMap<>();
        dsg.find(Node.ANY, Node.ANY, NG.mentions, Node.ANY).forEachRemaining(q -> {
            if (isInput(q) && q.getSubject().isURI() && q.getObject().isURI()) {
                Integer e = entityIndex.computeIfAbsent(q.getObject(), entity -> {
                    entities.add(entity);
                    return entities.size() - 1;
                });
                entitiesOfDoc.computeIfAbsent(q.getSubject(), d -> new ArrayList<>()).add(e);
            }
        });
        // the id-holders an entity shares an article with, as bits: bit i for the i-th id-holder met
        Map<Integer, Integer> holderBit = new HashMap<>();
        List<SortedSet<String>> holderIds = new ArrayList<>();
        Map<Integer, BitSet> coMentionedHolders = new HashMap<>();
        for (List<Integer> doc : entitiesOfDoc.values()) {
            BitSet holders = new BitSet();
            for (Integer e : doc) {
                SortedSet<String> ids = qids.get(entities.get(e));
                if (ids != null) {
                    holders.set(holderBit.computeIfAbsent(e, k -> {
                        holderIds.add(ids);
                        return holderIds.size() - 1;
                    }));
                }
            }
            for (Integer e : doc) {
                if (!qids.containsKey(entities.get(e))) {
                    coMentionedHolders.computeIfAbsent(e, k -> new BitSet()).or(holders);
                }
            }
        }
        Map<Node, SortedSet<String>> context = new HashMap<>();
        coMentionedHolders.forEach((e, holders) -> {
            SortedSet<String> ids = new TreeSet<>(LinkCandidate::compareQids);
            holders.stream().forEach(bit -> ids.addAll(holderIds.get(bit)));
            context.put(entities.get(e), ids);
        });
        return context;
    }

    private static String country(DatasetGraph dsg, Node entity, Map<Node, SortedSet<String>> qids) {
        for (Quad q : input(dsg, entity, NG.country, Node.ANY)) {
            SortedSet<String> ids = qids.get(q.getObject());
            if (ids != null) {
                return ids.first();
            }
        }
        return null;
    }

    private static SortedSet<String> literals(DatasetGraph dsg, Node entity, Node property) {
        SortedSet<String> out = new TreeSet<>();
        for (Quad q : input(dsg, entity, property, Node.ANY)) {
            if (q.getObject().isLiteral()) {
                out.add(q.getObject().getLiteralLexicalForm());
            }
        }
        return out;
    }

    /** Quads matching the pattern in any graph but linking's own, the extract and the ontology. */
    private static List<Quad> input(DatasetGraph dsg, Node s, Node p, Node o) {
        List<Quad> out = new ArrayList<>();
        Iterator<Quad> it = dsg.find(Node.ANY, s, p, o);
        while (it.hasNext()) {
            Quad q = it.next();
            if (isInput(q)) {
                out.add(q);
            }
        }
        return out;
    }

    private static boolean isInput(Quad q) {
        return !NOT_INPUT.contains(q.getGraph()) && !q.isDefaultGraph();
    }

    static String qid(Node n) {
        if (!n.isURI() || !n.getURI().startsWith(Vocab.WIKIDATA_ENTITY)) {
            return null;
        }
        String id = n.getURI().substring(Vocab.WIKIDATA_ENTITY.length());
        return LinkCandidate.isQid(id) ? id : null;
    }
}
