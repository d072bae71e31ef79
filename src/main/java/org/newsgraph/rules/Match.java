package org.newsgraph.rules;

import java.util.Map;
import java.util.Optional;

/**
 * Where a pattern matched in a sentence.
 *
 * @param from     first token, inclusive
 * @param to       last token, exclusive
 * @param captures each named capture's token range {@code [from, to)}; a capture inside an optional part
 *                 that did not match is absent
 */
public record Match(int from, int to, Map<String, int[]> captures) {
    public Match {
        captures = Map.copyOf(captures);
    }

    public Optional<int[]> capture(String name) {
        return Optional.ofNullable(captures.get(name));
    }
}
