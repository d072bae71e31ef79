package org.newsgraph.analysis;

import java.util.Objects;
import java.util.Optional;
import org.apache.jena.graph.Node;

/**
 * How often the articles of one outlet name one actor with one term.
 *
 * @param outlet the ng:Outlet node of its articles' ng:outlet; empty for articles that state none
 * @param actor  the actor named
 * @param term   the name or description, lower-cased
 * @param count  mentions that use it
 * @param loaded the loaded-terms word it contains, if any
 */
record NameUse(Optional<Node> outlet, Node actor, String term, int count, Optional<LoadedTerms.Match> loaded) {
    NameUse {
        Objects.requireNonNull(outlet, "outlet");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(term, "term");
        Objects.requireNonNull(loaded, "loaded");
        if (count < 1) {
            throw new IllegalArgumentException("a name use counts at least one mention, got " + count + " for '" + term + "'");
        }
    }
}
