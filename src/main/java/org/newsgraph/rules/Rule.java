package org.newsgraph.rules;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One extraction rule from a grammar file: a named pattern and what its captures mean.
 *
 * @param name            unique name, stored with every fact it produces ({@code ng:rule})
 * @param label           what it produces: {@code backs}, {@code opposes}, {@code heldBy} or {@code claim}
 * @param description     one line an analyst reads
 * @param priority        higher first; a fact found by two rules keeps the evidence of the higher one
 * @param pattern         the token pattern
 * @param roles           role name ({@code subject}, {@code speaker} ...) to capture name, optionally
 *                        followed by {@code .holder} (the actors said to hold what was captured)
 * @param options         further settings: {@code symmetric: true} (a relation holds both ways),
 *                        {@code headlines: true} (it also runs on title-case lines), {@code stance: denies}
 *                        (a claim rule whose cue denies), {@code blocks: false} (an anonymous speaker it
 *                        finds does not silence the sentence), {@code first: true} (only the first actor of
 *                        the speaker phrase speaks, or the person in it)
 * @param examples        sentences with the facts the whole grammar must read from them, exactly; an
 *                        example that expects nothing is a negative example
 * @param file            the grammar file it came from, for messages
 */
public record Rule(String name, String label, String description, int priority, TokenPattern pattern,
                   Map<String, String> roles, Map<String, String> options, List<Example> examples, String file) {

    public Rule {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(pattern, "pattern");
        roles = Map.copyOf(roles);
        options = Map.copyOf(options);
        examples = List.copyOf(examples);
    }

    /** The capture a role names, without its {@code .holder} suffix. */
    public Optional<String> capture(String role) {
        String c = roles.get(role);
        return c == null ? Optional.empty() : Optional.of(c.endsWith(".holder") ? c.substring(0, c.length() - 7) : c);
    }

    /** Whether the role means the holders of what its capture holds ({@code target.holder}). */
    public boolean holderOf(String role) {
        String c = roles.get(role);
        return c != null && c.endsWith(".holder");
    }

    public String option(String key) {
        return options.getOrDefault(key, "");
    }

    /**
     * A sentence and the facts read from it.
     *
     * @param text   the sentence (a short text of a few sentences for rules that reach across them)
     * @param expect each fact as {@code subject label object} in entity keys ("turkey backs free-syrian-army"),
     *               or {@code speaker claims|denies} for claims
     * @param date   the article's date, ISO, when the facts depend on it
     * @param fires  whether this rule reads the facts itself; false for an example that shows another
     *               rule reading the sentence right while this one keeps out of it
     */
    public record Example(String text, List<String> expect, String date, boolean fires) {
        public Example {
            Objects.requireNonNull(text, "text");
            expect = List.copyOf(expect);
        }
    }
}
