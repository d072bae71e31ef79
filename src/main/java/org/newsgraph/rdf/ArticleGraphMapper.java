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
import org.newsgraph.claim.Attribution;
import org.newsgraph.claim.Stance;
import org.newsgraph.document.Document;
import org.newsgraph.entity.Entity;
import org.newsgraph.entity.Resolution;
import org.newsgraph.entity.ResolvedMention;
import org.newsgraph.mention.EntityType;
import org.newsgraph.mention.Mention;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Evidence;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.relation.Control;
import org.newsgraph.relation.RelationType;
import org.newsgraph.relation.Relation;
import org.newsgraph.relation.Relations;

/**
 * Turns one analysed article into the triples of its named graph. A pure function: same input,
 * same triples, so re-ingest and CRLF/LF variants give identical graphs.
 */
public final class ArticleGraphMapper {

    private static final String LANG = "en";

    private final OutletNodes outlets;

    /** @param outlets decides which node stands for the outlet a document names */
    public ArticleGraphMapper(OutletNodes outlets) {
        this.outlets = outlets;
    }

    public Graph map(AnnotatedText text, Resolution resolution, Relations relations, List<Attribution> attributions) {
        Graph g = GraphFactory.createDefaultGraph();
        Document d = text.document();
        Node doc = Iris.document(d.fileName());
        add(g, doc, Vocab.RDF_TYPE, NG.Document);
        add(g, doc, NG.fileName, string(d.fileName()));
        add(g, doc, NG.contentHash, string(d.hash()));
        add(g, doc, NG.sourcePath, string(d.source()));
        add(g, doc, NG.characterCount, integer(d.text().length()));
        add(g, doc, NG.sentenceCount, integer(text.sentences().size()));
        d.metadata().title().ifPresent(t -> add(g, doc, Vocab.DCT_TITLE, english(t)));
        d.metadata().outlet().ifPresent(o -> outlets.map(g, doc, o));
        d.metadata().published().ifPresent(p -> add(g, doc, Vocab.DCT_ISSUED,
                NodeFactory.createLiteralDT(p.toString(), XSDDatatype.XSDdate)));
        d.metadata().url().ifPresent(u -> add(g, doc, Vocab.SCHEMA_URL, NodeFactory.createURI(u)));
        d.metadata().language().ifPresent(l -> add(g, doc, Vocab.DCT_LANGUAGE, string(l)));
        d.metadata().author().ifPresent(a -> add(g, doc, Vocab.DCT_CREATOR, string(a)));
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
        int statements = mapRelations(g, doc, relations.relations());
        mapControls(g, doc, relations.controls(), statements);
        mapClaims(g, doc, text, attributions);
        return g;
    }

    /** Each relation as a triple in the document graph, with a statement node that says where it was read. */
    private static int mapRelations(Graph g, Node doc, List<Relation> relations) {
        int n = 0;
        for (Relation r : relations) {
            Node subject = Iris.entity(r.subject());
            Node object = Iris.entity(r.object());
            Node predicate = r.type() == RelationType.BACKS ? NG.backs : NG.opposes;
            add(g, subject, predicate, object);
            Node st = Iris.statement(doc, n++);
            add(g, st, Vocab.RDF_TYPE, NG.RelationStatement);
            statement(g, st, subject, predicate, object, doc, r.evidence(), r.rule(), r.confidence());
            if (!r.cue().isEmpty()) {
                add(g, st, NG.cue, english(r.cue()));
            }
        }
        return n;
    }

    /** Each place a sentence says an actor holds, as {@code ?place ng:heldBy ?actor} with its statement. */
    private static void mapControls(Graph g, Node doc, List<Control> controls, int first) {
        int n = first;
        for (Control c : controls) {
            Node place = Iris.entity(c.place());
            Node holder = Iris.entity(c.holder());
            add(g, place, NG.heldBy, holder);
            Node st = Iris.statement(doc, n++);
            add(g, st, Vocab.RDF_TYPE, NG.ControlStatement);
            statement(g, st, place, NG.heldBy, holder, doc, c.evidence(), c.rule(), c.confidence());
        }
    }

    private static void statement(Graph g, Node st, Node subject, Node predicate, Node object, Node doc, Evidence e,
                                  String rule, double confidence) {
        add(g, st, Vocab.RDF_SUBJECT, subject);
        add(g, st, Vocab.RDF_PREDICATE, predicate);
        add(g, st, Vocab.RDF_OBJECT, object);
        add(g, st, NG.inSentence, Iris.sentence(doc, e.sentence()));
        add(g, st, NG.evidence, english(e.text()));
        add(g, st, NG.start, integer(e.start()));
        add(g, st, NG.end, integer(e.end()));
        add(g, st, NG.rule, string(rule));
        add(g, st, NG.confidence, decimal(confidence));
    }

    /**
     * Each attributed statement as one ng:Claim node per evidence span; several speakers of the same
     * words ("according to Reuters, rebel officials said ...") share the node, which keeps the rule and
     * confidence of the first.
     */
    private static void mapClaims(Graph g, Node doc, AnnotatedText text, List<Attribution> attributions) {
        Map<String, Node> nodes = new HashMap<>();
        for (Attribution a : attributions) {
            Evidence e = a.evidence();
            Node claim = nodes.computeIfAbsent(e.start() + "-" + e.end(), k -> {
                Node node = Iris.claim(doc, e.start(), e.end());
                add(g, node, Vocab.RDF_TYPE, NG.Claim);
                add(g, node, NG.text, english(e.text()));
                add(g, node, NG.start, integer(e.start()));
                add(g, node, NG.end, integer(e.end()));
                add(g, node, NG.rule, string(a.rule()));
                add(g, node, NG.cue, english(a.cue()));
                add(g, node, NG.confidence, decimal(a.confidence()));
                for (Sentence s : text.sentences()) {
                    if (s.start() < e.end() && e.start() < s.end()) {
                        add(g, node, NG.inSentence, Iris.sentence(doc, s.index()));
                    }
                }
                return node;
            });
            add(g, claim, NG.speakerSurface, english(a.speakerSurface()));
            add(g, Iris.entity(a.speaker()), a.stance() == Stance.DENIES ? NG.denies : NG.claims, claim);
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

    /** Two decimals in TDB2's canonical form, so a re-ingest writes the same literal. */
    static Node decimal(double value) {
        return NodeFactory.createLiteralDT(java.math.BigDecimal.valueOf(Math.round(value * 100), 2).stripTrailingZeros()
                .toPlainString(), XSDDatatype.XSDdecimal);
    }

    static Node integer(long value) {
        return NodeFactory.createLiteralDT(Long.toString(value), XSDDatatype.XSDinteger);
    }
}
