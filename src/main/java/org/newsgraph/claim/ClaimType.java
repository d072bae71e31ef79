package org.newsgraph.claim;

/** What a statement read from text asserts about its subject. */
public enum ClaimType {
    /** The subject supports, arms, funds, trains or is allied to the object. */
    BACKS,
    /** The subject fights, attacks, takes ground from or is hostile to the object. */
    OPPOSES,
    /** The subject said the evidence text. */
    CLAIMS,
    /** The subject rejected or negated the proposition in the evidence text. */
    DENIES;

    public boolean isRelation() {
        return this == BACKS || this == OPPOSES;
    }
}
