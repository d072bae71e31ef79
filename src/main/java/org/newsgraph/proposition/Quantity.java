package org.newsgraph.proposition;

import java.util.Objects;

/**
 * A number with its unit, as a claim states it: "more than 8,000 civilians" is 8,000 civilians,
 * between 8,000 and 9,600.
 *
 * @param value the number written
 * @param low   the least it may mean (the qualifier and roundness decide)
 * @param high  the most it may mean
 * @param unit  the unit class in {@code quantities.tsv} ("civilians", "percent")
 * @param text  the words, as written
 */
public record Quantity(double value, double low, double high, String unit, String text) {
    public Quantity {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(text, "text");
        if (!(low <= value && value <= high) || low < 0) {
            throw new IllegalArgumentException("quantity '" + text + "': " + value + " must lie in [" + low + ", " + high
                    + "], not below 0");
        }
    }

    /** A count, not a vague word ("dozens", "hundreds") whose range spans more than half again its least. */
    public boolean precise() {
        return high <= value * 1.5 && low >= value / 1.5;
    }

    /** Whether two quantities of one unit may count the same thing: their ranges overlap. */
    public boolean agrees(Quantity other) {
        return low <= other.high && other.low <= high;
    }
}
