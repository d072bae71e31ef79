package org.newsgraph.proposition;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Numbers as typed quantities: qualifier, roundness, vague words, parts of a number given before. */
class QuantityRulesTest {

    private static String quantities(String sentence, String fragment) {
        return Contents.of(sentence, fragment).quantities().stream()
                .map(q -> q.unit() + " " + (long) q.low() + "-" + (long) q.high())
                .collect(Collectors.joining(", "));
    }

    @Test
    void moreThanIsAFloorWithAFifthAbove() {
        assertEquals("civilians 1200-1440", quantities("Igor Konashenkov said more than 1,200 civilians left Douma.", "1,200"));
    }

    @Test
    void almostIsACeilingWithAFifthBelow() {
        assertEquals("combatants 400-500", quantities("Igor Konashenkov said almost 500 fighters surrendered.", "500"));
    }

    @Test
    void aRoundNumberIsApproximate() {
        assertEquals("people 270-330", quantities("Igor Konashenkov said 300 people left Douma.", "300"));
    }

    @Test
    void anExactNumberIsExact() {
        assertEquals("civilians 8461-8461", quantities("Igor Konashenkov said 8,461 civilians left Douma.", "8,461"));
    }

    @Test
    void aPartOfTheNumberBeforeIsNoQuantityOfItsOwn() {
        assertEquals("civilians 2124-2124", quantities(
                "Igor Konashenkov said 2,124 civilians, including 1,007 children, left Douma.", "2,124"));
    }

    @Test
    void dozensIsARange() {
        assertEquals("civilians 24-99", quantities("The Syrian Observatory for Human Rights said dozens of civilians died.",
                "dozens"));
    }

    @Test
    void numberWordsCount() {
        assertEquals("combatants 25-25", quantities("Igor Konashenkov said twenty-five militants surrendered.", "twenty-five"));
    }

    @Test
    void aYearIsNoQuantity() {
        assertEquals("", quantities("Igor Konashenkov said the war began in 2011.", "2011"));
    }
}
