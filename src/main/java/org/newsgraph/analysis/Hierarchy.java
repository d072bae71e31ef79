package org.newsgraph.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.jena.graph.Node;

/**
 * Who speaks for whom and what lies within what, from the catalogue and the articles: a person's
 * affiliation, a body's ng:partOf, a place's ng:locatedIn. Answers are remembered, for the analysis
 * asks about the same few hundred actors millions of times, from several threads at once.
 */
final class Hierarchy {
    /** Steps followed up a hierarchy at most; the catalogue is shallow, this only guards against cycles. */
    private static final int DEPTH = 8;

    private final Map<Node, List<Node>> parents;
    private final Map<Node, List<Node>> locatedIn;
    private final Set<Node> states;
    private final Map<Node, List<Node>> lineages = new ConcurrentHashMap<>();
    private final Map<Node, Set<Node>> voices = new ConcurrentHashMap<>();
    private final Map<Node, Set<Node>> enclosing = new ConcurrentHashMap<>();

    /**
     * @param parents   an actor's affiliation and the bodies it is part of
     * @param locatedIn a place's enclosing places
     * @param states    the actors that are states
     */
    Hierarchy(Map<Node, List<Node>> parents, Map<Node, List<Node>> locatedIn, Set<Node> states) {
        this.parents = Map.copyOf(parents);
        this.locatedIn = Map.copyOf(locatedIn);
        this.states = Set.copyOf(states);
    }

    Set<Node> states() {
        return states;
    }

    /** Every link it holds, one per line, sorted: the same hierarchy gives the same text in any store. */
    String canonical() {
        List<String> lines = new ArrayList<>();
        parents.forEach((child, ps) -> ps.forEach(p -> lines.add("parent " + child + " " + p)));
        locatedIn.forEach((place, in) -> in.forEach(c -> lines.add("located " + place + " " + c)));
        states.forEach(s -> lines.add("state " + s));
        Collections.sort(lines);
        return String.join("\n", lines);
    }

    /** The actor and everything it speaks for, nearest first. */
    List<Node> lineage(Node actor) {
        return lineages.computeIfAbsent(actor, a -> List.copyOf(closure(a, parents)));
    }

    /** The topmost actor it speaks for (Lavrov: Russia); the actor itself when it speaks for none. */
    Node source(Node actor) {
        List<Node> l = lineage(actor);
        return l.get(l.size() - 1);
    }

    /**
     * One voice: the speaker and the bodies it speaks for, below the state (Lavrov and the Russian
     * Foreign Ministry; the Reconciliation Center and the Ministry of Defence). A state is its own voice.
     */
    Set<Node> voice(Node speaker) {
        return voices.computeIfAbsent(speaker, s -> {
            Set<Node> out = new LinkedHashSet<>();
            for (Node n : lineage(s)) {
                if (!states.contains(n) || n.equals(s)) {
                    out.add(n);
                }
            }
            return Set.copyOf(out);
        });
    }

    /** Whether two places are one, or one lies within the other, at any depth. */
    boolean related(Node a, Node b) {
        return a.equals(b) || within(a).contains(b) || within(b).contains(a);
    }

    /** The place and every place it lies within. */
    Set<Node> within(Node place) {
        return enclosing.computeIfAbsent(place, p -> Set.copyOf(closure(p, locatedIn)));
    }

    private static Set<Node> closure(Node start, Map<Node, List<Node>> up) {
        Set<Node> out = new LinkedHashSet<>(List.of(start));
        List<Node> frontier = List.of(start);
        for (int d = 0; d < DEPTH && !frontier.isEmpty(); d++) {
            List<Node> next = new ArrayList<>();
            for (Node n : frontier) {
                for (Node p : up.getOrDefault(n, List.of())) {
                    if (out.add(p)) {
                        next.add(p);
                    }
                }
            }
            frontier = next;
        }
        return out;
    }
}
