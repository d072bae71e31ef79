package org.newsgraph.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.newsgraph.proposition.TimeSpan;

/**
 * Groups claims that state the same proposition. Claims are taken in a fixed order (stated times
 * first, then dated by their report, then undated; by date, file and offset), and each joins the
 * proposition it is compatible with in every member and most alike, or starts a new one. The same
 * claims always give the same propositions, whatever order they were ingested in.
 */
final class PropositionGrouper {
    private final Sameness sameness;
    private final int threads;

    PropositionGrouper(Sameness sameness, int threads) {
        this.sameness = sameness;
        this.threads = threads;
    }

    /**
     * A proposition being built: its members, and the days its dated members span. Members of other
     * articles than a joining claim's compare with it by their {@link ClaimRecord.Likeness} alone, so they
     * are kept as kinds, each weighed once however many articles hold a copy; members of its own article
     * are compared one by one.
     */
    private static final class Group {
        /** Its place among the propositions of its event class, which are compared in this order. */
        final int index;
        /** Where its first member comes in the fixed order of all claims: the order of the output. */
        final int founder;
        final List<ClaimRecord> members = new ArrayList<>();
        final Map<Node, List<ClaimRecord>> byDoc = new HashMap<>();
        final Map<ClaimRecord.Likeness, Kind> kinds = new LinkedHashMap<>();
        LocalDate first;
        LocalDate last;

        Group(int index, int founder) {
            this.index = index;
            this.founder = founder;
        }

        void add(ClaimRecord c) {
            members.add(c);
            byDoc.computeIfAbsent(c.doc(), k -> new ArrayList<>()).add(c);
            kinds.computeIfAbsent(c.likeness(), k -> new Kind(c)).add(c);
        }
    }

    /** Members alike in all but their article: how many in each article, and one from each of two articles. */
    private static final class Kind {
        final ClaimRecord one;
        ClaimRecord another;
        int count;
        final Map<Node, Integer> perDoc = new HashMap<>();

        Kind(ClaimRecord one) {
            this.one = one;
        }

        void add(ClaimRecord c) {
            count++;
            perDoc.merge(c.doc(), 1, Integer::sum);
            if (another == null && !c.doc().equals(one.doc())) {
                another = c;
            }
        }

        /** How many of them are of another article than {@code doc}. */
        int outside(Node doc) {
            return count - perDoc.getOrDefault(doc, 0);
        }

        /** One of them of another article than {@code doc}; call only when {@link #outside} is not 0. */
        ClaimRecord outsideOf(Node doc) {
            return one.doc().equals(doc) ? another : one;
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
        final List<Group> groups = new ArrayList<>();

        /** The groups {@code c} may join, in the order they were started. */
        List<Group> near(ClaimRecord c, Set<Sameness.Anchor> sought) {
            // Group indices, sorted and deduplicated below: a claim of a large undated corpus has hundreds.
            int[] found = new int[32];
            int n = 0;
            boolean dated = c.time().isPresent();
            for (Sameness.Anchor a : sought) {
                for (Group g : byAnchor.getOrDefault(a, List.of())) {
                    // A dated claim meets a dated group by day only; those days say when it may join.
                    if (!dated || g.first == null) {
                        found = add(found, n++, g.index);
                    }
                }
            }
            if (dated) {
                TimeSpan t = c.time().get();
                for (LocalDate d = t.from(); !d.isAfter(t.to()); d = d.plusDays(1)) {
                    for (Group g : byDay.getOrDefault(d, List.of())) {
                        found = add(found, n++, g.index);
                    }
                }
            }
            Arrays.sort(found, 0, n);
            List<Group> out = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (i == 0 || found[i] != found[i - 1]) {
                    out.add(groups.get(found[i]));
                }
            }
            return out;
        }

        private static int[] add(int[] to, int at, int value) {
            int[] out = at < to.length ? to : Arrays.copyOf(to, to.length * 2);
            out[at] = value;
            return out;
        }

