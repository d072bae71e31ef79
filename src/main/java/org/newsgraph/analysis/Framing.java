package org.newsgraph.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.newsgraph.rdf.NG;
import org.newsgraph.rdf.Vocab;

/**
 * Counts, per outlet and actor, the names and descriptions the articles use (from their mentions), and
 * marks the loaded ones. States, organisations and armed groups are counted; a person's name says little
 * about framing.
 */
final class Framing {
    private static final List<Node> FRAMED = List.of(NG.State, NG.Organization, NG.ArmedGroup);

    private final LoadedTerms lexicon;

    private record Key(Optional<Node> outlet, Node actor, String term) {
    }

    Framing(LoadedTerms lexicon) {
        this.lexicon = lexicon;
    }

    /** A name as counted: lower case, without a possessive ending or quotes ("militants'" is "militants"). */
    static String term(Node surface) {
        String t = surface.getLiteralLexicalForm().toLowerCase(Locale.ROOT).replace('\u2019', '\'')
                .replaceAll("[\"\u201C\u201D]", "").strip();
        return t.replaceAll("'s?$", "");
    }

    /** Reads the mentions in a read transaction the caller holds. */
    List<NameUse> count(DatasetGraph dsg) {
        Set<Node> actors = new HashSet<>();
        for (Node cls : FRAMED) {
            dsg.find(Node.ANY, Node.ANY, Vocab.RDF_TYPE, cls).forEachRemaining(q -> actors.add(q.getSubject()));
        }
        Map<Node, Node> outlets = new HashMap<>();
        dsg.find(Node.ANY, Node.ANY, NG.outlet, Node.ANY).forEachRemaining(q -> outlets.put(q.getGraph(), q.getObject()));
        Map<Node, Node> refersTo = new HashMap<>();
        dsg.find(Node.ANY, Node.ANY, NG.refersTo, Node.ANY).forEachRemaining(q -> {
            if (actors.contains(q.getObject())) {
                refersTo.put(q.getSubject(), q.getObject());
            }
        });
        Map<Key, Integer> counts = new HashMap<>();
        dsg.find(Node.ANY, Node.ANY, NG.surface, Node.ANY).forEachRemaining(q -> {
            Node actor = refersTo.get(q.getSubject());
            if (actor != null) {
                counts.merge(new Key(Optional.ofNullable(outlets.get(q.getGraph())), actor, term(q.getObject())), 1,
                        Integer::sum);
            }
        });
        List<NameUse> out = new ArrayList<>();
        counts.forEach((k, n) -> out.add(new NameUse(k.outlet(), k.actor(), k.term(), n, lexicon.in(k.term()))));
        out.sort(Comparator.comparing((NameUse u) -> u.outlet().map(Node::toString).orElse(""))
                .thenComparing(u -> u.actor().getURI()).thenComparing(NameUse::term));
        return out;
    }
}
