package org.newsgraph.link;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a link run did.
 *
 * @param alreadyLinked entities whose Wikidata id came from the catalogue or an article
 * @param outcomes      decisions per outcome, for the entities without one
 * @param coordinates   places given coordinates
 * @param sources       where candidates came from
 * @param warnings      what the user should know: a fallback from the endpoint, overrides that do not apply
 * @param graphsWritten graphs rewritten (links, cache, extract); 0 when nothing changed
 * @param endpointFailed whether the live endpoint failed to answer for some names, which were then
 *                       linked from the extract and cached answers only
 */
public record LinkReport(int alreadyLinked, Map<LinkDecision.Outcome, Integer> outcomes, int coordinates,
                         String sources, List<String> warnings, int graphsWritten, boolean endpointFailed) {
    public LinkReport {
        outcomes = Map.copyOf(outcomes);
        warnings = List.copyOf(warnings);
    }

    public int count(LinkDecision.Outcome outcome) {
        return outcomes.getOrDefault(outcome, 0);
    }

    /** One line for the terminal. */
    public String summary() {
        return String.format(Locale.ROOT,
                "links: %d linked, %d by override, %d ambiguous, %d no match (%d had a Wikidata id already);"
                        + " %d places with coordinates; candidates from %s%s",
                count(LinkDecision.Outcome.LINKED), count(LinkDecision.Outcome.OVERRIDE),
                count(LinkDecision.Outcome.AMBIGUOUS), count(LinkDecision.Outcome.NO_MATCH), alreadyLinked, coordinates,
                sources, graphsWritten == 0 ? "; store unchanged" : "");
    }
}
