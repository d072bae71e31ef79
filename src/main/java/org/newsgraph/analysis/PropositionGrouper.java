package org.newsgraph.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
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
     * The propositions of one event class, found by day: a dated claim is near a group whose days, widened
     * by {@link Sameness#RELAY_DAYS}, overlap its own, so it is compared with those groups and the undated
     * ones, not with every group of its class. An undated claim is compared with all.
     */
    private static final class Candidates {
        final List<Group> all = new ArrayList<>();
        final Set<Group> undated = new HashSet<>();
        final Map<LocalDate, List<Group>> byDay = new HashMap<>();

        /** The groups near {@code c}, in the order they were started. */
        Collection<Group> near(ClaimRecord c) {
            if (c.time().isEmpty()) {
                return all;
            }
            TimeSpan t = c.time().get();
            Map<Integer, Group> found = new TreeMap<>();
            undated.forEach(g -> found.put(g.index, g));
            for (LocalDate d = t.from(); !d.isAfter(t.to()); d = d.plusDays(1)) {
                byDay.getOrDefault(d, List.of()).forEach(g -> found.put(g.index, g));
            }
            return found.values();
        }

        Group start(int index) {
            Group g = new Group(index);
            all.add(g);
            undated.add(g);
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
            if (g.first == null) {
                undated.remove(g);
            }
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
            for (Group g : candidates.near(c)) {
                if (g.members.stream().allMatch(m -> sameness.compatible(c, m))) {
                    int score = g.members.stream().mapToInt(m -> sameness.affinity(c, m)).sum();
                    if (score > bestScore) {
                        best = g;
                        bestScore = score;
                    }
                }
            }
            if (best == null) {
                best = candidates.start(all.size());
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
