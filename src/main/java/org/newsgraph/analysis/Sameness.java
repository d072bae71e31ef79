package org.newsgraph.analysis;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.newsgraph.proposition.Marker;
import org.newsgraph.proposition.Quantity;
import org.newsgraph.proposition.TimeSpan;
import org.newsgraph.proposition.Units;

/**
 * When two claims state the same proposition: the same event class and polarity, places that are one
 * or lie within one another, participants that speak for the same side, numbers that agree, and the
 * same time. Time is judged in three ways:
 * Claims of two articles also need an anchor, something specific in common:
 * <ul>
 *   <li>both dated to the same days, give or take {@value #SAME_DAY} day (time zones, late reports): a
 *       distinctive number, or two of a shared place, agreeing numbers, a non-state participant and the
 *       same voice (a city and a day alone hold many events);</li>
 *   <li>the same speaker (or body) relaying one statement: within {@value #RELAY_DAYS} days, when at least
 *       one claim is dated only by its report (outlets relay statements days later), with a shared place
 *       or number;</li>
 *   <li>an undated claim (its article has no date): a distinctive number, a small number with the same
 *       voice and side, or the same voice at the same place.</li>
 * </ul>
 * "Another group of about 8,000" is a new occurrence: it joins only claims dated to the same days.
 *
 * <p>It reads of each claim only its {@link ClaimRecord#likeness} and whether the two share a document:
 * the grouper counts on that to compare a claim with each distinct kind of member once.
 */
final class Sameness {
    static final int SAME_DAY = 1;
    static final int RELAY_DAYS = 14;
    static final int DISTINCT_NUMBER = 100;

    private final Hierarchy hierarchy;
    private final Units units;

    Sameness(Hierarchy hierarchy, Units units) {
        this.hierarchy = hierarchy;
        this.units = units;
    }

    boolean compatible(ClaimRecord a, ClaimRecord b) {
        if (!a.eventType().equals(b.eventType()) || a.stance() != b.stance() || !placesAgree(a, b)
                || !quantitiesAgree(a, b) || !sidesAgree(a, b) || countsDiffer(a, b)) {
            return false;
        }
        if (a.doc().equals(b.doc())) {
            return a.gapTo(b).map(g -> g <= SAME_DAY).orElse(true) || !stated(a) || !stated(b);
        }
        return timeAndAnchor(a, b);
    }

    /** What {@link #anchorsOf} and {@link #anchorsSought} index a claim by: its document, a unit, a voice at a place. */
    record Anchor(String kind, Object value) {
    }

    /**
     * What a claim offers to a claim that may join it when no date compares the two ({@link ClaimRecord#gapTo}
     * is empty). Such claims of two articles are {@link #compatible} only with a comparable number, or with
     * the same voice at places one of which lies within the other ({@link #timeAndAnchor}), and neither when
     * one is a new occurrence. So when {@code anchorsSought(c)} and {@code anchorsOf(m)} have none in
     * common, {@code compatible(c, m)} is false, and the grouper looks only where they meet.
     */
    Set<Anchor> anchorsOf(ClaimRecord m) {
        Set<Anchor> out = new HashSet<>();
        out.add(new Anchor("doc", m.doc()));
        if (m.has(Marker.NEW_INSTANCE)) {
            return out;
        }
        m.quantities().forEach(q -> out.add(new Anchor("unit", q.unit())));
        Set<Anchor> voices = new HashSet<>();
        for (Node sb : m.speakers()) {
            hierarchy.voice(sb).forEach(v -> voices.add(new Anchor("voice", v)));
            hierarchy.lineage(sb).forEach(x -> voices.add(new Anchor("speaks for", x)));
            if (hierarchy.states().contains(sb)) {
                voices.add(new Anchor("state", sb));
            }
        }
        atPlaces(voices, m, out);
        return out;
    }

