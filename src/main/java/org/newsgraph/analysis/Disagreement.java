package org.newsgraph.analysis;

import java.util.Objects;
import org.apache.jena.graph.Node;

/**
 * One claim against another claim or a proposition.
 *
 * @param claim     the claim that contradicts or doubts
 * @param target    the claim or proposition it is against
 * @param predicate ng:contradicts or ng:disputes
 * @param reason    why: denial, opposite-state, numeric-mismatch or doubt
 * @param evidence  the claim of the target that the link was found against (the target itself for a claim)
 */
record Disagreement(Node claim, Node target, Node predicate, String reason, Node evidence) {
    Disagreement {
        Objects.requireNonNull(claim, "claim");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(predicate, "predicate");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(evidence, "evidence");
    }
}
