package org.newsgraph.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.newsgraph.claim.AttributionExtractor;
import org.newsgraph.claim.Claim;
import org.newsgraph.claim.ClaimExtractor;
import org.newsgraph.claim.RelationExtractor;
import org.newsgraph.document.Document;
import org.newsgraph.document.InputRejectedException;
import org.newsgraph.document.OutletTable;
import org.newsgraph.entity.EntityCatalogue;
import org.newsgraph.entity.EntityResolver;
import org.newsgraph.entity.Resolution;
import org.newsgraph.mention.CombinedMentionFinder;
import org.newsgraph.mention.Mention;
import org.newsgraph.mention.MentionFinder;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.NlpModels;
import org.newsgraph.nlp.TextAnnotator;
import org.newsgraph.proposition.ClaimContent;
import org.newsgraph.proposition.ContentReader;
import org.newsgraph.proposition.ReportedClaims;
import org.newsgraph.rdf.ArticleGraphMapper;
import org.newsgraph.rdf.ClaimContentMapper;
import org.newsgraph.rdf.Iris;
import org.newsgraph.rdf.OutletNodes;
import org.newsgraph.store.DocumentGraph;

/**
 * Composes the stages for one article: NLP annotation → mentions → entities → relations and claims → claim
 * contents → RDF. Not thread-safe (it holds OpenNLP tools); make one per thread with
 * {@link #create(NlpModels, EntityCatalogue, ContentReader)}.
 */
public final class Pipeline {
    private final TextAnnotator annotator;
    private final MentionFinder mentions;
    private final EntityResolver resolver;
    private final List<ClaimExtractor> extractors;
    private final ArticleGraphMapper mapper;
    private final ContentReader contents;
    private final ClaimContentMapper contentMapper = new ClaimContentMapper();

    private Pipeline(TextAnnotator annotator, MentionFinder mentions, EntityResolver resolver, List<ClaimExtractor> extractors,
                     ArticleGraphMapper mapper, ContentReader contents) {
        this.annotator = annotator;
        this.mentions = mentions;
        this.resolver = resolver;
        this.extractors = List.copyOf(extractors);
        this.mapper = mapper;
        this.contents = contents;
    }

    public static Pipeline create(NlpModels models, EntityCatalogue catalogue, ContentReader contents) {
        return new Pipeline(models.newAnnotator(), new CombinedMentionFinder(catalogue.gazetteer()),
                new EntityResolver(catalogue), List.of(new RelationExtractor(), new AttributionExtractor()),
                new ArticleGraphMapper(OutletNodes.of(catalogue.graph(), OutletTable.shipped())), contents);
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
        AnnotatedText text = annotator.annotate(document);
        budget.sentences(text.sentences().size());
        List<Mention> found = mentions.find(text);
        budget.mentions(found.size());
        Resolution resolution = resolver.resolve(text, found);
        budget.time("deciding what names refer to");
        List<Claim> claims = new ArrayList<>();
        for (ClaimExtractor extractor : extractors) {
            claims.addAll(extractor.extract(text, resolution));
            budget.time("reading relations and claims");
        }
        List<ClaimContent> read = contents.read(text, resolution, ReportedClaims.from(claims));
        Graph triples = mapper.map(text, resolution, claims);
        contentMapper.addTo(triples, Iris.document(document.fileName()), read);
        DocumentGraph graph = new DocumentGraph(Iris.document(document.fileName()), document.fileName(),
                document.hash(), triples);
        budget.quads(graph.graph().size());
        return new ArticleResult(text, resolution, claims, read, graph);
    }
}
