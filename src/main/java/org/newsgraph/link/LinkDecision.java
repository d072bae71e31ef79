package org.newsgraph.link;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apache.jena.graph.Node;

/**
 * What linking concluded for one entity, kept in the store for review.
 *
 * @param entity       the entity's IRI
 * @param outcome      linked, ambiguous, no match, or set by the override file
 * @param qid          the item linked to; null unless the outcome links
 * @param score        the chosen candidate's score, 0 to 1 (0 when nothing was chosen)
 * @param alternatives every candidate weighed, best first
 * @param source       where the candidates came from (see {@link WikidataLinker#source()}) or the override line
 * @param reason       one line a person can check
 */
public record LinkDecision(Node entity, Outcome outcome, String qid, double score, List<ScoredCandidate> alternatives,
                           String source, String reason) {

    /** The kinds of conclusion. */
    public enum Outcome {
        LINKED, AMBIGUOUS, NO_MATCH, OVERRIDE;

        /** The form stored in {@code ng:outcome}: linked, ambiguous, no-match, override. */
        public String term() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /**
     * One candidate and how well it fits.
     *
     * @param score  0 to 1
     * @param reason what made the score
     */
    public record ScoredCandidate(LinkCandidate candidate, double score, String reason) {
        public ScoredCandidate {
            Objects.requireNonNull(candidate, "candidate");
            Objects.requireNonNull(reason, "reason");
            requireScore(score);
        }
    }

    public LinkDecision {
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(reason, "reason");
        requireScore(score);
        alternatives = List.copyOf(alternatives);
        boolean links = outcome == Outcome.LINKED || outcome == Outcome.OVERRIDE && qid != null;
        if (links) {
            LinkCandidate.requireQid(qid);
        } else if (qid != null) {
            throw new IllegalArgumentException("a '" + outcome.term() + "' decision links to nothing, got " + qid);
        }
    }

    /** Whether the entity gets {@code owl:sameAs} the item. */
    public boolean links() {
        return qid != null;
    }

    private static void requireScore(double score) {
        if (!(score >= 0 && score <= 1)) {
            throw new IllegalArgumentException("score must be within [0, 1], got " + score);
        }
    }
}
