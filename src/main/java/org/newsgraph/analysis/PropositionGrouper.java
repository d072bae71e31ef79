package org.newsgraph.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
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
        final int index;
        final List<ClaimRecord> members = new ArrayList<>();
        LocalDate first;
        LocalDate last;

        Group(int index) {
            this.index = index;
        }
    }

    /**
     * The propositions of one event class, found by day and by anchor. A dated claim is near a group whose
     * days, widened by {@link Sameness#RELAY_DAYS}, overlap its own. Where no date compares (the claim or
     * the group's first member is undated), a claim can only join a group whose first member shares an
     * anchor with it ({@link Sameness#anchorsOf}), so it is compared with those groups, not with every group
     * of its class: with every copy of a corpus undated, comparing with all made the analysis of 100,000
     * articles take 11 minutes.
     */
    private static final class Candidates {
        final Map<LocalDate, List<Group>> byDay = new HashMap<>();
        final Map<Sameness.Anchor, List<Group>> byAnchor = new HashMap<>();

        /** The groups {@code c} may join, in the order they were started. */
        Collection<Group> near(ClaimRecord c, Set<Sameness.Anchor> sought) {
            Map<Integer, Group> found = new TreeMap<>();
            boolean dated = c.time().isPresent();
            for (Sameness.Anchor a : sought) {
                for (Group g : byAnchor.getOrDefault(a, List.of())) {
                    // A dated claim meets a dated group by day only; those days say when it may join.
                    if (!dated || g.first == null) {
                        found.put(g.index, g);
                    }
                }
            }
            if (dated) {
                TimeSpan t = c.time().get();
                for (LocalDate d = t.from(); !d.isAfter(t.to()); d = d.plusDays(1)) {
                    byDay.getOrDefault(d, List.of()).forEach(g -> found.put(g.index, g));
                }
            }
            return found.values();
        }

        /** Starts a group with its first member's anchors: the claims it is compared with share one. */
        Group start(int index, Set<Sameness.Anchor> anchors) {
            Group g = new Group(index);
            anchors.forEach(a -> byAnchor.computeIfAbsent(a, k -> new ArrayList<>()).add(g));
            return g;
        }

        /** Adds {@code c} to {@code g}, widening the days it is found by. */
        void add(Group g, ClaimRecord c) {
            g.members.add(c);
            if (c.time().isEmpty()) {
                return;
            }
            TimeSpan t = c.time().get();
            LocalDate oldFrom = g.first == null ? null : g.first.minusDays(Sameness.RELAY_DAYS);
            LocalDate oldTo = g.last == null ? null : g.last.plusDays(Sameness.RELAY_DAYS);
            g.first = g.first == null || t.from().isBefore(g.first) ? t.from() : g.first;
            g.last = g.last == null || t.to().isAfter(g.last) ? t.to() : g.last;
            for (LocalDate d = g.first.minusDays(Sameness.RELAY_DAYS); !d.isAfter(g.last.plusDays(Sameness.RELAY_DAYS));
                    d = d.plusDays(1)) {
                if (oldFrom == null || d.isBefore(oldFrom) || d.isAfter(oldTo)) {
                    byDay.computeIfAbsent(d, k -> new ArrayList<>()).add(g);
                }
            }
        }
    }

    /** The propositions, each a list of claims in input order; claims that state no event are left out. */
    List<List<ClaimRecord>> group(List<ClaimRecord> claims) {
        List<ClaimRecord> ordered = new ArrayList<>(claims.stream().filter(ClaimRecord::statesEvent).toList());
        ordered.sort(Comparator.comparingInt(PropositionGrouper::precisionRank)
                .thenComparing(c -> c.time().map(TimeSpan::from).orElse(LocalDate.MAX))
                .thenComparing(ClaimRecord::file).thenComparingInt(ClaimRecord::start));
        Map<String, Candidates> byType = new HashMap<>();
        List<Group> all = new ArrayList<>();
        for (ClaimRecord c : ordered) {
            Candidates candidates = byType.computeIfAbsent(c.eventType().orElseThrow(), k -> new Candidates());
            Group best = null;
            int bestScore = -1;
            for (Group g : candidates.near(c, sameness.anchorsSought(c))) {
                if (g.members.stream().allMatch(m -> sameness.compatible(c, m))) {
                    int score = g.members.stream().mapToInt(m -> sameness.affinity(c, m)).sum();
                    if (score > bestScore) {
                        best = g;
                        bestScore = score;
                    }
                }
            }
            if (best == null) {
                best = candidates.start(all.size(), sameness.anchorsOf(c));
                all.add(best);
            }
            candidates.add(best, c);
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
