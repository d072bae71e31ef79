package org.newsgraph.pipeline;

import java.util.List;
import java.util.Objects;
import org.newsgraph.claim.Attribution;
import org.newsgraph.entity.Resolution;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.proposition.ClaimContent;
import org.newsgraph.relation.Relations;
import org.newsgraph.store.DocumentGraph;

/**
 * One article through every stage: its annotation, entities, relations, attributed statements, what each
 * claim says, and the graph to store.
 */
public record ArticleResult(AnnotatedText text, Resolution resolution, Relations relations, List<Attribution> attributions,
                            List<ClaimContent> contents, DocumentGraph graph) {
    public ArticleResult {
        contents = List.copyOf(contents);
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(resolution, "resolution");
        Objects.requireNonNull(relations, "relations");
        attributions = List.copyOf(attributions);
        Objects.requireNonNull(graph, "graph");
    }

    public int sentences() {
        return text.sentences().size();
    }
}
