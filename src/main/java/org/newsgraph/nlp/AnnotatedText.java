package org.newsgraph.nlp;

import java.util.List;
import java.util.Objects;
import org.newsgraph.document.Document;

/** A document split into sentences and tagged tokens; all offsets point into {@code document.text()}. */
public record AnnotatedText(Document document, List<Sentence> sentences) {
    public AnnotatedText {
        Objects.requireNonNull(document, "document");
        sentences = List.copyOf(sentences);
    }

    public int tokenCount() {
        return sentences.stream().mapToInt(s -> s.tokens().size()).sum();
    }
}
