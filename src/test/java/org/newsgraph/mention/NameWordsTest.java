package org.newsgraph.mention;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.newsgraph.Fixtures;

/** The shipped name-* lexicons, as name discovery reads them. */
class NameWordsTest {

    private static NameWords shipped() {
        return NameWords.from(Fixtures.stages().grammar().lexicons());
    }

    @Test
    void aGivenNameCountsOnlyCapitalised() {
        NameWords words = shipped();
        assertTrue(words.givenName("Karim"));
        assertFalse(words.givenName("KARIM"));
        assertFalse(words.givenName("karim"));
    }

    @Test
    void aTypographicApostropheJoinsANameLikeAPlainOne() {
        NameWords words = shipped();
        assertTrue(words.connector("'"));
        assertTrue(words.connector("’"));
    }
}
