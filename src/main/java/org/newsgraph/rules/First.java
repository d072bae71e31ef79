package org.newsgraph.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * What must hold at a token for a pattern to start matching there: a test of its first token or a span
 * of a layer starting at it. Most start tokens fail it at once, so the matcher never tries them.
 */
interface First {

    boolean at(RuleSentence s, int i);

    /** The start condition of a pattern, or null when any token may start it (a pattern that can match nothing). */
    static First of(Node node) {
        return Starts.of(node).first();
    }

    /** A node's start conditions, and whether it may match no token at all (then what follows it may start). */
    record Starts(List<First> firsts, boolean nullable) {

        First first() {
            if (nullable || firsts.isEmpty()) {
                return null;
            }
            List<First> all = List.copyOf(firsts);
            return (s, i) -> {
                for (First f : all) {
                    if (f.at(s, i)) {
                        return true;
                    }
                }
                return false;
            };
        }

        static Starts of(Node node) {
            if (node instanceof Node.Token t) {
                Test test = t.test();
                return new Starts(List.of((s, i) -> i < s.size() && test.token(s, i)), false);
            } else if (node instanceof Node.Layer l) {
                String layer = l.layer();
                return new Starts(List.of((s, i) -> !s.startingAt(layer, i).isEmpty()), false);
            } else if (node instanceof Node.Capture c) {
                return of(c.body());
            } else if (node instanceof Node.Repeat r) {
                Starts body = of(r.body());
                return new Starts(body.firsts, body.nullable || r.min() == 0);
            } else if (node instanceof Node.Alternatives a) {
                List<First> firsts = new ArrayList<>();
                boolean nullable = false;
                for (Node option : a.options()) {
                    Starts o = of(option);
                    firsts.addAll(o.firsts);
                    nullable |= o.nullable;
                }
                return new Starts(firsts, nullable);
            } else if (node instanceof Node.Sequence q) {
                List<First> firsts = new ArrayList<>();
                for (Node item : q.items()) {
                    Starts i = of(item);
                    firsts.addAll(i.firsts);
                    if (!i.nullable) {
                        return new Starts(firsts, false);
                    }
                }
                return new Starts(firsts, true);
            }
            // look-around and anchors match no token: what follows them starts the match
            return new Starts(List.of(), true);
        }
    }
}
