package org.newsgraph.rules;

import java.util.Map;
import java.util.Objects;

/**
 * A stretch of a sentence in one layer (a mention, a noun phrase, a verb group) that patterns can
 * match as a whole with {@code <layer test>}.
 *
 * @param layer      the layer's name ("mention", "np", "vg")
 * @param from       first token, inclusive
 * @param to         last token, exclusive
 * @param attributes what tests may ask of it; values are lower case
 * @param ref        the caller's index of what the span stands for (its mention, say), or -1
 */
public record Span(String layer, int from, int to, Map<String, String> attributes, int ref) {
    public Span {
        Objects.requireNonNull(layer, "layer");
        attributes = Map.copyOf(attributes);
        if (from < 0 || to <= from) {
            throw new IllegalArgumentException(layer + " span [" + from + ", " + to + ") is empty or negative");
        }
    }

    public String attribute(String name) {
        return attributes.getOrDefault(name, "");
    }

    public boolean covers(int token) {
        return token >= from && token < to;
    }
}
