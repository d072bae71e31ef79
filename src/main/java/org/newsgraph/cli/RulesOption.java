package org.newsgraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.newsgraph.pipeline.Stages;
import org.newsgraph.rules.Grammar;
import org.newsgraph.rules.RuleSource;
import picocli.CommandLine.Option;

/** {@code --rules DIR}: extraction rules and lexicons of one's own, laid out like {@code ontology/}. */
final class RulesOption {
    @Option(names = "--rules", paramLabel = "DIR",
            description = "read the extraction rules and lexicons from DIR (a copy of ontology/ with rules/ and lexicon/) "
                    + "instead of those shipped in the jar")
    Path rules;

    /** The models, catalogue and grammar to analyse with; the grammar checked before any article is read. */
    Stages stages() {
        if (rules == null) {
            return Stages.load();
        }
        if (!Files.isRegularFile(rules.resolve("rules/master.yml"))) {
            throw new UserError("--rules " + rules + " holds no rules/master.yml; give a copy of ontology/ "
                    + "(cp -r ontology my-rules) with your rules and lexicons");
        }
        return Stages.with(Grammar.load(RuleSource.directory(rules)));
    }
}
