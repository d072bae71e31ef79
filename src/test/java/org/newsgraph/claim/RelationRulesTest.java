package org.newsgraph.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsgraph.Analysed;

/** backs and opposes, from the ways English news says them. */
class RelationRulesTest {

    private static Set<String> relations(String text) {
        return Analysed.text(text).relations();
    }

    private static void has(String text, String... expected) {
        Set<String> found = relations(text);
        for (String e : expected) {
            assertTrue(found.contains(e), "expected '" + e + "' in " + found + " from: " + text);
        }
    }

    @Test
    void xBackedY() {
        has("Iran-backed Hezbollah fighters reinforced the front line.", "iran BACKS hezbollah");
    }

    @Test
    void yBackedByX() {
        has("The Syrian Democratic Forces, backed by the United States, advanced on Raqqa.", "united-states BACKS sdf");
    }

    @Test
    void verbsOfSupport() {
        has("Qatar has funded rebels in the north for years.", "qatar BACKS syrian-opposition");
        has("Washington armed the Kurdish militia last year.", "united-states BACKS kurdish-forces");
    }

    @Test
    void verbsOfAttack() {
        has("Russian jets bombed Nusra Front positions near Idlib on Tuesday.",
                "russian-ministry-of-defence OPPOSES nusra-front");
    }

    @Test
    void takingGroundFromSomeone() {
        has("Government forces recaptured the town from Islamic State militants.",
                "syrian-government OPPOSES islamic-state");
    }

    @Test
    void anOffensiveOnHeldGround() {
        has("Syrian troops launched an offensive on rebel-held districts of the city.",
                "syrian-government OPPOSES syrian-opposition");
    }

    @Test
    void antiXY() {
        has("Anti-Assad rebels shelled the airport.", "syrian-opposition OPPOSES syrian-government");
    }

    @Test
    void anOpponentInApposition() {
        has("Riyadh, a fierce opponent of Tehran, hosted the talks.", "saudi-arabia OPPOSES iran");
    }

    @Test
    void clashesBetweenTwoSidesGoBothWays() {
        has("Clashes between Kurdish fighters and Turkish troops left ten dead.",
                "kurdish-forces OPPOSES turkey", "turkey OPPOSES kurdish-forces");
    }

    @Test
    void supportAgainstAThirdParty() {
        has("Washington has been arming the YPG against Islamic State for two years.",
                "united-states BACKS ypg", "united-states OPPOSES islamic-state", "ypg OPPOSES islamic-state");
    }

    @Test
    void withSomeonesSupport() {
        has("With Russian air support, government forces advanced on the town.", "russia BACKS syrian-government");
    }

    @Test
    void alliesNamedAfterTheirPatron() {
        has("The regime and its allies Russia and Iran rejected the plan.",
                "russia BACKS syrian-government", "iran BACKS syrian-government");
    }

    @Test
    void coordinatedSubjectsDistribute() {
        has("Russian and Syrian air forces struck rebel positions overnight.",
                "russian-ministry-of-defence OPPOSES syrian-opposition", "syrian-government OPPOSES syrian-opposition");
    }

    @Test
    void coordinatedAndParticipleVerbsShareTheSubject() {
        Set<String> found = relations("In Hama the army of Syria killed 70 Nusra Front fighters and destroyed their "
                + "vehicles SANA mentioned.");
        assertTrue(found.contains("syria OPPOSES nusra-front"), found.toString());
        assertTrue(found.stream().noneMatch(r -> r.endsWith("sana")), found.toString());
        has("Syrian warplanes raided ISIL sites in Palmyra killing around 70 rebels.",
                "syrian-government OPPOSES islamic-state", "syrian-government OPPOSES syrian-opposition");
    }

    @Test
    void hypotheticalsAndNegationsAreNotRelations() {
        assertEquals(Set.of(), relations("Turkey could attack the YPG if the talks fail."));
        assertEquals(Set.of(), relations("Turkey did not attack the YPG, officials insisted."));
        assertEquals(Set.of(), relations("The move could lead to a confrontation between Turkey and the Kurds."));
    }

    @Test
    void theSurroundingsOfATargetAreNotTheTarget() {
        assertEquals(Set.of(), relations("Russian jets targeted a refugee camp in rebel-held Idlib province."));
    }

    @Test
    void everyRelationPointsToItsWordsAndRule() {
        Claim c = Analysed.text("Iran-backed Hezbollah fighters reinforced the front line.").claims().get(0);
        assertEquals(RelationExtractor.RULE_COMPOUND_BACKED, c.rule());
        assertTrue(c.evidence().text().startsWith("Iran-backed Hezbollah"), c.evidence().text());
    }
}