        /** Starts a group with its first member's anchors: the claims it is compared with share one. */
        Group start(int founder, Set<Sameness.Anchor> anchors) {
            Group g = new Group(groups.size(), founder);
            groups.add(g);
            anchors.forEach(a -> byAnchor.computeIfAbsent(a, k -> new ArrayList<>()).add(g));
            return g;
        }

        /** Adds {@code c} to {@code g}, widening the days it is found by. */
        void add(Group g, ClaimRecord c) {
            g.add(c);
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

    /**
     * The propositions, each a list of claims in input order; claims that state no event are left out.
     * Claims of different event classes never meet, so each class is grouped on its own, the classes
     * spread over the threads, largest first.
     */
    List<List<ClaimRecord>> group(List<ClaimRecord> claims) {
        List<ClaimRecord> ordered = new ArrayList<>(claims.stream().filter(ClaimRecord::statesEvent).toList());
        ordered.sort(Comparator.comparingInt(PropositionGrouper::precisionRank)
                .thenComparing(c -> c.time().map(TimeSpan::from).orElse(LocalDate.MAX))
                .thenComparing(ClaimRecord::file).thenComparingInt(ClaimRecord::start));
        Map<String, List<Integer>> byType = new HashMap<>();
        for (int i = 0; i < ordered.size(); i++) {
            byType.computeIfAbsent(ordered.get(i).eventType().orElseThrow(), k -> new ArrayList<>()).add(i);
        }
        List<List<Integer>> classes = new ArrayList<>(byType.values());
        classes.sort(Comparator.comparingInt((List<Integer> l) -> l.size()).reversed());
        List<Group> all = new ArrayList<>();
        Parallel.map(classes, positions -> groupClass(ordered, positions), threads).forEach(all::addAll);
        all.sort(Comparator.comparingInt(g -> g.founder));
        List<List<ClaimRecord>> out = new ArrayList<>();
        for (Group g : all) {
            List<ClaimRecord> members = new ArrayList<>(g.members);
            members.sort(Comparator.comparing(ClaimRecord::file).thenComparingInt(ClaimRecord::start));
            out.add(List.copyOf(members));
        }
        return out;
    }

    /** The propositions of the claims of one event class, at {@code positions} of {@code ordered}. */
    private List<Group> groupClass(List<ClaimRecord> ordered, List<Integer> positions) {
        Candidates candidates = new Candidates();
        for (int position : positions) {
            ClaimRecord c = ordered.get(position);
            Group best = null;
            int bestScore = -1;
            for (Group g : candidates.near(c, sameness.anchorsSought(c))) {
                int score = score(c, g);
                if (score > bestScore) {
                    best = g;
                    bestScore = score;
                }
            }
            if (best == null) {
                best = candidates.start(position, sameness.anchorsOf(c));
            }
            candidates.add(best, c);
        }
        return candidates.groups;
    }

    /**
     * The sum of {@code c}'s affinity with every member of {@code g}, or -1 when it is not compatible with
     * them all: each member of its own article, and each kind of the others once.
     */
    private int score(ClaimRecord c, Group g) {
        List<ClaimRecord> own = g.byDoc.get(c.doc());
        int score = 0;
        // Most propositions hold nothing of c's article: each kind is then outside it whole.
        if (own == null) {
            for (Kind k : g.kinds.values()) {
                if (!sameness.compatible(c, k.one)) {
                    return -1;
                }
                score += k.count * sameness.affinity(c, k.one);
            }
            return score;
        }
        for (ClaimRecord m : own) {
            if (!sameness.compatible(c, m)) {
                return -1;
            }
            score += sameness.affinity(c, m);
        }
        for (Kind k : g.kinds.values()) {
            int outside = k.outside(c.doc());
            if (outside > 0) {
                ClaimRecord m = k.outsideOf(c.doc());
                if (!sameness.compatible(c, m)) {
                    return -1;
                }
                score += outside * sameness.affinity(c, m);
            }
        }
        return score;
    }

    private static int precisionRank(ClaimRecord c) {
        return c.time().map(t -> t.precision() == TimeSpan.Precision.STATED ? 0 : 1).orElse(2);
    }
}
