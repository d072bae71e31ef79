package org.newsgraph.link;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * A Wikidata item found for one of an entity's names.
 *
 * @param qid              the item id, {@code Q} and digits
 * @param label            the item's English label (the matched name when the source gave none)
 * @param matchedName      the name that matched the item's label or one of its aliases
 * @param matchedItemLabel whether the name matched the item's label rather than an alias
 * @param kinds            the item's kinds; empty when it has none the link query knows
 * @param countries        ids of the item's countries ({@code wdt:P17}), sorted
 * @param coordinates      the item's coordinates ({@code wdt:P625}), or null when it has none
 * @param source           where it was found: the shipped extract or an endpoint's URL
 */
public record LinkCandidate(String qid, String label, String matchedName, boolean matchedItemLabel, Set<ItemKind> kinds,
                            SortedSet<String> countries, Coordinates coordinates, String source) {
    private static final Pattern QID = Pattern.compile("Q[1-9][0-9]*");

    public LinkCandidate {
        requireQid(qid);
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(matchedName, "matchedName");
        Objects.requireNonNull(source, "source");
        kinds = Collections.unmodifiableSet(kinds.isEmpty() ? EnumSet.noneOf(ItemKind.class) : EnumSet.copyOf(kinds));
        countries.forEach(LinkCandidate::requireQid);
        countries = Collections.unmodifiableSortedSet(new TreeSet<>(countries));
    }

    /** Checks a Wikidata item id; the message names the bad value. */
    public static String requireQid(String qid) {
        if (qid == null || !QID.matcher(qid).matches()) {
            throw new IllegalArgumentException("not a Wikidata item id (Q followed by digits): '" + qid + "'");
        }
        return qid;
    }

    /** Whether a string is a Wikidata item id. */
    public static boolean isQid(String s) {
        return s != null && QID.matcher(s).matches();
    }

    /** Orders ids by number, so Q9 comes before Q10. */
    public static int compareQids(String a, String b) {
        int byLength = Integer.compare(a.length(), b.length());
        return byLength != 0 ? byLength : a.compareTo(b);
    }
}
