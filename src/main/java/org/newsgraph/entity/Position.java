package org.newsgraph.entity;

import java.util.Objects;

/**
 * An office a person holds, for resolving "Russia's foreign minister" to a name.
 *
 * @param person key of the office holder
 * @param role   the office as news names it ("foreign minister")
 * @param of     key of the state or body the office belongs to
 * @param from   first year in office
 * @param until  last year in office, or 0 while held
 */
public record Position(String person, String role, String of, int from, int until) {
    public Position {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(of, "of");
        if (until != 0 && until < from) {
            throw new IllegalArgumentException("position " + role + " of " + of + " for " + person + " ends (" + until
                    + ") before it starts (" + from + ")");
        }
    }

    public boolean heldIn(int year) {
        return year >= from && (until == 0 || year <= until);
    }
}
