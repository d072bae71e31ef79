package org.newsgraph.rules;

import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/** A boolean test over the attributes of one token or one span: {@code lemma=@attack-verbs & tag=VERB}. */
sealed interface Test {

    /** @param values the attribute's values (a token's lemma may have several); empty when it is absent */
    boolean test(Function<String, Set<String>> values);

    record Equals(String attribute, String value) implements Test {
        @Override
        public boolean test(Function<String, Set<String>> values) {
            return values.apply(attribute).contains(value);
        }
    }

    record Matches(String attribute, Pattern regex) implements Test {
        @Override
        public boolean test(Function<String, Set<String>> values) {
            for (String v : values.apply(attribute)) {
                if (regex.matcher(v).matches()) {
                    return true;
                }
            }
            return false;
        }
    }

    record InLexicon(String attribute, String lexicon, Set<String> entries) implements Test {
        @Override
        public boolean test(Function<String, Set<String>> values) {
            for (String v : values.apply(attribute)) {
                if (entries.contains(v)) {
                    return true;
                }
            }
            return false;
        }
    }

    record Not(Test inner) implements Test {
        @Override
        public boolean test(Function<String, Set<String>> values) {
            return !inner.test(values);
        }
    }

    record And(Test left, Test right) implements Test {
        @Override
        public boolean test(Function<String, Set<String>> values) {
            return left.test(values) && right.test(values);
        }
    }

    record Or(Test left, Test right) implements Test {
        @Override
        public boolean test(Function<String, Set<String>> values) {
            return left.test(values) || right.test(values);
        }
    }

    /** {@code []}: any token. */
    record Any() implements Test {
        @Override
        public boolean test(Function<String, Set<String>> values) {
            return true;
        }
    }
}
