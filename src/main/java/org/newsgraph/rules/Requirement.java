package org.newsgraph.rules;

import java.util.HashSet;
import java.util.Set;

/**
 * A token every match of a pattern must contain (an attribute and the values it may take): lets a
 * sentence without one skip the pattern.
 */
record Requirement(String attribute, Set<String> values) {

    /** The requirement a pattern's every match meets, or null when no single one can be named. */
    static Requirement of(Node node) {
        if (node instanceof Node.Token t) {
            return of(t.test());
        } else if (node instanceof Node.Layer l && l.layer().equals("vg")) {
            // a verb group's lemma is its main verb's: some token must have it
            Requirement r = of(l.test());
            return r != null && r.attribute.equals("lemma") ? r : null;
        } else if (node instanceof Node.Capture c) {
            return of(c.body());
        } else if (node instanceof Node.Repeat r) {
            return r.min() > 0 ? of(r.body()) : null;
        } else if (node instanceof Node.Sequence q) {
            Requirement best = null;
            for (Node item : q.items()) {
                Requirement r = of(item);
                if (r != null && (best == null || r.values.size() < best.values.size())) {
                    best = r;
                }
            }
            return best;
        } else if (node instanceof Node.Alternatives a) {
            Requirement union = null;
            for (Node option : a.options()) {
                union = union(union, of(option), union == null);
                if (union == null) {
                    return null;
                }
            }
            return union;
        }
        return null;
    }

    private static Requirement of(Test t) {
        if (t instanceof Test.Equals e && searchable(e.attribute())) {
            return new Requirement(e.attribute(), Set.of(e.value()));
        } else if (t instanceof Test.InLexicon l && searchable(l.attribute())) {
            return new Requirement(l.attribute(), l.entries());
        } else if (t instanceof Test.And a) {
            Requirement l = of(a.left());
            Requirement r = of(a.right());
            return l == null ? r : r == null || l.values.size() <= r.values.size() ? l : r;
        } else if (t instanceof Test.Or o) {
            return union(of(o.left()), of(o.right()), false);
        }
        return null;
    }

    private static Requirement union(Requirement a, Requirement b, boolean first) {
        if (first) {
            return b;
        }
        if (a == null || b == null || !a.attribute.equals(b.attribute)) {
            return null;
        }
        Set<String> all = new HashSet<>(a.values);
        all.addAll(b.values);
        return new Requirement(a.attribute, Set.copyOf(all));
    }

    private static boolean searchable(String attribute) {
        return attribute.equals("lemma") || attribute.equals("lower") || attribute.equals("word");
    }
}
