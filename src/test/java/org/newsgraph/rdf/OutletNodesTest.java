package org.newsgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.newsgraph.Analysed;
import org.newsgraph.Fixtures;
import org.newsgraph.document.OutletTable;

class OutletNodesTest {

    private static final Node DOC = NodeFactory.createURI(Iris.DOC + "a.txt");

    private static OutletNodes shipped() {
        return OutletNodes.of(Fixtures.stages().catalogue().graph(), OutletTable.shipped());
    }

    private static Node entity(String key) {
        return NodeFactory.createURI(Iris.ENTITY + key);
    }

    @Test
    void anOutletTheCatalogueKnowsIsItsEntityByAnyNameInAnyCase() {
        assertEquals(entity("sana"), shipped().node("SANA"));
        assertEquals(entity("sana"), shipped().node("syrian arab news agency"));
        assertEquals(entity("jordan-times"), shipped().node("The  Jordan Times"));
    }

    @Test
    void anOutletTheCatalogueLacksGetsANodeMintedFromItsName() {
        Node kyiv = shipped().node("Kyiv Post");
        assertTrue(kyiv.getURI().startsWith(Iris.ENTITY + "outlet/kyiv-post"), kyiv.getURI());
        assertEquals(kyiv, shipped().node("Kyiv Post"));
        assertNotEquals(kyiv, shipped().node("KYIV POST"), "each minted node has one label, so spellings stay apart");
    }

    @Test
    void aNameTwoOrganisationsShareIsNotGuessed() {
        Graph catalogue = RDFParser.fromString("""
                @prefix ng: <https://w3id.org/newsgraph/ontology#> .
                @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
                @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
                <https://w3id.org/newsgraph/entity/nna-lebanon> a ng:Organization ; rdfs:label "National News Agency"@en .
                <https://w3id.org/newsgraph/entity/nna-other> a ng:Organization ; rdfs:label "NNA"@en ;
                    skos:altLabel "National News Agency"@en .
                """, Lang.TURTLE).toGraph();
        OutletNodes outlets = OutletNodes.of(catalogue, OutletTable.shipped());
        assertEquals(Iris.outlet("National News Agency"), outlets.node("National News Agency"));
        assertEquals(entity("nna-other"), outlets.node("nna"));
    }

    @Test
    void onlyOrganisationsAreOutlets() {
        // "Kremlin" names Russia, a state: kremlin.ru as an outlet is not the state.
        assertEquals(Iris.outlet("Kremlin"), shipped().node("Kremlin"));
    }

    @Test
    void aCataloguedOutletIsTypedAndRepeatsTheCataloguesLabel() {
        Graph g = GraphFactory.createDefaultGraph();
        shipped().map(g, DOC, "syrian arab news agency");
        assertTrue(g.contains(DOC, NG.outlet, entity("sana")));
        assertTrue(g.contains(entity("sana"), Vocab.RDF_TYPE, NG.Outlet));
        assertEquals(NodeFactory.createLiteralLang("SANA", "en"), g.find(entity("sana"), Vocab.LABEL, Node.ANY)
                .mapWith(Triple::getObject).next());
        assertEquals(3, g.size());
    }

    @Test
    void theAgencyAnArticleQuotesAndTheOutletThatPublishedItAreOneNode() {
        Analysed a = Analysed.text("Site icon SANA\nArmy units restore security in Aleppo\n"
                + "SANA reported that army units restored security to the city on Monday.\n");
        Graph g = a.result().graph().graph();
        Node doc = Iris.document("test.txt");
        assertTrue(g.contains(doc, NG.outlet, entity("sana")), "the outlet is the catalogue's SANA");
        assertTrue(g.contains(doc, NG.mentions, entity("sana")), "the quoted SANA is the same node");
    }
}
