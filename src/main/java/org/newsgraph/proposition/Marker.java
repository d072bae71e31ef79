package org.newsgraph.proposition;

import java.util.Locale;

/** What a claim's content says about its own event, besides the event: read from {@code markers.tsv}. */
public enum Marker {
    /** The speaker doubts the event ("no confirmation that", "it remains to be seen whether"). */
    DOUBT,
    /** The speaker calls something false ("fictitious", "baseless", "denied"). */
    DENIAL,
    /** A new occurrence, not one reported before ("another group of about 8,000"). */
    NEW_INSTANCE,
    /** The event came before a statement ("before Lavrov's announcement"). */
    BEFORE,
    /** The event came after a statement ("after his remarks were published"). */
    AFTER,
    /** The event goes on ("still", "continued", "despite the truce"). */
    CONTINUING;

    /** The name stored in RDF: lower case with hyphens ("new-instance"). */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
