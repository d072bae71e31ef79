package org.newsgraph.pipeline;

import java.util.Objects;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.store.DocumentGraph;

/** One article through every stage: its annotation and the graph to store. */
public record ArticleResult(AnnotatedText text, DocumentGraph graph) {
    public ArticleResult {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(graph, "graph");
    }

    public int sentences() {
        return text.sentences().size();
    }
}
