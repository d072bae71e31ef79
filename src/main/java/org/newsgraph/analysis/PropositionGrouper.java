package org.newsgraph.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.proposition.TimeSpan;

/**
 * Groups claims that state the same proposition. Claims are taken in a fixed order (stated times
 * first, then dated by their report, then undated; by date, file and offset), and each joins the
 * proposition it is compatible with in every member and most alike, or starts a new one. The same
 * claims always give the same propositions, whatever order they were ingested in.
 */
final class PropositionGrouper {
    private final Sameness sameness;

    PropositionGrouper(Sameness sameness) {
        this.sameness = sameness;
    }

    /** A proposition being built: its members and the days its dated members span. */
    private static final class Group {
        final List<ClaimRecord> members = new ArrayList<>();
        LocalDate first;
        LocalDate last;

        void add(ClaimRecord c) {
            members.add(c);
            c.time().ifPresent(t -> {
                first = first == null || t.from().isBefore(first) ? t.from() : first;
                last = last == null || t.to().isAfter(last) ? t.to() : last;
            });
        }

        /** Cheap test before the full one: a dated claim far outside the group's days cannot join. */
        boolean near(ClaimRecord c) {
            if (c.time().isEmpty() || first == null) {
                return true;
            }
            TimeSpan t = c.time().get();
            return !t.from().isAfter(last.plusDays(Sameness.RELAY_DAYS)) && !t.to().isBefore(first.minusDays(Sameness.RELAY_DAYS));
        }
    }

    /** The propositions, each a list of claims in input order; claims that state no event are left out. */
    List<List<ClaimRecord>> group(List<ClaimRecord> claims) {
        List<ClaimRecord> ordered = new ArrayList<>(claims.stream().filter(ClaimRecord::statesEvent).toList());
        ordered.sort(Comparator.comparingInt(PropositionGrouper::precisionRank)
                .thenComparing(c -> c.time().map(TimeSpan::from).orElse(LocalDate.MAX))
                .thenComparing(ClaimRecord::file).thenComparingInt(ClaimRecord::start));
        Map<String, List<Group>> byType = new HashMap<>();
        List<Group> all = new ArrayList<>();
        for (ClaimRecord c : ordered) {
            List<Group> candidates = byType.computeIfAbsent(c.eventType().orElseThrow(), k -> new ArrayList<>());
            Group best = null;
            int bestScore = -1;
            for (Group g : candidates) {
                if (g.near(c) && g.members.stream().allMatch(m -> sameness.compatible(c, m))) {
                    int score = g.members.stream().mapToInt(m -> sameness.affinity(c, m)).sum();
                    if (score > bestScore) {
                        best = g;
                        bestScore = score;
                    }
                }
            }
            if (best == null) {
                best = new Group();
                candidates.add(best);
                all.add(best);
            }
            best.add(c);
        }
        List<List<ClaimRecord>> out = new ArrayList<>();
        for (Group g : all) {
            List<ClaimRecord> members = new ArrayList<>(g.members);
            members.sort(Comparator.comparing(ClaimRecord::file).thenComparingInt(ClaimRecord::start));
            out.add(List.copyOf(members));
        }
        return out;
    }

    private static int precisionRank(ClaimRecord c) {
        return c.time().map(t -> t.precision() == TimeSpan.Precision.STATED ? 0 : 1).orElse(2);
    }
}
