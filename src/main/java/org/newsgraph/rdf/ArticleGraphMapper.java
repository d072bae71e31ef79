package org.newsgraph.rdf;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.claim.Claim;
import org.newsgraph.claim.ClaimType;
import org.newsgraph.claim.Evidence;
import org.newsgraph.document.Document;
import org.newsgraph.entity.Entity;
import org.newsgraph.entity.Resolution;
import org.newsgraph.entity.ResolvedMention;
import org.newsgraph.mention.EntityType;
import org.newsgraph.mention.Mention;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Sentence;

/**
 * Turns one analysed article into the triples of its named graph. A pure function: same input,
 * same triples, so re-ingest and CRLF/LF variants give identical graphs.
 */
public final class ArticleGraphMapper {

    private static final String LANG = "en";

    public Graph map(AnnotatedText text, Resolution resolution, List<Claim> claims) {
        Graph g = GraphFactory.createDefaultGraph();
        Document d = text.document();
        Node doc = Iris.document(d.fileName());
        add(g, doc, Vocab.RDF_TYPE, NG.Document);
        add(g, doc, NG.fileName, string(d.fileName()));
        add(g, doc, NG.contentHash, string(d.hash()));
        add(g, doc, NG.characterCount, integer(d.text().length()));
        add(g, doc, NG.sentenceCount, integer(text.sentences().size()));
        d.metadata().title().ifPresent(t -> add(g, doc, Vocab.DCT_TITLE, english(t)));
        d.metadata().outlet().ifPresent(o -> add(g, doc, NG.outlet, string(o)));
        d.metadata().published().ifPresent(p -> add(g, doc, Vocab.DCT_ISSUED,
                NodeFactory.createLiteralDT(p.toString(), XSDDatatype.XSDdate)));
        for (Sentence s : text.sentences()) {
            Node sentence = Iris.sentence(doc, s.index());
            add(g, sentence, Vocab.RDF_TYPE, NG.Sentence);
            add(g, sentence, NG.inDocument, doc);
            add(g, sentence, NG.index, integer(s.index()));
            add(g, sentence, NG.start, integer(s.start()));
            add(g, sentence, NG.end, integer(s.end()));
            add(g, sentence, NG.text, english(s.text()));
        }
        for (Entity e : resolution.entities().values()) {
            Node entity = Iris.entity(e.key());
            add(g, doc, NG.mentions, entity);
            if (!e.catalogued()) {
                describe(g, entity, e);
            }
        }
        for (ResolvedMention r : resolution.mentions()) {
            Mention m = r.mention();
            // The IRI carries the offsets and ng:refersTo's domain the type: stating either again
            // would add three quads to each of the ~30 mentions of an article.
            Node mention = Iris.mention(doc, m.start(), m.end());
            add(g, mention, NG.refersTo, Iris.entity(r.entity()));
            add(g, mention, NG.inSentence, Iris.sentence(doc, m.sentence()));
            add(g, mention, NG.surface, english(m.surface()));
            add(g, mention, NG.rule, string(r.rule()));
        }
        mapRelations(g, doc, claims);
        mapClaims(g, doc, text, claims);
        return g;
    }

    /** Each relation as a triple in the document graph, with a statement node that says where it was read. */
    private static void mapRelations(Graph g, Node doc, List<Claim> claims) {
        int n = 0;
        for (Claim c : claims) {
            if (!c.type().isRelation()) {
                continue;
            }
            Node subject = Iris.entity(c.subject());
            Node object = Iris.entity(c.object().orElseThrow());
            Node predicate = c.type() == ClaimType.BACKS ? NG.backs : NG.opposes;
            add(g, subject, predicate, object);
            Node st = Iris.statement(doc, n++);
            add(g, st, Vocab.RDF_TYPE, NG.RelationStatement);
            add(g, st, Vocab.RDF_SUBJECT, subject);
            add(g, st, Vocab.RDF_PREDICATE, predicate);
            add(g, st, Vocab.RDF_OBJECT, object);
            add(g, st, NG.inSentence, Iris.sentence(doc, c.evidence().sentence()));
            add(g, st, NG.evidence, english(c.evidence().text()));
            add(g, st, NG.start, integer(c.evidence().start()));
            add(g, st, NG.end, integer(c.evidence().end()));
            add(g, st, NG.rule, string(c.rule()));
            add(g, st, NG.cue, english(c.cue()));
        }
    }

    /**
     * Each attributed statement as one ng:Claim node per evidence span; several speakers of the same
     * words ("according to Reuters, rebel officials said ...") share the node.
     */
    private static void mapClaims(Graph g, Node doc, AnnotatedText text, List<Claim> claims) {
        Map<String, Node> nodes = new HashMap<>();
        for (Claim c : claims) {
            if (c.type().isRelation()) {
                continue;
            }
            Evidence e = c.evidence();
            Node claim = nodes.computeIfAbsent(e.start() + "-" + e.end(), k -> {
                Node node = Iris.claim(doc, e.start(), e.end());
                add(g, node, Vocab.RDF_TYPE, NG.Claim);
                add(g, node, NG.text, english(e.text()));
                add(g, node, NG.start, integer(e.start()));
                add(g, node, NG.end, integer(e.end()));
                add(g, node, NG.rule, string(c.rule()));
                add(g, node, NG.cue, english(c.cue()));
                for (Sentence s : text.sentences()) {
                    if (s.start() < e.end() && e.start() < s.end()) {
                        add(g, node, NG.inSentence, Iris.sentence(doc, s.index()));
                    }
                }
                return node;
            });
            add(g, claim, NG.speakerSurface, english(c.speakerSurface()));
            add(g, Iris.entity(c.subject()), c.type() == ClaimType.DENIES ? NG.denies : NG.claims, claim);
        }
    }

    /** An entity the catalogue lacks is described where it was found: type, name and the other names used. */
    private static void describe(Graph g, Node entity, Entity e) {
        add(g, entity, Vocab.RDF_TYPE, typeOf(e.type()));
        add(g, entity, Vocab.LABEL, english(e.label()));
        for (String alt : e.altLabels()) {
            add(g, entity, Vocab.ALT_LABEL, english(alt));
        }
        e.role().ifPresent(role -> add(g, entity, NG.role, english(role)));
        e.affiliation().ifPresent(a -> add(g, entity, NG.affiliation, Iris.entity(a)));
    }

    static Node typeOf(EntityType type) {
        return switch (type) {
            case STATE -> NG.State;
            case ORGANIZATION -> NG.Organization;
            case ARMED_GROUP -> NG.ArmedGroup;
            case PERSON -> NG.Person;
            case PLACE -> NG.Place;
        };
    }

    static void add(Graph g, Node s, Node p, Node o) {
        g.add(Triple.create(s, p, o));
    }

    static Node english(String text) {
        return NodeFactory.createLiteralLang(text, LANG);
    }

    static Node string(String text) {
        return NodeFactory.createLiteralString(text);
    }

    static Node integer(long value) {
        return NodeFactory.createLiteralDT(Long.toString(value), XSDDatatype.XSDinteger);
    }
}
