package org.newsgraph.analysis;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.newsgraph.proposition.Event;
import org.newsgraph.proposition.Marker;
import org.newsgraph.proposition.Quantity;
import org.newsgraph.proposition.TimeSpan;

/**
 * A claim as the cross-outlet analysis reads it back from the store: where it was published, who said
 * it, and what it says.
 *
 * @param claim         the ng:Claim node
 * @param doc           its document, also its graph
 * @param file          the document's file name
 * @param issued        the document's date, when known
 * @param outlet        the document's ng:Outlet node, when it states one
 * @param start         char offset of the claim in its document, for a stable order
 * @param content       what it says without its attribution
 * @param speakers      who claims or denies it
 * @param eventType     its event class, when it reports one
 * @param polarity      how it holds its event
 * @param participants  actors its content names
 * @param agents        those of them that do the event
 * @param places        places its content names
 * @param time          when its event took place, when known
 * @param quantities    its numbers, the first of each unit, in text order
 * @param markers       doubt, denial, another occurrence, before/after, continuing
 * @param deniedSources actors whose claims it rejects
 */
record ClaimRecord(Node claim, Node doc, String file, Optional<LocalDate> issued, Optional<Node> outlet, int start,
                   String content, List<Node> speakers, Optional<String> eventType, Event.Polarity polarity, Set<Node> participants,
                   Set<Node> agents, Set<Node> places, Optional<TimeSpan> time, List<Quantity> quantities, Set<Marker> markers,
                   Set<Node> deniedSources) {
    ClaimRecord {
        Objects.requireNonNull(claim, "claim");
        Objects.requireNonNull(doc, "doc");
        Objects.requireNonNull(content, "content");
        speakers = List.copyOf(speakers);
        participants = Set.copyOf(participants);
        agents = Set.copyOf(agents);
        places = Set.copyOf(places);
        quantities = List.copyOf(quantities);
        markers = Set.copyOf(markers);
        deniedSources = Set.copyOf(deniedSources);
    }

    /**
     * All that {@link Sameness} reads of a claim besides its document. Two claims of other articles than
     * a third's that are alike in this compare alike with it, which lets the grouper weigh a proposition's
     * copies of one claim (an article syndicated by many outlets) once, whatever their number.
     */
    record Likeness(List<Node> speakers, Optional<String> eventType, Event.Polarity polarity, Set<Node> participants,
                    Set<Node> agents, Set<Node> places, Optional<TimeSpan> time, List<Quantity> quantities,
                    Set<Marker> markers, Set<Node> deniedSources) {
    }

    Likeness likeness() {
        return new Likeness(speakers, eventType, polarity, participants, agents, places, time, quantities, markers,
                deniedSources);
    }

    boolean has(Marker m) {
        return markers.contains(m);
    }

    /**
     * The polarity that counts: a denial without a named source ("the deal is unreal", "its forces have
     * not been involved") negates its own event.
     */
    Event.Polarity stance() {
        if (polarity == Event.Polarity.ASSERTED && has(Marker.DENIAL) && deniedSources.isEmpty()) {
            return Event.Polarity.NEGATED;
        }
        return polarity;
    }

    /** A claim that states its event (rather than doubting it or rejecting someone's claims) may express a proposition. */
    boolean statesEvent() {
        return eventType.isPresent() && !has(Marker.DOUBT) && deniedSources.isEmpty();
    }

    /** Days between the two events' time ranges, 0 when they overlap; empty when either is unknown. */
    Optional<Long> gapTo(ClaimRecord other) {
        if (time.isEmpty() || other.time.isEmpty()) {
            return Optional.empty();
        }
        TimeSpan a = time.get();
        TimeSpan b = other.time.get();
        LocalDate laterStart = a.from().isAfter(b.from()) ? a.from() : b.from();
        LocalDate earlierEnd = a.to().isBefore(b.to()) ? a.to() : b.to();
        return Optional.of(Math.max(0, ChronoUnit.DAYS.between(earlierEnd, laterStart)));
    }
}
