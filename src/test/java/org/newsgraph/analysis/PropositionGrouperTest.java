package org.newsgraph.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.newsgraph.proposition.TimeSpan;
import org.newsgraph.proposition.Units;

/**
 * The grouper weighs the copies of a claim in other articles once per kind, and looks only at the
 * groups a claim's anchors and days reach; neither may change what it finds. So its propositions must be
 * those of the plain reading of its rule: each claim, in the fixed order, compared with every member of
 * every proposition so far.
 */
class PropositionGrouperTest {
    private final Sameness sameness = new Sameness(RandomClaims.HIERARCHY, Units.load());

    @Test
    void copiesInManyArticlesGroupAsComparingEveryMemberWould() {
        Random random = new Random(29);
        List<ClaimRecord> claims = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            // Three event classes, which the grouper takes apart on two threads.
            claims.add(RandomClaims.ofType(RandomClaims.claim(random, i), List.of("evacuation", "attack", "kill").get(i % 3)));
        }
        // Syndication: a third of the claims run again in up to five of 20 other articles, most of which share
        // an article with copies of other claims.
        for (int i = 0; i < 130; i++) {
            ClaimRecord original = claims.get(i);
            int copies = 1 + random.nextInt(5);
            for (int j = 0; j < copies; j++) {
                claims.add(RandomClaims.copy(original, "outlet" + random.nextInt(20), claims.size()));
            }
        }
        List<List<ClaimRecord>> found = new PropositionGrouper(sameness, 2).group(claims);
        assertEquals(iris(everyMember(claims)), iris(found));
        long acrossThreeArticles = found.stream().filter(p -> p.stream().map(ClaimRecord::doc).distinct().count() >= 3).count();
        assertTrue(acrossThreeArticles >= 10, acrossThreeArticles + " propositions in three articles or more");
        assertTrue(found.size() < claims.size() / 2, found.size() + " propositions of " + claims.size() + " claims");
    }

    private static List<List<String>> iris(List<List<ClaimRecord>> propositions) {
        return propositions.stream().map(p -> p.stream().map(c -> c.claim().getURI()).toList()).toList();
    }

    /** The grouper's rule read plainly: every member of every group of the claim's event class. */
    private List<List<ClaimRecord>> everyMember(List<ClaimRecord> claims) {
        List<ClaimRecord> ordered = new ArrayList<>(claims.stream().filter(ClaimRecord::statesEvent).toList());
        ordered.sort(Comparator.comparingInt((ClaimRecord c) -> c.time()
                        .map(t -> t.precision() == TimeSpan.Precision.STATED ? 0 : 1).orElse(2))
                .thenComparing(c -> c.time().map(TimeSpan::from).orElse(LocalDate.MAX))
                .thenComparing(ClaimRecord::file).thenComparingInt(ClaimRecord::start));
        List<List<ClaimRecord>> groups = new ArrayList<>();
        for (ClaimRecord c : ordered) {
            List<ClaimRecord> best = null;
            int bestScore = -1;
            for (List<ClaimRecord> g : groups) {
                if (g.get(0).eventType().equals(c.eventType()) && g.stream().allMatch(m -> sameness.compatible(c, m))) {
                    int score = g.stream().mapToInt(m -> sameness.affinity(c, m)).sum();
                    if (score > bestScore) {
                        best = g;
                        bestScore = score;
                    }
                }
            }
            if (best == null) {
                best = new ArrayList<>();
                groups.add(best);
            }
            best.add(c);
        }
        Comparator<ClaimRecord> inText = Comparator.comparing(ClaimRecord::file).thenComparingInt(ClaimRecord::start);
        return groups.stream().map(g -> g.stream().sorted(inText).toList()).toList();
    }
}
