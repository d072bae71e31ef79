package org.newsgraph.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.junit.jupiter.api.Test;
import org.newsgraph.Fixtures;
import org.newsgraph.rdf.OutletNodes;
import org.newsgraph.rdf.Vocab;

class OutletTableTest {

    @Test
    void findsAnOutletByCodeOrNameInAnyCase() {
        assertEquals("Al-Manar", OutletTable.shipped().name("manar"));
        assertEquals("Al-Manar", OutletTable.shipped().name("AL-MANAR"));
        assertEquals("Kyiv Post", OutletTable.shipped().name(" Kyiv Post "));
    }

    @Test
    void everyFaKesSourceCodeIsListed() throws IOException {
        // FA-KES (CC BY 4.0, Abu Salem et al., ICWSM 2019) names its 15 outlets by code in metadata.tsv.
        Path metadata = Fixtures.root().resolve("../shared/corpora/fakes/metadata.tsv");
        Set<String> missing = new TreeSet<>();
        Files.readAllLines(metadata).stream().skip(1).map(l -> l.split("\t")[1])
                .filter(code -> OutletTable.shipped().find(code).isEmpty()).forEach(missing::add);
        assertEquals(Set.of(), missing);
    }

    @Test
    void eachWikidataIdAgreesWithTheCatalogueEntityOfThatName() {
        var catalogue = Fixtures.stages().catalogue().graph();
        OutletNodes nodes = OutletNodes.of(catalogue, OutletTable.shipped());
        for (OutletTable.Outlet o : OutletTable.shipped().all()) {
            Node node = nodes.node(o.name());
            Optional<String> catalogued = catalogue.find(node, Vocab.SAME_AS, Node.ANY).nextOptional()
                    .map(Triple::getObject).map(n -> n.getURI().substring(Vocab.WIKIDATA_ENTITY.length()));
            if (catalogued.isPresent() || o.wikidata().isPresent()) {
                assertEquals(catalogued, o.wikidata(), o.code() + " (" + o.name() + ")");
            }
        }
    }

    @Test
    void everyNameButAlAlamIsACatalogueOrganisation() {
        OutletNodes nodes = OutletNodes.of(Fixtures.stages().catalogue().graph(), OutletTable.shipped());
        Set<String> minted = new TreeSet<>();
        OutletTable.shipped().all().stream().filter(o -> nodes.node(o.name()).getURI().contains("/entity/outlet/"))
                .forEach(o -> minted.add(o.name()));
        assertEquals(Set.of("Al-Alam"), minted);
    }

    @Test
    void aCodeListedTwiceIsRefused() {
        String message = assertThrows(IllegalArgumentException.class,
                () -> OutletTable.parse("sana\tSANA\nsana\tSyrian Arab News Agency\n")).getMessage();
        assertTrue(message.equals("outlet code sana is listed twice"), message);
    }
}
