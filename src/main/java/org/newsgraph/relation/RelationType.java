package org.newsgraph.relation;

/** How one actor stands to another, as an article states it. */
public enum RelationType {
    /** The subject supports, arms, funds, trains or is allied to the object. */
    BACKS,
    /** The subject fights, attacks, takes ground from or is hostile to the object. */
    OPPOSES;

    /** The label rules use for it ({@code backs}, {@code opposes}). */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
