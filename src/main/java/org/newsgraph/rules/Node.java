package org.newsgraph.rules;

import java.util.List;

/** The parsed form of a token pattern; {@link TokenPattern} matches it. */
sealed interface Node {

    /** One token whose attributes pass the test: {@code [lemma=@attack-verbs]}, {@code []}. */
    record Token(Test test) implements Node {
    }

    /** A whole span of a layer starting at the current token: {@code <mention actor=true>}. */
    record Layer(String layer, Test test) implements Node {
    }

    record Sequence(List<Node> items) implements Node {
    }

    record Alternatives(List<Node> options) implements Node {
    }

    /** {@code x?}, {@code x*}, {@code x+}, {@code x{m,n}}; greedy unless lazy ({@code x*?}). */
    record Repeat(Node body, int min, int max, boolean lazy) implements Node {
    }

    /** {@code (?<name> ...)}: records where its body matched. */
    record Capture(int index, String name, Node body) implements Node {
    }

    /** {@code (?= ...)}, {@code (?! ...)}, {@code (?<= ...)}, {@code (?<! ...)}: tests without consuming. */
    record Look(Node body, boolean ahead, boolean negative) implements Node {
    }

    /** {@code ^} (sentence start) or {@code $} (sentence end). */
    record Anchor(boolean start) implements Node {
    }
}
