package org.newsgraph.relation;

import java.util.Objects;
import org.newsgraph.nlp.Evidence;

/**
 * One actor backs or opposes another, as a sentence of an article states it.
 *
 * @param subject    entity key of the actor that backs or opposes
 * @param type       backs or opposes
 * @param object     entity key of the other actor; never the subject
 * @param evidence   the words it was read from
 * @param rule       the rule that read it, so a wrong relation can be traced
 * @param cue        the word that marks it ("backed", "shelled"), or "" when the rule names none
 * @param confidence the rule's precision measured on the development set, 0–1
 */
public record Relation(String subject, RelationType type, String object, Evidence evidence, String rule, String cue,
                       double confidence) {
    public Relation {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(object, "object");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(cue, "cue");
        if (subject.equals(object)) {
            throw new IllegalArgumentException("an actor does not " + type.label() + " itself: " + subject + " (rule "
                    + rule + ")");
        }
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence " + confidence + " of rule " + rule + " is outside 0–1");
        }
    }
}
