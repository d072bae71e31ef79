package org.newsgraph.rules;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A boolean test over the attributes of one token or one span: {@code lemma=@attack-verbs & tag=VERB}.
 * A token's lemma may have several values, as may a span's attribute written {@code a|b} (a verb group's
 * lemmas); a value test passes when one of them does, and fails on an absent attribute.
 *
 * <p>Tests read the sentence's arrays and the span's map in place: they run for every start token of
 * every pattern, so a wrapper object per call would be most of their cost.
 */
sealed interface Test {

    boolean token(RuleSentence s, int i);

    boolean span(Span span);

    record Equals(String attribute, String value) implements Test {
        @Override
        public boolean token(RuleSentence s, int i) {
            if (attribute.equals("lemma")) {
                return s.lemmas(i).contains(value);
            }
            return value.equals(s.value(i, attribute));
        }

        @Override
        public boolean span(Span span) {
            for (String v : values(span, attribute)) {
                if (v.equals(value)) {
                    return true;
                }
            }
            return false;
        }
    }

    record Matches(String attribute, Pattern regex) implements Test {
        @Override
        public boolean token(RuleSentence s, int i) {
            if (attribute.equals("lemma")) {
                return any(s.lemmas(i));
            }
            String v = s.value(i, attribute);
            return v != null && regex.matcher(v).matches();
        }

        @Override
        public boolean span(Span span) {
            return any(values(span, attribute));
        }

        private boolean any(Iterable<String> values) {
            for (String v : values) {
                if (regex.matcher(v).matches()) {
                    return true;
                }
            }
            return false;
        }
    }

    record InLexicon(String attribute, String lexicon, Set<String> entries) implements Test {
        @Override
        public boolean token(RuleSentence s, int i) {
            if (attribute.equals("lemma")) {
                return any(s.lemmas(i));
            }
            String v = s.value(i, attribute);
            return v != null && entries.contains(v);
        }

        @Override
        public boolean span(Span span) {
            return any(values(span, attribute));
        }

        private boolean any(Iterable<String> values) {
            for (String v : values) {
                if (entries.contains(v)) {
                    return true;
                }
            }
            return false;
        }
    }

    record Not(Test inner) implements Test {
        @Override
        public boolean token(RuleSentence s, int i) {
            return !inner.token(s, i);
        }

        @Override
        public boolean span(Span span) {
            return !inner.span(span);
        }
    }

    record And(Test left, Test right) implements Test {
        @Override
        public boolean token(RuleSentence s, int i) {
            return left.token(s, i) && right.token(s, i);
        }

        @Override
        public boolean span(Span span) {
            return left.span(span) && right.span(span);
        }
    }

    record Or(Test left, Test right) implements Test {
        @Override
        public boolean token(RuleSentence s, int i) {
            return left.token(s, i) || right.token(s, i);
        }

        @Override
        public boolean span(Span span) {
            return left.span(span) || right.span(span);
        }
    }

    /** {@code []}: any token. */
    record Any() implements Test {
        @Override
        public boolean token(RuleSentence s, int i) {
            return true;
        }

        @Override
        public boolean span(Span span) {
            return true;
        }
    }

    /** A span attribute's values: none when absent, several when written {@code a|b}. */
    private static List<String> values(Span span, String attribute) {
        String v = span.attributes().get(attribute);
        if (v == null) {
            return List.of();
        }
        return v.indexOf('|') < 0 ? List.of(v) : List.of(v.split("\\|"));
    }
}
