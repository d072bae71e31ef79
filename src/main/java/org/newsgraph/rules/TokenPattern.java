package org.newsgraph.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A compiled token pattern, in the spirit of CoreNLP's TokensRegex and Odin: token tests in
 * brackets, whole spans of a layer in angle brackets, groups, alternation, quantifiers, named
 * captures and look-around. Matching backtracks like a regular expression: from each start token the
 * first match in pattern order is taken, greedy quantifiers trying the longer match first.
 *
 * <pre>
 * (?&lt;agent&gt; &lt;mention actor=true&gt;) [tag=AUX]* [lemma=@attack-verbs &amp; tag=VERB] []{0,3}? (?&lt;target&gt; &lt;np holder=true&gt;)
 * </pre>
 *
 * Immutable and thread-safe; each match call keeps its state on the stack.
 */
public final class TokenPattern {
    /** Steps one sentence may cost one pattern before it gives up: bounds pathological input. */
    static final int STEP_BUDGET = 200_000;

    private final String source;
    private final Node root;
    private final List<String> captureNames;
    private final Set<String> requiredWords;
    private final String requiredAttribute;
    private final First first;

    TokenPattern(String source, Node root, List<String> captureNames, String requiredAttribute, Set<String> requiredWords) {
        this.source = source;
        this.root = root;
        this.captureNames = List.copyOf(captureNames);
        this.requiredAttribute = requiredAttribute;
        this.requiredWords = requiredWords;
        this.first = First.of(root);
    }

    /** Parses a pattern; {@code $NAME} expands to a variable, {@code @name} names a lexicon. */
    public static TokenPattern compile(String pattern, Map<String, String> variables, Lexicons lexicons) {
        return new PatternParser(pattern, variables, lexicons).parse();
    }

    public String source() {
        return source;
    }

    public List<String> captureNames() {
        return captureNames;
    }

    /** Every match, at most one per start token, in order of their starts. */
    public List<Match> findAll(RuleSentence s) {
        if (!mayMatch(s)) {
            return List.of();
        }
        List<Match> out = new ArrayList<>();
        Run run = new Run(s, captureNames);
        for (int start = 0; start <= s.size() && !run.exhausted(); start++) {
            if (first != null && !first.at(s, start)) {
                continue;
            }
            Match m = run.matchAt(root, start);
            if (m != null) {
                out.add(m);
            }
        }
        return out;
    }

    /** A quick test that lets most sentences skip a pattern: a token it cannot do without is present. */
    private boolean mayMatch(RuleSentence s) {
        return requiredWords == null || s.hasAny(requiredAttribute, requiredWords);
    }

    @Override
    public String toString() {
        return source;
    }

    /** A continuation: what must match after a node, from the token it ended at. */
    private interface Next {
        boolean from(int position);
    }

    /** The state of matching one pattern against one sentence. */
    private static final class Run {
        private final RuleSentence s;
        private final List<String> names;
        private final int[][] captures;
        private int steps;

        Run(RuleSentence s, List<String> names) {
            this.s = s;
            this.names = names;
            this.captures = new int[names.size()][];
        }

        boolean exhausted() {
            return steps > STEP_BUDGET;
        }

        Match matchAt(Node root, int start) {
            Arrays.fill(captures, null);
            int[] end = new int[1];
            if (match(root, start, p -> {
                end[0] = p;
                return true;
            })) {
                Map<String, int[]> named = new HashMap<>();
                for (int[] c : captures) {
                    if (c != null) {
                        named.put(names.get(c[2]), new int[] {c[0], c[1]});
                    }
                }
                return new Match(start, end[0], named);
            }
            return null;
        }

        private boolean match(Node node, int i, Next next) {
            if (++steps > STEP_BUDGET) {
                return false;
            }
            if (node instanceof Node.Token t) {
                return i < s.size() && t.test().token(s, i) && next.from(i + 1);
            } else if (node instanceof Node.Layer l) {
                for (Span span : s.startingAt(l.layer(), i)) {
                    if (l.test().span(span) && next.from(span.to())) {
                        return true;
                    }
                }
                return false;
            } else if (node instanceof Node.Sequence q) {
                return sequence(q.items(), 0, i, next);
            } else if (node instanceof Node.Alternatives a) {
                for (Node option : a.options()) {
                    if (match(option, i, next)) {
                        return true;
                    }
                }
                return false;
            } else if (node instanceof Node.Repeat r) {
                return repeat(r, 0, i, -1, next);
            } else if (node instanceof Node.Capture c) {
                int[] old = captures[c.index()];
                boolean ok = match(c.body(), i, j -> {
                    int[] before = captures[c.index()];
                    captures[c.index()] = new int[] {i, j, c.index()};
                    if (next.from(j)) {
                        return true;
                    }
                    captures[c.index()] = before;
                    return false;
                });
                if (!ok) {
                    captures[c.index()] = old;
                }
                return ok;
            } else if (node instanceof Node.Look l) {
                boolean found = l.ahead() ? match(l.body(), i, j -> true) : endsAt(l.body(), i, maxLength(l.body()));
                return found != l.negative() && next.from(i);
            } else if (node instanceof Node.Anchor a) {
                return (a.start() ? i == 0 : i == s.size()) && next.from(i);
            }
            throw new IllegalStateException("unknown pattern node " + node);
        }

        /** Whether the body matches some tokens that end at {@code i}, starting no more than {@code reach} before. */
        private boolean endsAt(Node body, int i, int reach) {
            for (int from = i; from >= Math.max(0, i - reach); from--) {
                if (match(body, from, j -> j == i)) {
                    return true;
                }
            }
            return false;
        }

        private boolean sequence(List<Node> items, int k, int i, Next next) {
            if (k == items.size()) {
                return next.from(i);
            }
            return match(items.get(k), i, j -> sequence(items, k + 1, j, next));
        }

        /** {@code count} repetitions done, ending at {@code i}; {@code last} guards against empty loops. */
        private boolean repeat(Node.Repeat r, int count, int i, int last, Next next) {
            boolean canStop = count >= r.min();
            boolean canGo = count < r.max() && i != last;
            if (r.lazy()) {
                return canStop && next.from(i) || canGo && match(r.body(), i, j -> repeat(r, count + 1, j, i, next));
            }
            return canGo && match(r.body(), i, j -> repeat(r, count + 1, j, i, next)) || canStop && next.from(i);
        }

        /** The most tokens a node can match, or the sentence's length when it is unbounded. */
        private int maxLength(Node node) {
            if (node instanceof Node.Token) {
                return 1;
            } else if (node instanceof Node.Sequence q) {
                long sum = 0;
                for (Node item : q.items()) {
                    sum += maxLength(item);
                }
                return (int) Math.min(sum, s.size());
            } else if (node instanceof Node.Alternatives a) {
                int max = 0;
                for (Node option : a.options()) {
                    max = Math.max(max, maxLength(option));
                }
                return max;
            } else if (node instanceof Node.Repeat r) {
                return r.max() == Integer.MAX_VALUE ? s.size() : (int) Math.min((long) r.max() * maxLength(r.body()), s.size());
            } else if (node instanceof Node.Capture c) {
                return maxLength(c.body());
            } else if (node instanceof Node.Look || node instanceof Node.Anchor) {
                return 0;
            }
            return s.size();
        }
    }
}
