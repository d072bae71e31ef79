package org.newsgraph.proposition;

import java.time.LocalDate;
import java.util.Objects;

/**
 * When a claim's event took place, as a range of days.
 *
 * @param from       first day, inclusive
 * @param to         last day, inclusive
 * @param precision  whether the content states the time or only the report's date bounds it
 * @param expression the words that gave it ("on Thursday"), or "" when only the article's date did
 */
public record TimeSpan(LocalDate from, LocalDate to, Precision precision, String expression) {

    /** How the time was learnt. */
    public enum Precision {
        /** The content says when ("on Thursday", "in the last 24 hours", "December 8, 2016"). */
        STATED,
        /** Only the date of the report or of the statement bounds it: the days just before. */
        REPORTED
    }

    public TimeSpan {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(precision, "precision");
        Objects.requireNonNull(expression, "expression");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("time span '" + expression + "' ends (" + to + ") before it starts (" + from + ")");
        }
    }
}
