package org.newsgraph.link;

import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.newsgraph.rdf.NG;

/**
 * What sort of thing an entity or a Wikidata item is, as far as linking cares. The link query asks
 * Wikidata for one broad class per kind ({@code wdt:P31/wdt:P279*}); an entity may only link to an
 * item of a compatible kind, so a place never links to a person.
 */
public enum ItemKind {
    PERSON("Q5"),
    STATE("Q6256", "Q3624078"),
    ORGANIZATION("Q43229"),
    ARMED_GROUP("Q17149090"),
    PLACE("Q2221906");

    private final Set<String> classes;

    ItemKind(String... classQids) {
        this.classes = Set.of(classQids);
    }

    /** The Wikidata class ids (human, country, sovereign state, ...) that make an item this kind. */
    public Set<String> classQids() {
        return classes;
    }

    /** The kind a Wikidata class id stands for, if it is one of the link query's classes. */
    public static Optional<ItemKind> ofClass(String qid) {
        for (ItemKind k : values()) {
            if (k.classes.contains(qid)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    private static final Map<Node, ItemKind> BY_NG_CLASS = Map.of(
            NG.Person, PERSON, NG.State, STATE, NG.Organization, ORGANIZATION, NG.ArmedGroup, ARMED_GROUP,
            NG.Place, PLACE);

    /** The kind of a newsgraph class; {@code ng:Actor} and anything else has none. */
    public static Optional<ItemKind> ofNgClass(Node ngClass) {
        return Optional.ofNullable(BY_NG_CLASS.get(ngClass));
    }

    /**
     * The item kinds an entity of these kinds may link to. A state is a place too (a place named
     * "Syria" links to the country); organisations and armed groups blur in news; an entity typed only
     * as an actor may be any actor but never a bare place.
     */
    public static Set<ItemKind> linkableFrom(Set<ItemKind> entityKinds) {
        if (entityKinds.isEmpty()) {
            return EnumSet.of(PERSON, STATE, ORGANIZATION, ARMED_GROUP);
        }
        EnumSet<ItemKind> out = EnumSet.noneOf(ItemKind.class);
        for (ItemKind k : entityKinds) {
            switch (k) {
                case PERSON -> out.add(PERSON);
                case STATE -> out.add(STATE);
                case ORGANIZATION, ARMED_GROUP -> out.addAll(EnumSet.of(ORGANIZATION, ARMED_GROUP));
                case PLACE -> out.addAll(EnumSet.of(PLACE, STATE));
            }
        }
        return out;
    }
}