    /** What a claim looks for in {@link #anchorsOf} the claims it may join: the cases of {@link #sameVoice}. */
    Set<Anchor> anchorsSought(ClaimRecord c) {
        Set<Anchor> out = new HashSet<>();
        out.add(new Anchor("doc", c.doc()));
        if (c.has(Marker.NEW_INSTANCE)) {
            return out;
        }
        c.quantities().forEach(q -> units.comparableTo(q.unit()).forEach(u -> out.add(new Anchor("unit", u))));
        Set<Anchor> voices = new HashSet<>();
        for (Node sa : c.speakers()) {
            hierarchy.voice(sa).forEach(v -> voices.add(new Anchor("voice", v)));
            if (hierarchy.states().contains(sa)) {
                voices.add(new Anchor("speaks for", sa));
            }
            hierarchy.lineage(sa).forEach(x -> voices.add(new Anchor("state", x)));
        }
        atPlaces(voices, c, out);
        return out;
    }

    /**
     * Each way a voice may meet another ({@link #sameVoice}: one body, a state its speaker, a state itself),
     * at each place of the claim and each place those lie within, where {@link #sharePlace} meets them.
     */
    private void atPlaces(Set<Anchor> voices, ClaimRecord c, Set<Anchor> out) {
        for (Node place : c.places()) {
            for (Node within : hierarchy.within(place)) {
                voices.forEach(v -> out.add(new Anchor("at place", List.of(v, within))));
            }
        }
    }

    /**
     * Two articles' claims need the same time and something specific in common: the same days and a place,
     * a number or a non-state participant; a statement relayed days later by the same voice, with a place or
     * number; an undated claim, a distinctive number, or the same voice at the same place.
     */
    private boolean timeAndAnchor(ClaimRecord a, ClaimRecord b) {
        boolean another = a.has(Marker.NEW_INSTANCE) || b.has(Marker.NEW_INSTANCE);
        Optional<Long> gap = a.gapTo(b);
        if (gap.isEmpty()) {
            return !another && (distinctNumber(a, b) || numbersMatch(a, b) && sharedActor(a, b) && sameVoice(a, b)
                    || sameVoice(a, b) && sharePlace(a, b));
        }
        if (gap.get() <= SAME_DAY) {
            int anchors = (sharePlace(a, b) ? 1 : 0) + (numbersMatch(a, b) ? 1 : 0)
                    + (sharedActor(a, b) || sharedDoer(a, b) ? 1 : 0) + (sameVoice(a, b) ? 1 : 0);
            return anchors >= 2 || distinctNumber(a, b);
        }
        boolean reportDated = !stated(a) || !stated(b);
        return !another && reportDated && gap.get() <= RELAY_DAYS && sameVoice(a, b)
                && (sharePlace(a, b) || numbersMatch(a, b));
    }

    private static boolean stated(ClaimRecord c) {
        return c.time().map(t -> t.precision() == TimeSpan.Precision.STATED).orElse(false);
    }

    /** Both give numbers, and none of one counts what a number of the other counts: two different tallies. */
    private boolean countsDiffer(ClaimRecord a, ClaimRecord b) {
        return !a.quantities().isEmpty() && !b.quantities().isEmpty()
                && a.quantities().stream().noneMatch(qa -> b.quantities().stream().anyMatch(qb -> comparable(qa, qb)));
    }

    /** A participant both name that is not a state ("rebels", "the Syrian army", "Islamic State"). */
    boolean sharedActor(ClaimRecord a, ClaimRecord b) {
        return a.participants().stream().anyMatch(p -> b.participants().contains(p) && !hierarchy.states().contains(p));
    }

    /** A doer of the event both name, other than a state ("Russian warplanes struck" and "strikes by Russian jets"). */
    private boolean sharedDoer(ClaimRecord a, ClaimRecord b) {
        return a.agents().stream().anyMatch(p -> b.agents().contains(p) && !hierarchy.states().contains(p));
    }

