package org.newsgraph.relation;

import java.util.Objects;
import org.newsgraph.nlp.Evidence;

/**
 * A place a sentence says an actor holds: "the rebel-held town of Atarib", "Raqqa, controlled by IS",
 * "districts under government control".
 *
 * @param place      entity key of the place
 * @param holder     entity key of the actor holding it
 * @param evidence   the words it was read from
 * @param rule       the rule that read it
 * @param confidence the rule's precision measured on the development set, 0–1
 */
public record Control(String place, String holder, Evidence evidence, String rule, double confidence) {
    public Control {
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(holder, "holder");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(rule, "rule");
    }
}
