package org.newsgraph.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading rule files: the shipped grammar, and every problem of an analyst's copy reported at once. */
class GrammarTest {

    @Test
    void theShippedGrammarLoadsWithUniqueNamesAndAnExampleEach() {
        Grammar g = Grammar.shipped();
        Set<String> names = new TreeSet<>();
        for (Rule r : g.rules()) {
            assertTrue(names.add(r.name()), r.name());
            assertTrue(!r.examples().isEmpty(), r.name());
        }
        assertTrue(g.rules("claim").size() > 10 && g.rules("opposes").size() > 10, names.toString());
    }

    @Test
    void aLexiconKeepsTheOrderOfItsFile(@TempDir Path dir) throws IOException {
        Path rules = Files.createDirectories(dir.resolve("rules"));
        Path lexicon = Files.createDirectories(dir.resolve("lexicon"));
        Files.writeString(rules.resolve("master.yml"), "variables: []\ngrammars: []\nlexicons: [steps]\n");
        List<String> steps = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            steps.add("w" + (i * 7919 % 40) + " v" + i);
        }
        Files.writeString(lexicon.resolve("steps.txt"), "# kind: words\n" + String.join("\n", steps) + "\n");

        // Ordered lexicons (transliteration steps) are applied in this order, the same in every run.
        assertEquals(steps, List.copyOf(Grammar.load(RuleSource.directory(dir)).lexicons().get("steps")));
    }

    @Test
    void everyProblemOfACopyIsReportedAtOnceWithFileAndRule(@TempDir Path dir) throws IOException {
        Path rules = Files.createDirectories(dir.resolve("rules"));
        Files.createDirectories(dir.resolve("lexicon"));
        Files.writeString(rules.resolve("master.yml"), "variables: [vars.yml]\ngrammars: [a.yml]\nlexicons: []\n");
        Files.writeString(rules.resolve("vars.yml"), "X: \"[]\"\n");
        Files.writeString(rules.resolve("a.yml"), """
                - name: no-example
                  label: opposes
                  pattern: "(?<s> []) [] (?<o> [])"
                  subject: s
                  object: o
                - name: bad-role
                  label: backs
                  pattern: "(?<s> [])"
                  subject: s
                  object: o
                  examples: [{text: "A backs B.", expect: []}]
                - name: bad-lexicon
                  label: claim
                  pattern: "(?<s> []) (?<c> [lemma=@nothing])"
                  speaker: s
                  cue: c
                  examples: [{text: "A said.", expect: []}]
                """);
        RuleException e = assertThrows(RuleException.class, () -> Grammar.load(RuleSource.directory(dir)));
        String m = e.getMessage();
        assertTrue(m.startsWith("3 problem(s) in the extraction rules:"), m);
        assertTrue(m.contains(dir.resolve("rules/a.yml") + ", rule no-example: needs at least one example"), m);
        assertTrue(m.contains("rule bad-role: 'object: o' names no capture of the pattern; captures: [s]"), m);
        assertTrue(m.contains("rule bad-lexicon: no lexicon " + dir.resolve("lexicon/nothing.txt")), m);
    }

    @Test
    void aConfidenceOfARuleThatIsNotThereIsAnError(@TempDir Path dir) throws IOException {
        Path rules = Files.createDirectories(dir.resolve("rules"));
        Files.writeString(rules.resolve("master.yml"), "variables: []\ngrammars: []\nlexicons: []\n");
        Files.writeString(rules.resolve("confidence.tsv"), "gone\t0.9\t9/9\n");
        RuleException e = assertThrows(RuleException.class, () -> Grammar.load(RuleSource.directory(dir)));
        assertEquals(dir.resolve("rules/confidence.tsv") + ", line 1: no rule named 'gone'", e.getMessage().split("\n  ")[1]);
    }
}
