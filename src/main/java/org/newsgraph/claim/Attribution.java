package org.newsgraph.claim;

import java.util.Objects;
import org.newsgraph.nlp.Evidence;

/**
 * A statement an article attributes to a speaker: reported speech whose speaker can be named.
 *
 * @param speaker        entity key of the person or body who said it
 * @param stance         claims, or denies
 * @param evidence       the sentence (a run-on one cut to the words around the cue)
 * @param rule           the rule that attributed it, so a wrong attribution can be traced
 * @param cue            the word that marks it ("said", "according to", ":")
 * @param speakerSurface how the text names the speaker there ("he", "the official", "Lavrov")
 * @param confidence     the rule's precision measured on the development set, 0–1
 */
public record Attribution(String speaker, Stance stance, Evidence evidence, String rule, String cue,
                          String speakerSurface, double confidence) {
    public Attribution {
        Objects.requireNonNull(speaker, "speaker");
        Objects.requireNonNull(stance, "stance");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(cue, "cue");
        Objects.requireNonNull(speakerSurface, "speakerSurface");
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence " + confidence + " of rule " + rule + " is outside 0–1");
        }
    }
}