    /**
     * Matching numbers that alone tell an event apart: of one unit, precise (not "dozens") and at least
     * {@value #DISTINCT_NUMBER}; "14 militants" needs the same side and voice as well.
     */
    private boolean distinctNumber(ClaimRecord a, ClaimRecord b) {
        return numbersMatch(a, b) && a.quantities().stream().anyMatch(qa -> qa.value() >= DISTINCT_NUMBER && qa.precise()
                && b.quantities().stream().anyMatch(qb -> qb.unit().equals(qa.unit()) && qb.value() >= DISTINCT_NUMBER
                && qb.precise() && qa.agrees(qb)));
    }

    /** How much more than compatible two claims look alike; picks the proposition a claim joins. */
    int affinity(ClaimRecord a, ClaimRecord b) {
        int score = 0;
        score += sameVoice(a, b) ? 3 : 0;
        score += a.doc().equals(b.doc()) ? 3 : 0;
        score += a.participants().stream().anyMatch(b.participants()::contains) ? 1 : 0;
        score += sharePlace(a, b) ? 1 : 0;
        score += a.gapTo(b).map(g -> g == 0 ? 1 : 0).orElse(0);
        score += numbersMatch(a, b) ? 1 : 0;
        return score;
    }

    /** Whether the two claims' events are dated and fall on the same days (give or take one). */
    static boolean sameDays(ClaimRecord a, ClaimRecord b) {
        return a.gapTo(b).map(g -> g <= SAME_DAY).orElse(false);
    }

    boolean placesAgree(ClaimRecord a, ClaimRecord b) {
        return a.places().isEmpty() || b.places().isEmpty() || sharePlace(a, b);
    }

    /** Both name a place, and some place of one is, or lies within, a place of the other. */
    boolean sharePlace(ClaimRecord a, ClaimRecord b) {
        return a.places().stream().anyMatch(p -> b.places().stream().anyMatch(q -> hierarchy.related(p, q)));
    }

    /** Participants that all speak for different sides make different propositions. */
    boolean sidesAgree(ClaimRecord a, ClaimRecord b) {
        return a.participants().isEmpty() || b.participants().isEmpty() || sameSide(a.participants(), b.participants());
    }

    /** Some actor of one speaks for the same topmost actor as some actor of the other. */
    boolean sameSide(Set<Node> a, Set<Node> b) {
        return a.stream().map(hierarchy::source).anyMatch(s -> b.stream().map(hierarchy::source).anyMatch(s::equals));
    }

    boolean quantitiesAgree(ClaimRecord a, ClaimRecord b) {
        for (Quantity qa : a.quantities()) {
            for (Quantity qb : b.quantities()) {
                if (comparable(qa, qb) && !qa.agrees(qb)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Both give a number of a comparable unit, and the numbers agree. */
    boolean numbersMatch(ClaimRecord a, ClaimRecord b) {
        boolean any = false;
        for (Quantity qa : a.quantities()) {
            for (Quantity qb : b.quantities()) {
                if (comparable(qa, qb)) {
                    if (!qa.agrees(qb)) {
                        return false;
                    }
                    any = true;
                }
            }
        }
        return any;
    }

    boolean comparable(Quantity a, Quantity b) {
        return units.comparable(a.unit(), b.unit());
    }

    /**
     * One voice: a speaker and the body it speaks for (Lavrov and the Foreign Ministry), or a state and
     * anyone who speaks for it (Russia and Lavrov); two ministries of one state are two voices.
     */
    boolean sameVoice(ClaimRecord a, ClaimRecord b) {
        for (Node sa : a.speakers()) {
            for (Node sb : b.speakers()) {
                if (hierarchy.voice(sa).stream().anyMatch(hierarchy.voice(sb)::contains)
                        || hierarchy.states().contains(sa) && hierarchy.lineage(sb).contains(sa)
                        || hierarchy.states().contains(sb) && hierarchy.lineage(sa).contains(sb)) {
                    return true;
                }
            }
        }
        return false;
    }
}
