package org.newsgraph.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;

/**
 * Claims looked up by what can relate two of them: their article, or days that meet within
 * {@link Sameness#SAME_DAY}. Comparing a claim only with these, not with every claim, keeps the
 * disagreement search proportional to the claims of a day however many articles the store holds.
 * Claims come back in the order they were given, so the links found do not depend on the index.
 */
final class NearClaims {
    private final List<ClaimRecord> claims;
    private final Map<Node, List<Integer>> byDoc = new HashMap<>();
    private final Map<LocalDate, List<Integer>> byDay = new HashMap<>();

    NearClaims(List<ClaimRecord> claims) {
        this.claims = List.copyOf(claims);
        for (int i = 0; i < this.claims.size(); i++) {
            ClaimRecord c = this.claims.get(i);
            byDoc.computeIfAbsent(c.doc(), k -> new ArrayList<>()).add(i);
            if (c.time().isPresent()) {
                for (LocalDate d = c.time().get().from(); !d.isAfter(c.time().get().to()); d = d.plusDays(1)) {
                    byDay.computeIfAbsent(d, k -> new ArrayList<>()).add(i);
                }
            }
        }
    }

    /** The claims of {@code x}'s article. */
    List<ClaimRecord> sameArticle(ClaimRecord x) {
        return byDoc.getOrDefault(x.doc(), List.of()).stream().map(claims::get).toList();
    }

    /** The claims of {@code x}'s article and those whose days meet its own within {@link Sameness#SAME_DAY}. */
    List<ClaimRecord> near(ClaimRecord x) {
        BitSet found = new BitSet();
        byDoc.getOrDefault(x.doc(), List.of()).forEach(found::set);
        if (x.time().isPresent()) {
            LocalDate last = x.time().get().to().plusDays(Sameness.SAME_DAY);
            for (LocalDate d = x.time().get().from().minusDays(Sameness.SAME_DAY); !d.isAfter(last); d = d.plusDays(1)) {
                byDay.getOrDefault(d, List.of()).forEach(found::set);
            }
        }
        List<ClaimRecord> out = new ArrayList<>(found.cardinality());
        for (int i = found.nextSetBit(0); i >= 0; i = found.nextSetBit(i + 1)) {
            out.add(claims.get(i));
        }
        return out;
    }
}
