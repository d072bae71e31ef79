package org.newsgraph.link;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.graph.Node;

/**
 * An entity of the store that has no Wikidata link yet, with what linking weighs.
 *
 * @param entity    the entity's IRI
 * @param kinds     its kinds from its newsgraph classes; empty when it is only an {@code ng:Actor}
 * @param labels    its {@code rdfs:label}s
 * @param altLabels its {@code skos:altLabel}s
 * @param country   the Wikidata id of its {@code ng:country}, or null
 * @param context   Wikidata ids of the entities co-mentioned with it in any article
 */
public record EntityToLink(Node entity, Set<ItemKind> kinds, SortedSet<String> labels, SortedSet<String> altLabels,
                           String country, SortedSet<String> context) {

    public EntityToLink {
        Objects.requireNonNull(entity, "entity");
        if (!entity.isURI()) {
            throw new IllegalArgumentException("entity must be an IRI, got " + entity);
        }
        kinds = Collections.unmodifiableSet(kinds.isEmpty() ? EnumSet.noneOf(ItemKind.class) : EnumSet.copyOf(kinds));
        labels = Collections.unmodifiableSortedSet(new TreeSet<>(labels));
        altLabels = Collections.unmodifiableSortedSet(new TreeSet<>(altLabels));
        if (country != null) {
            LinkCandidate.requireQid(country);
        }
        context = Collections.unmodifiableSortedSet(new TreeSet<>(context));
    }

    /**
     * The names to look up, each mapped to whether it comes from a label (true) or only an alias.
     * A leading "the" is also tried without it: news writes "the Kremlin", Wikidata "Kremlin".
     */
    public SortedMap<String, Boolean> names() {
        SortedMap<String, Boolean> names = new TreeMap<>();
        for (String a : altLabels) {
            addWithVariants(names, a, false);
        }
        for (String l : labels) {
            addWithVariants(names, l, true);
        }
        return names;
    }

    private static void addWithVariants(SortedMap<String, Boolean> names, String name, boolean fromLabel) {
        String n = name.strip().replaceAll("\\s+", " ");
        if (n.isEmpty()) {
            return;
        }
        names.merge(n, fromLabel, Boolean::logicalOr);
        if (n.toLowerCase(Locale.ROOT).startsWith("the ") && n.length() > 4) {
            names.merge(n.substring(4), fromLabel, Boolean::logicalOr);
        }
    }

    /** The name a person reviewing decisions knows it by. */
    public String displayName() {
        return !labels.isEmpty() ? labels.first() : !altLabels.isEmpty() ? altLabels.first() : entity.getURI();
    }
}
