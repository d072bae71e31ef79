package org.newsgraph.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.newsgraph.proposition.Event;
import org.newsgraph.proposition.EventLexicon;
import org.newsgraph.proposition.Marker;
import org.newsgraph.proposition.Quantity;
import org.newsgraph.proposition.TimeSpan;
import org.newsgraph.rdf.NG;

/**
 * Finds the claims that contradict or doubt what other speakers state. A link needs the two claims
 * in one article, or evidence that they speak of the same event: dated to the same days, and sharing a
 * place (or, for a denial, a participant). A speaker never contradicts its own voice.
 * <ul>
 *   <li><b>doubt</b> (ng:disputes): "no confirmation that the army had ceased fire" against the halt;</li>
 *   <li><b>denial</b> of a source: "the militants' claims were fictitious" against the militants' claims;</li>
 *   <li><b>denial</b> of an event: "Russia denied its jets struck the hospital" against those who say they did;</li>
 *   <li><b>opposite-state</b>: the event goes on ("still", "after his remarks", "despite the truce"), or is
 *       reported negated, against its halt; a report of before the statement is no contradiction;</li>
 *   <li><b>numeric-mismatch</b>: two counts of one event, by the same doers, at one place on the same stated
 *       day, that cannot both hold.</li>
 * </ul>
 */
final class DisagreementFinder {
    /** Claims judged together on one thread: enough to outweigh handing them over. */
    static final int CHUNK = 2_000;
    private final Sameness sameness;
    private final EventLexicon events;
    private final int threads;
    private final int chunk;

    DisagreementFinder(Sameness sameness, EventLexicon events, int threads) {
        this(sameness, events, threads, CHUNK);
    }

    /** Judges pieces of {@code chunk} claims on at most {@code threads} threads. */
    DisagreementFinder(Sameness sameness, EventLexicon events, int threads, int chunk) {
        this.sameness = sameness;
        this.events = events;
        this.threads = threads;
        this.chunk = chunk;
    }

    List<Disagreement> find(List<ClaimRecord> claims, Map<Node, Node> propositionOf) {
        Map<String, List<ClaimRecord>> byType = new HashMap<>();
        for (ClaimRecord c : claims) {
            if (c.statesEvent() && c.stance() == Event.Polarity.ASSERTED) {
                byType.computeIfAbsent(c.eventType().orElseThrow(), k -> new ArrayList<>()).add(c);
            }
        }
        Map<String, NearClaims> stating = new HashMap<>();
        byType.forEach((type, list) -> stating.put(type, new NearClaims(list)));
        NearClaims all = new NearClaims(claims);
        // Each claim is judged on its own, so pieces of the list go to the threads; the links come back in its order.
        List<List<Disagreement>> found = Parallel.map(Parallel.chunks(claims, chunk), piece -> piece.stream()
                .flatMap(x -> against(x, all, stating, propositionOf).stream()).toList(), threads);
        Map<String, Disagreement> out = new LinkedHashMap<>();
        for (List<Disagreement> piece : found) {
            for (Disagreement d : piece) {
                out.putIfAbsent(d.claim() + " " + d.target(), d);
            }
        }
        return List.copyOf(out.values());
    }

    /** What x speaks against, among the asserting claims of its article or its days. */
    private List<Disagreement> against(ClaimRecord x, NearClaims all, Map<String, NearClaims> stating,
                                       Map<Node, Node> propositionOf) {
        List<Disagreement> out = new ArrayList<>();
        Optional<String> type = x.eventType();
        if (x.has(Marker.DOUBT)) {
            type.ifPresent(t -> near(stating, t, x).stream().filter(t2 -> related(x, t2, false))
                    .forEach(t2 -> out.add(link(x, t2, NG.disputes, "doubt", propositionOf))));
            return out;
        }
        if (x.has(Marker.DENIAL) && !x.deniedSources().isEmpty()) {
            deniedClaims(x, all.sameArticle(x)).forEach(t -> out.add(link(x, t, NG.contradicts, "denial", propositionOf)));
            return out;
        }
        if (!x.statesEvent()) {
            return out;
        }
        if (x.stance() == Event.Polarity.NEGATED) {
            String reason = x.has(Marker.DENIAL) ? "denial" : "opposite-state";
            near(stating, type.get(), x).stream().filter(t -> related(x, t, false) && sameDoers(x, t))
                    .forEach(t -> out.add(link(x, t, NG.contradicts, reason, propositionOf)));
            return out;
        }
        if (x.stance() != Event.Polarity.ASSERTED) {
            return out;
        }
        for (Map.Entry<String, NearClaims> e : stating.entrySet()) {
            if (events.opposites(e.getKey()).contains(type.get()) && goesOnAfter(x)) {
                e.getValue().near(x).stream().filter(t -> related(x, t, false) && !statedEarlier(x, t))
                        .forEach(t -> out.add(link(x, t, NG.contradicts, "opposite-state", propositionOf)));
            }
        }
        near(stating, type.get(), x).stream().filter(t -> numbersClash(x, t))
                .forEach(t -> out.add(link(x, t, NG.contradicts, "numeric-mismatch", propositionOf)));
        return out;
    }

