package org.newsgraph.pipeline;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.newsgraph.claim.Attribution;
import org.newsgraph.claim.AttributionExtractor;
import org.newsgraph.claim.RuleAttributionExtractor;
import org.newsgraph.document.Document;
import org.newsgraph.document.InputRejectedException;
import org.newsgraph.document.OutletTable;
import org.newsgraph.entity.ActorSentences;
import org.newsgraph.entity.EntityResolver;
import org.newsgraph.entity.Resolution;
import org.newsgraph.entity.ResolutionWords;
import org.newsgraph.mention.CombinedMentionFinder;
import org.newsgraph.mention.Mention;
import org.newsgraph.mention.MentionFinder;
import org.newsgraph.mention.NameWords;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.TextAnnotator;
import org.newsgraph.proposition.ClaimContent;
import org.newsgraph.proposition.ContentReader;
import org.newsgraph.proposition.ReportedClaims;
import org.newsgraph.rdf.ArticleGraphMapper;
import org.newsgraph.rdf.ClaimContentMapper;
import org.newsgraph.rdf.Iris;
import org.newsgraph.rdf.OutletNodes;
import org.newsgraph.relation.RelationExtractor;
import org.newsgraph.relation.Relations;
import org.newsgraph.relation.RuleRelationExtractor;
import org.newsgraph.rules.Lexicons;
import org.newsgraph.rules.RuleSentence;
import org.newsgraph.store.DocumentGraph;

/**
 * Composes the stages for one article: NLP annotation → mentions → entities → relations and claims → claim
 * contents → RDF. Not thread-safe (it holds OpenNLP tools); make one per thread with
 * {@link Stages#newPipeline()}.
 */
public final class Pipeline {
    private final TextAnnotator annotator;
    private final MentionFinder mentions;
    private final EntityResolver resolver;
    private final ActorSentences sentences;
    private final RelationExtractor relations;
    private final AttributionExtractor attributions;
    private final ContentReader contents;
    private final ArticleGraphMapper mapper;
    private final ClaimContentMapper contentMapper = new ClaimContentMapper();
    /** Time spent in NLP and in everything after it, for a benchmark that compares them within one run. */
    private long nlpNanos;
    private long extractionNanos;

    Pipeline(Stages stages) {
        this.annotator = stages.models().newAnnotator();
        Lexicons lexicons = stages.grammar().lexicons();
        this.mentions = new CombinedMentionFinder(stages.catalogue().gazetteer(), NameWords.from(lexicons));
        this.resolver = new EntityResolver(stages.catalogue(), ResolutionWords.from(lexicons));
        this.sentences = stages.sentences();
        this.relations = new RuleRelationExtractor(stages.grammar(), stages.sentences());
        this.attributions = new RuleAttributionExtractor(stages.grammar());
        this.contents = stages.contents();
        this.mapper = new ArticleGraphMapper(OutletNodes.of(stages.catalogue().graph(), OutletTable.shipped()));
    }

    /** Analyses an article whatever it costs: for articles known to be sound (tests, benchmarks of real corpora). */
    public ArticleResult analyse(Document document) {
        try {
            return analyse(document, ArticleLimits.UNLIMITED);
        } catch (InputRejectedException e) {
            throw new IllegalStateException("an article without limits went over one: " + e.getMessage(), e);
        }
    }

    /**
     * Analyses an article, rejecting it at the first stage where it goes over a limit.
     *
     * @throws InputRejectedException with the limit it went over and what to do
     */
    public ArticleResult analyse(Document document, ArticleLimits limits) throws InputRejectedException {
        ArticleLimits.Budget budget = limits.start(document);
        long started = System.nanoTime();
        AnnotatedText text = annotator.annotate(document);
        long annotated = System.nanoTime();
        nlpNanos += annotated - started;
        budget.sentences(text.sentences().size());
        List<Mention> found = mentions.find(text);
        budget.mentions(found.size());
        Resolution resolution = resolver.resolve(text, found);
        budget.time("deciding what names refer to");
        List<RuleSentence> ruled = sentences.of(text, resolution);
        Relations read = relations.extract(ruled, resolution);
        List<Attribution> said = attributions.extract(ruled, resolution);
        budget.time("reading relations and claims");
        List<ClaimContent> content = contents.read(text, resolution, ReportedClaims.from(said));
        Graph triples = mapper.map(text, resolution, read, said);
        contentMapper.addTo(triples, Iris.document(document.fileName()), content);
        DocumentGraph graph = new DocumentGraph(Iris.document(document.fileName()), document.fileName(),
                document.hash(), triples);
        budget.quads(graph.graph().size());
        extractionNanos += System.nanoTime() - annotated;
        return new ArticleResult(text, resolution, read, said, content, graph);
    }

    /** Nanoseconds this pipeline spent in NLP, and in extraction and RDF mapping, over all it analysed. */
    public long[] stageNanos() {
        return new long[] {nlpNanos, extractionNanos};
    }
}
