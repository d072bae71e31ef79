package org.newsgraph.proposition;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a claim says, apart from who says it: the features that decide which claims state the same
 * proposition and which contradict or doubt one another.
 *
 * @param start         char offset of the claim into the document text (identifies the claim)
 * @param end           char offset, exclusive
 * @param content       the claim's words without their attribution ("... , Lavrov said")
 * @param event         the main event or state, when a word of {@code events.tsv} reports one
 * @param participants  entity keys of the actors the content names
 * @param agents        those of them that do the event: named before it, or after "by" ("killed by ...")
 * @param places        entity keys of the places the content names
 * @param time          when the event took place, when the text or the article's date tells
 * @param quantities    the numbers with units, in text order; parts of an earlier number left out
 * @param markers       doubt, denial, another occurrence, before/after a statement, continuation
 * @param deniedSources entity keys of those whose claims a denial rejects ("the militants' claims")
 */
public record ClaimContent(int start, int end, String content, Optional<Event> event, List<String> participants,
                           List<String> agents, List<String> places, Optional<TimeSpan> time, List<Quantity> quantities, Set<Marker> markers,
                           List<String> deniedSources) {
    public ClaimContent {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(event, "event");
        participants = List.copyOf(participants);
        agents = List.copyOf(agents);
        places = List.copyOf(places);
        Objects.requireNonNull(time, "time");
        quantities = List.copyOf(quantities);
        markers = markers.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(markers));
        deniedSources = List.copyOf(deniedSources);
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("claim span [" + start + ", " + end + ") is empty or negative");
        }
    }
}
