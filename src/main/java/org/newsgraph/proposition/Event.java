package org.newsgraph.proposition;

import java.util.Objects;

/**
 * The main event or state a claim reports.
 *
 * @param type     its class in {@code events.tsv} ("halt", "evacuate")
 * @param word     the words that report it, as written
 * @param polarity whether the claim asserts it, negates it or only speaks of it as possible
 */
public record Event(String type, String word, Polarity polarity) {

    /** How the content holds its event. */
    public enum Polarity {
        /** "the army halted operations". */
        ASSERTED,
        /** "the bombardment had not ceased". */
        NEGATED,
        /** "militants must leave", "attempting to flee", "blocked from fleeing": wished, tried, stopped, feared. */
        HYPOTHETICAL
    }

    public Event {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(word, "word");
        Objects.requireNonNull(polarity, "polarity");
        if (type.isBlank() || word.isBlank()) {
            throw new IllegalArgumentException("an event needs a class and a word, got '" + type + "', '" + word + "'");
        }
    }
}
