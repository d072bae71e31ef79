package org.newsgraph.claim;

import java.util.Objects;
import java.util.Optional;

/**
 * One statement read from an article: who backs or opposes whom, or who claims or denies what.
 *
 * @param subject  entity key of the actor
 * @param type     the relation or stance
 * @param object   entity key of the other actor, for BACKS and OPPOSES; empty for CLAIMS and DENIES
 * @param evidence the words it was read from: the relation's phrase, or the claim's sentence or quote
 * @param rule     the extraction rule, so a wrong statement can be traced
 * @param cue      the word that marks it ("backed", "said", "according to", "denied")
 * @param speakerSurface how the text names the subject
 */
public record Claim(String subject, ClaimType type, Optional<String> object, Evidence evidence, String rule, String cue,
                    String speakerSurface) {
    public Claim {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(object, "object");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(cue, "cue");
        Objects.requireNonNull(speakerSurface, "speakerSurface");
        if (type.isRelation() != object.isPresent()) {
            throw new IllegalArgumentException(type + " needs " + (type.isRelation() ? "an" : "no") + " object; subject "
                    + subject + ", evidence '" + evidence.text() + "'");
        }
        if (object.isPresent() && object.get().equals(subject)) {
            throw new IllegalArgumentException("an actor does not " + type + " itself: " + subject);
        }
    }
}
