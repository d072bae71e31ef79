package org.newsgraph.pipeline;

import java.util.List;
import org.newsgraph.claim.Attribution;
import org.newsgraph.claim.AttributionExtractor;
import org.newsgraph.claim.RuleAttributionExtractor;
import org.newsgraph.document.Document;
import org.newsgraph.entity.ActorSentences;
import org.newsgraph.entity.EntityResolver;
import org.newsgraph.entity.Resolution;
import org.newsgraph.entity.ResolutionWords;
import org.newsgraph.mention.CombinedMentionFinder;
import org.newsgraph.mention.MentionFinder;
import org.newsgraph.mention.NameWords;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.TextAnnotator;
import org.newsgraph.rdf.ArticleGraphMapper;
import org.newsgraph.rdf.Iris;
import org.newsgraph.relation.RelationExtractor;
import org.newsgraph.relation.Relations;
import org.newsgraph.relation.RuleRelationExtractor;
import org.newsgraph.rules.Lexicons;
import org.newsgraph.rules.RuleSentence;
import org.newsgraph.store.DocumentGraph;

/**
 * Composes the stages for one article: NLP annotation → mentions → entities → relations and claims → RDF.
 * Not thread-safe (it holds OpenNLP tools); make one per thread with {@link Stages#newPipeline()}.
 */
public final class Pipeline {
    private final TextAnnotator annotator;
    private final MentionFinder mentions;
    private final EntityResolver resolver;
    private final ActorSentences sentences;
    private final RelationExtractor relations;
    private final AttributionExtractor attributions;
    private final ArticleGraphMapper mapper = new ArticleGraphMapper();

    Pipeline(Stages stages) {
        this.annotator = stages.models().newAnnotator();
        Lexicons lexicons = stages.grammar().lexicons();
        this.mentions = new CombinedMentionFinder(stages.catalogue().gazetteer(), NameWords.from(lexicons));
        this.resolver = new EntityResolver(stages.catalogue(), ResolutionWords.from(lexicons));
        this.sentences = stages.sentences();
        this.relations = new RuleRelationExtractor(stages.grammar(), stages.sentences());
        this.attributions = new RuleAttributionExtractor(stages.grammar());
    }

    public ArticleResult analyse(Document document) {
        AnnotatedText text = annotator.annotate(document);
        Resolution resolution = resolver.resolve(text, mentions.find(text));
        List<RuleSentence> ruled = sentences.of(text, resolution);
        Relations read = relations.extract(ruled, resolution);
        List<Attribution> said = attributions.extract(ruled, resolution);
        DocumentGraph graph = new DocumentGraph(Iris.document(document.fileName()), document.fileName(),
                document.hash(), mapper.map(text, resolution, read, said));
        return new ArticleResult(text, resolution, read, said, graph);
    }
}
