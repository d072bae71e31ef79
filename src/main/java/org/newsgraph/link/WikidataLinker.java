package org.newsgraph.link;

import java.util.List;
import java.util.SortedSet;

/**
 * Finds Wikidata items by English name: the shipped extract ({@link ExtractLinker}) or a SPARQL
 * endpoint that speaks the Wikidata Query Service protocol ({@link SparqlEndpointLinker}). Both send
 * the same {@link CandidateQuery}, so they differ only in what they know.
 */
public interface WikidataLinker {

    /**
     * Items whose English label or alias is exactly one of {@code names} (case counts, as on
     * Wikidata) and which are of a kind linking knows; one candidate per matching (name, item).
     *
     * @param names non-empty names, looked up in their sorted order
     * @return the candidates, never null; empty when nothing matches
     * @throws LinkException when the source cannot answer
     */
    List<LinkCandidate> candidates(SortedSet<String> names);

    /** Where candidates come from, as decisions record it: "shipped extract" or the endpoint's URL. */
    String source();
}
