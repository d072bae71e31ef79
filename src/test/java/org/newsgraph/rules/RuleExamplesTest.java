package org.newsgraph.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsgraph.Analysed;
import org.newsgraph.Fixtures;

/**
 * Every example of every rule in the shipped grammar, through the whole pipeline: the grammar must read
 * exactly the facts the example lists (no fact missing, none extra, of the rule's kind), and the rule
 * itself must be among those that read them.
 */
class RuleExamplesTest {

    static Stream<Arguments> examples() {
        List<Arguments> out = new ArrayList<>();
        for (Rule rule : Fixtures.stages().grammar().rules()) {
            for (Rule.Example e : rule.examples()) {
                out.add(Arguments.of(rule.name() + ": " + e.text(), rule, e));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void readsExactlyWhatTheExampleSays(String name, Rule rule, Rule.Example example) {
        Analysed a = Analysed.text(example.text());
        Set<String> found = switch (rule.label()) {
            case "heldBy" -> a.controls();
            case "claim" -> a.statements();
            default -> a.relations();
        };
        assertEquals(new TreeSet<>(example.expect()), found, "facts read from: " + example.text());
        if (!example.expect().isEmpty() && example.fires()) {
            assertTrue(a.rules().contains(rule.name()), rule.name() + " read nothing from: " + example.text()
                    + " (rules that did: " + a.rules() + ")");
        }
    }
}
