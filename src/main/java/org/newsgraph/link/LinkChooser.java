package org.newsgraph.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.newsgraph.link.LinkDecision.Outcome;
import org.newsgraph.link.LinkDecision.ScoredCandidate;

/**
 * Chooses among the candidates for one entity. A pure function: the same entity and candidates, in
 * any order, give the same decision.
 *
 * <p>A candidate of an incompatible kind scores 0 (a place never links to a person). Otherwise the
 * name sets the base: the entity's label matching the item's label is best, an alias on either side
 * less. The entity's own country agreeing with the item's adds, disagreeing takes away; an item
 * whose country, or which itself, is co-mentioned with the entity adds a little, and so does being
 * in the shipped extract, whose ids were verified (news means the city when it writes "Aleppo",
 * not one of the district's namesakes a live endpoint also finds). The best candidate
 * links when it reaches {@link #LINK_AT} and leads the next by {@link #MARGIN}; otherwise the
 * decision is ambiguous (or no match), and nothing is linked: a wrong link is worse than none.
 */
public final class LinkChooser {
    static final double LINK_AT = 0.6;
    static final double MARGIN = 0.1;

    private static final Comparator<ScoredCandidate> BEST_FIRST = Comparator
            .comparingDouble(ScoredCandidate::score).reversed()
            .thenComparing(s -> s.candidate().qid(), LinkCandidate::compareQids);

    /**
     * Decides for {@code entity} among {@code candidates} (those found for its names; others are
     * ignored). A link names its candidate's source; other outcomes name {@code source}, the sources asked.
     */
    public LinkDecision decide(EntityToLink entity, List<LinkCandidate> candidates, String source) {
        Map<String, Boolean> names = entity.names();
        Map<String, ScoredCandidate> bestPerItem = new TreeMap<>(LinkCandidate::compareQids);
        for (LinkCandidate c : candidates) {
            Boolean fromLabel = names.get(c.matchedName());
            if (fromLabel == null) {
                continue;
            }
            ScoredCandidate s = score(entity, c, fromLabel);
            bestPerItem.merge(c.qid(), s, (a, b) -> BEST_FIRST.compare(a, b) <= 0 ? a : b);
        }
        List<ScoredCandidate> ranked = new ArrayList<>(bestPerItem.values());
        ranked.sort(BEST_FIRST);
        if (ranked.isEmpty()) {
            return new LinkDecision(entity.entity(), Outcome.NO_MATCH, null, 0, ranked, source,
                    "no item of " + source + " has the name " + quoted(names.keySet()));
        }
        ScoredCandidate best = ranked.get(0);
        double next = ranked.size() > 1 ? ranked.get(1).score() : 0;
        if (best.score() < LINK_AT) {
            return new LinkDecision(entity.entity(), Outcome.NO_MATCH, null, 0, ranked, source,
                    "no candidate scores " + LINK_AT + " or more; best: " + describe(best));
        }
        if (Math.round((best.score() - next) * 1000) < Math.round(MARGIN * 1000)) {
            return new LinkDecision(entity.entity(), Outcome.AMBIGUOUS, null, 0, ranked, source,
                    "candidates too close to choose: " + describe(best) + " vs " + describe(ranked.get(1)));
        }
        return new LinkDecision(entity.entity(), Outcome.LINKED, best.candidate().qid(), best.score(), ranked,
                best.candidate().source(), describe(best));
    }

    private static ScoredCandidate score(EntityToLink entity, LinkCandidate c, boolean fromLabel) {
        Set<ItemKind> allowed = ItemKind.linkableFrom(entity.kinds());
        if (c.kinds().stream().noneMatch(allowed::contains)) {
            return new ScoredCandidate(c, 0, "kind " + kinds(c.kinds()) + " cannot be "
                    + (entity.kinds().isEmpty() ? "an actor" : kinds(entity.kinds())));
        }
        List<String> why = new ArrayList<>();
        double score;
        if (fromLabel) {
            score = c.matchedItemLabel() ? 0.9 : 0.75;
        } else {
            score = c.matchedItemLabel() ? 0.7 : 0.65;
        }
        why.add((fromLabel ? "label" : "alias") + " '" + c.matchedName() + "' is the item's "
                + (c.matchedItemLabel() ? "label" : "alias"));
        if (entity.country() != null && !c.countries().isEmpty()) {
            if (c.countries().contains(entity.country())) {
                score += 0.1;
                why.add("same country " + entity.country());
            } else {
                score -= 0.4;
                why.add("country " + String.join("/", c.countries()) + ", not " + entity.country());
            }
        } else if (c.countries().stream().anyMatch(entity.context()::contains)
                && !c.countries().equals(Set.of(c.qid()))) {
            score += 0.1;
            why.add("its country is co-mentioned");
        }
        if (c.source().equals(ExtractLinker.SHIPPED)) {
            score += 0.1;
            why.add("in the shipped extract of verified ids");
        }
        if (entity.context().contains(c.qid())) {
            score += 0.05;
            why.add("co-mentioned under another name");
        }
        return new ScoredCandidate(c, round(Math.max(0, Math.min(1, score))), String.join("; ", why));
    }

    private static double round(double score) {
        return Math.round(score * 1000) / 1000.0;
    }

    private static String describe(ScoredCandidate s) {
        return String.format(Locale.ROOT, "%s '%s' %.3f (%s)", s.candidate().qid(), s.candidate().label(), s.score(),
                s.reason());
    }

    private static String kinds(Set<ItemKind> kinds) {
        return kinds.isEmpty() ? "unknown" : kinds.stream().map(k -> k.name().toLowerCase(Locale.ROOT).replace('_', ' '))
                .collect(Collectors.joining("/"));
    }

    private static String quoted(Set<String> names) {
        return names.stream().map(n -> "'" + n + "'").collect(Collectors.joining(", "));
    }
}
