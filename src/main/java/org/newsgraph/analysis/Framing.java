package org.newsgraph.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.newsgraph.rdf.NG;
import org.newsgraph.rdf.Vocab;
import org.newsgraph.store.TermKeys;

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

    /**
     * Reads the mentions in a read the caller holds. Mentions are joined on their keys: a mention's IRI
     * is never decoded, only the names, actors and outlets counted.
     */
    List<NameUse> count(TermKeys keys) {
        // Each actor's key once, so that the million mentions joined below share it rather than hold copies.
        Map<Object, Object> actors = new HashMap<>();
        for (Node cls : FRAMED) {
            keys.scan(Vocab.RDF_TYPE, cls, (g, s, o) -> actors.putIfAbsent(s, s));
        }
        Map<Object, Object> outlets = new HashMap<>();
        keys.scan(NG.outlet, (g, s, o) -> outlets.put(g, o));
        Map<Object, Object> refersTo = new HashMap<>();
        keys.scan(NG.refersTo, (g, s, o) -> {
            Object actor = actors.get(o);
            if (actor != null) {
                refersTo.put(s, actor);
            }
        });
        record Use(Object outlet, Object actor, Object surface) {
        }
        Map<Use, Integer> uses = new HashMap<>();
        keys.scan(NG.surface, (g, s, o) -> {
            Object actor = refersTo.get(s);
            if (actor != null) {
                uses.merge(new Use(outlets.get(g), actor, o), 1, Integer::sum);
            }
        });
        Map<Key, Integer> counts = new HashMap<>();
        uses.forEach((u, n) -> counts.merge(new Key(Optional.ofNullable(u.outlet()).map(keys::term), keys.term(u.actor()),
                term(keys.term(u.surface()))), n, Integer::sum));
        List<NameUse> out = new ArrayList<>();
        counts.forEach((k, n) -> out.add(new NameUse(k.outlet(), k.actor(), k.term(), n, lexicon.in(k.term()))));
        out.sort(Comparator.comparing((NameUse u) -> u.outlet().map(Node::toString).orElse(""))
                .thenComparing(u -> u.actor().getURI()).thenComparing(NameUse::term));
        return out;
    }
}
