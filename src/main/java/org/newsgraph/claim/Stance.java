package org.newsgraph.claim;

/** What a speaker does with the statement attributed to them. */
public enum Stance {
    /** The speaker asserts it. */
    CLAIMS,
    /** The speaker rejects or negates a proposition: "denied", "fictitious", "has not been involved". */
    DENIES
}
