package org.newsgraph.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinkOverridesTest {

    @Test
    void readsEntityKeysIrisAndNone() {
        LinkOverrides o = LinkOverrides.parse("# comment\n\nentity:aleppo\tQ41183\tchecked\n"
                + "https://example.org/e\tnone\ta namesake\n", "f.tsv");
        assertEquals(2, o.size());
        LinkOverrides.Override aleppo = o.forEntity(NodeFactory.createURI("https://w3id.org/newsgraph/entity/aleppo"))
                .orElseThrow();
        assertEquals("Q41183", aleppo.qid());
        assertEquals("f.tsv:3", aleppo.origin());
        assertNull(o.forEntity(NodeFactory.createURI("https://example.org/e")).orElseThrow().qid());
    }

    @Test
    void reportsEveryProblemWithItsLine() {
        LinkException e = assertThrows(LinkException.class, () -> LinkOverrides.parse(
                "entity:a\tP31\tnot an item\nentity:b\tQ1\nentity:c\tQ1\tok\nentity:c\tQ2\tagain\n", "f.tsv"));
        assertTrue(e.getMessage().startsWith("3 problems in the link overrides; fix them and rerun:"), e.getMessage());
        assertTrue(e.getMessage().contains("f.tsv:1: 'P31' is not a Wikidata id"));
        assertTrue(e.getMessage().contains("f.tsv:2: expected 3 tab-separated columns"));
        assertTrue(e.getMessage().contains("f.tsv:4: https://w3id.org/newsgraph/entity/c is overridden already at f.tsv:3"));
    }

    @Test
    void aMissingFileSaysSo(@TempDir Path dir) {
        Path missing = dir.resolve("mine.tsv");
        LinkException e = assertThrows(LinkException.class, () -> LinkOverrides.read(missing));
        assertEquals("override file " + missing + " does not exist; give --overrides an existing file (the shipped one"
                + " is ontology/link-overrides.tsv)", e.getMessage());
    }

    @Test
    void aReasonMayHoldQuotesAndHashes() {
        LinkOverrides o = LinkOverrides.parse("entity:a\tQ1\tthe \"Aleppo\" of #2, per SANA\n", "f.tsv");
        assertEquals("the \"Aleppo\" of #2, per SANA", o.all().iterator().next().reason());
    }

    @Test
    void theShippedFileParses() {
        assertTrue(LinkOverrides.standard().origin().startsWith(LinkOverrides.FILE));
    }
}
