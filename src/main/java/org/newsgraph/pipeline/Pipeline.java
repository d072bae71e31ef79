package org.newsgraph.pipeline;

import org.newsgraph.document.Document;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.NlpModels;
import org.newsgraph.nlp.TextAnnotator;
import org.newsgraph.rdf.ArticleGraphMapper;
import org.newsgraph.rdf.Iris;
import org.newsgraph.store.DocumentGraph;

/**
 * Composes the stages for one article: NLP annotation, then the RDF mapping. Not thread-safe (it
 * holds OpenNLP tools); make one per thread with {@link #create(NlpModels)}.
 */
public final class Pipeline {
    private final TextAnnotator annotator;
    private final ArticleGraphMapper mapper = new ArticleGraphMapper();

    private Pipeline(TextAnnotator annotator) {
        this.annotator = annotator;
    }

    public static Pipeline create(NlpModels models) {
        return new Pipeline(models.newAnnotator());
    }

    public ArticleResult analyse(Document document) {
        AnnotatedText text = annotator.annotate(document);
        DocumentGraph graph = new DocumentGraph(Iris.document(document.fileName()), document.fileName(),
                document.hash(), mapper.map(text));
        return new ArticleResult(text, graph);
    }
}
