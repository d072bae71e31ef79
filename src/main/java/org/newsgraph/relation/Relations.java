package org.newsgraph.relation;

import java.util.List;

/**
 * What the relation rules read from one article.
 *
 * @param relations who backs or opposes whom, in document order
 * @param controls  which named places the article says are held by whom
 */
public record Relations(List<Relation> relations, List<Control> controls) {
    public static final Relations NONE = new Relations(List.of(), List.of());

    public Relations {
        relations = List.copyOf(relations);
        controls = List.copyOf(controls);
    }
}
