package org.newsgraph.rdf;

import java.util.Locale;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.newsgraph.document.Document;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Sentence;

/**
 * Turns one analysed article into the triples of its named graph. A pure function: same input,
 * same triples, so re-ingest and CRLF/LF variants give identical graphs.
 */
public final class ArticleGraphMapper {

    private static final String LANG = "en";

    public Graph map(AnnotatedText text) {
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
        return g;
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

    static Node decimal(double value) {
        return NodeFactory.createLiteralDT(String.format(Locale.ROOT, "%.6f", value), XSDDatatype.XSDdecimal);
    }
}