    private static List<ClaimRecord> near(Map<String, NearClaims> stating, String type, ClaimRecord x) {
        NearClaims claims = stating.get(type);
        return claims == null ? List.of() : claims.near(x);
    }

    /**
     * Whether x may speak against t: another voice, and the same article, or the same days and a shared
     * place (the same day exactly, when {@code strict}).
     */
    private boolean related(ClaimRecord x, ClaimRecord t, boolean strict) {
        if (x.claim().equals(t.claim())) {
            return false;
        }
        boolean near = x.doc().equals(t.doc()) ? sameness.placesAgree(x, t) && sameness.sidesAgree(x, t)
                : (strict ? x.gapTo(t).map(g -> g == 0).orElse(false) : Sameness.sameDays(x, t)) && sameness.sharePlace(x, t);
        return near && !sameness.sameVoice(x, t);
    }

    /**
     * Both name who does the event, and some doer of one speaks for the side of a doer of the other. A
     * denial that names no doer ("denied any involvement") speaks of its speaker's own side.
     */
    private boolean sameDoers(ClaimRecord x, ClaimRecord t) {
        Set<Node> doers = x.agents().isEmpty() && x.has(Marker.DENIAL) ? Set.copyOf(x.speakers()) : x.agents();
        return !doers.isEmpty() && !t.agents().isEmpty() && sameness.sameSide(doers, t.agents());
    }

    /** A report that the event went on: "still", "continued", "after his remarks", "despite"; not "before". */
    private static boolean goesOnAfter(ClaimRecord x) {
        return !x.has(Marker.BEFORE) && (x.has(Marker.CONTINUING) || x.has(Marker.AFTER));
    }

    /** x's own words date its event before t's. */
    private static boolean statedEarlier(ClaimRecord x, ClaimRecord t) {
        return x.time().isPresent() && t.time().isPresent() && x.time().get().precision() == TimeSpan.Precision.STATED
                && x.time().get().to().isBefore(t.time().get().from());
    }

    /** The claims of the denied sources: in the denial's article ({@code article}), about its event when it names one. */
    private List<ClaimRecord> deniedClaims(ClaimRecord x, List<ClaimRecord> article) {
        List<ClaimRecord> bySource = article.stream().filter(t -> !t.claim().equals(x.claim())
                && !t.has(Marker.DENIAL) && t.speakers().stream().anyMatch(x.deniedSources()::contains)).toList();
        List<ClaimRecord> sameEvent = bySource.stream().filter(t -> t.eventType().equals(x.eventType())).toList();
        return x.eventType().isPresent() && !sameEvent.isEmpty() ? sameEvent : bySource;
    }

    /**
     * Two counts of one event by the same doers, at one place on the same stated day, that cannot both
     * hold. Said once per pair: by the claim whose IRI sorts later.
     */
    private boolean numbersClash(ClaimRecord x, ClaimRecord t) {
        if (x.quantities().isEmpty() || t.quantities().isEmpty() || !stated(x) || !stated(t)
                || x.claim().getURI().compareTo(t.claim().getURI()) <= 0 || x.doc().equals(t.doc())
                || x.has(Marker.NEW_INSTANCE) || t.has(Marker.NEW_INSTANCE) || !related(x, t, true) || !sameDoers(x, t)) {
            return false;
        }
        for (Quantity a : x.quantities()) {
            for (Quantity b : t.quantities()) {
                if (a.unit().equals(b.unit()) && apart(a, b)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean stated(ClaimRecord c) {
        return c.time().map(t -> t.precision() == TimeSpan.Precision.STATED).orElse(false);
    }

    /** Ranges that do not meet even read generously: "at least 16" has no upper bound, "up to 20" no lower. */
    private static boolean apart(Quantity a, Quantity b) {
        double aHigh = a.low() == a.value() && a.high() > a.value() ? Double.MAX_VALUE : a.high();
        double bHigh = b.low() == b.value() && b.high() > b.value() ? Double.MAX_VALUE : b.high();
        double aLow = a.high() == a.value() && a.low() < a.value() ? 0 : a.low();
        double bLow = b.high() == b.value() && b.low() < b.value() ? 0 : b.low();
        return aLow > bHigh * 1.1 || bLow > aHigh * 1.1;
    }

    private static Disagreement link(ClaimRecord x, ClaimRecord t, Node predicate, String reason, Map<Node, Node> propositionOf) {
        return new Disagreement(x.claim(), propositionOf.getOrDefault(t.claim(), t.claim()), predicate, reason, t.claim());
    }
}
