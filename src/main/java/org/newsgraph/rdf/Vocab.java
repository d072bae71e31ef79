package org.newsgraph.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sys.JenaSystem;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;

/** The external vocabulary terms newsgraph writes, and the prefixes exports use. */
public final class Vocab {
    static {
        // Jena's vocabulary classes must not be the first Jena classes loaded: that recursive start-up
        // leaves RDF.type null (ExceptionInInitializerError). Start Jena first.
        JenaSystem.init();
    }

    private Vocab() {
    }

    public static final Node RDF_TYPE = RDF.type.asNode();
    public static final Node RDF_SUBJECT = RDF.subject.asNode();
    public static final Node RDF_PREDICATE = RDF.predicate.asNode();
    public static final Node RDF_OBJECT = RDF.object.asNode();
    public static final Node LABEL = RDFS.label.asNode();
    public static final Node ALT_LABEL = SKOS.altLabel.asNode();
    public static final Node SAME_AS = OWL.sameAs.asNode();
    public static final Node DCT_TITLE = DCTerms.title.asNode();
    public static final Node DCT_ISSUED = DCTerms.issued.asNode();
    public static final Node DCT_LANGUAGE = DCTerms.language.asNode();
    public static final Node DCT_CREATOR = DCTerms.creator.asNode();
    public static final String SCHEMA = "http://schema.org/";
    /** Where a document was published on the web. */
    public static final Node SCHEMA_URL = NodeFactory.createURI(SCHEMA + "url");
    public static final Node GEO_LAT = NodeFactory.createURI("http://www.w3.org/2003/01/geo/wgs84_pos#lat");
    public static final Node GEO_LONG = NodeFactory.createURI("http://www.w3.org/2003/01/geo/wgs84_pos#long");
    public static final String WIKIDATA_ENTITY = "http://www.wikidata.org/entity/";
    /** Wikidata's direct ("truthy") properties: wdt:P31 instance of, wdt:P17 country, ... */
    public static final String WIKIDATA_DIRECT = "http://www.wikidata.org/prop/direct/";

    /** The page's summary graph: counts and records it keeps so that views answer at once. */
    public static final String SUMMARY = "https://w3id.org/newsgraph/summary#";

    /** Prefixes for Turtle and TriG exports and query results. */
    public static PrefixMapping prefixes() {
        PrefixMapping p = PrefixMapping.Factory.create();
        p.setNsPrefix("ng", NG.NS);
        p.setNsPrefix("doc", Iris.DOC);
        p.setNsPrefix("entity", Iris.ENTITY);
        p.setNsPrefix("rdf", RDF.getURI());
        p.setNsPrefix("rdfs", RDFS.getURI());
        p.setNsPrefix("owl", OWL.getURI());
        p.setNsPrefix("xsd", XSD.getURI());
        p.setNsPrefix("skos", SKOS.getURI());
        p.setNsPrefix("dct", DCTerms.getURI());
        p.setNsPrefix("geo", "http://www.w3.org/2003/01/geo/wgs84_pos#");
        p.setNsPrefix("wd", WIKIDATA_ENTITY);
        p.setNsPrefix("wdt", WIKIDATA_DIRECT);
        p.setNsPrefix("sum", SUMMARY);
        return p.lock();
    }
}
