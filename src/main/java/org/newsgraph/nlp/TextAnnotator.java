package org.newsgraph.nlp;

import org.newsgraph.document.Document;

/** Splits a document into sentences and POS-tagged tokens. Implementations need not be thread-safe. */
public interface TextAnnotator {

    /** @return the annotated text; a document without words gives no sentences */
    AnnotatedText annotate(Document document);
}
