package org.newsgraph.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.newsgraph.claim.AttributionExtractor;
import org.newsgraph.claim.Claim;
import org.newsgraph.claim.ClaimExtractor;
import org.newsgraph.claim.RelationExtractor;
import org.newsgraph.document.Document;
import org.newsgraph.entity.EntityCatalogue;
import org.newsgraph.entity.EntityResolver;
import org.newsgraph.entity.Resolution;
import org.newsgraph.mention.CombinedMentionFinder;
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
    private final ContentReader contents;
    private final ArticleGraphMapper mapper = new ArticleGraphMapper();
    private final ClaimContentMapper contentMapper = new ClaimContentMapper();

    private Pipeline(TextAnnotator annotator, MentionFinder mentions, EntityResolver resolver, List<ClaimExtractor> extractors,
                     ContentReader contents) {
        this.annotator = annotator;
        this.mentions = mentions;
        this.resolver = resolver;
        this.extractors = List.copyOf(extractors);
        this.contents = contents;
    }

    public static Pipeline create(NlpModels models, EntityCatalogue catalogue, ContentReader contents) {
        return new Pipeline(models.newAnnotator(), new CombinedMentionFinder(catalogue.gazetteer()),
                new EntityResolver(catalogue), List.of(new RelationExtractor(), new AttributionExtractor()), contents);
    }

    public ArticleResult analyse(Document document) {
        AnnotatedText text = annotator.annotate(document);
        Resolution resolution = resolver.resolve(text, mentions.find(text));
        List<Claim> claims = new ArrayList<>();
        for (ClaimExtractor extractor : extractors) {
            claims.addAll(extractor.extract(text, resolution));
        }
        List<ClaimContent> read = contents.read(text, resolution, ReportedClaims.from(claims));
        Graph triples = mapper.map(text, resolution, claims);
        contentMapper.addTo(triples, Iris.document(document.fileName()), read);
        DocumentGraph graph = new DocumentGraph(Iris.document(document.fileName()), document.fileName(),
                document.hash(), triples);
        return new ArticleResult(text, resolution, claims, read, graph);
    }
}
