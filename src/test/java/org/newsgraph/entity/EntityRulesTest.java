package org.newsgraph.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.newsgraph.Analysed;

/** How mentions become entities: one entity per real-world thing, whatever the article calls it. */
class EntityRulesTest {

    @Test
    void nameVariantsAndShortFormsAreOneEntity() {
        Analysed a = Analysed.text("Sergey Lavrov arrived in Ankara. Lavrov met Turkish officials. "
                + "Sergei Lavrov left on Tuesday.");
        assertEquals("sergey-lavrov", a.entityOf("Sergey Lavrov"));
        assertEquals("sergey-lavrov", a.entityOf("Lavrov"));
        assertEquals("sergey-lavrov", a.entityOf("Sergei Lavrov"));
    }

    @Test
    void everyNameOfIslamicStateIsTheSameGroup() {
        Analysed a = Analysed.text("Daesh fighters attacked the town. ISIL claimed the attack, and the Islamic State group "
                + "later released a video. IS has lost ground.");
        for (String name : new String[] {"Daesh", "ISIL", "Islamic State group", "IS"}) {
            assertEquals("islamic-state", a.entityOf(name), name);
        }
    }

    @Test
    void aCapitalThatActsIsItsGovernmentAndACapitalWhereThingsHappenIsAPlace() {
        Analysed a = Analysed.text("Moscow warned against new sanctions on Monday. The talks were held in Moscow.");
        assertTrue(a.result().resolution().mentions().stream().anyMatch(m -> m.entity().equals("russia")
                && m.mention().surface().equals("Moscow") && m.rule().equals(EntityResolver.RULE_METONYMY)));
        assertTrue(a.result().resolution().mentions().stream().anyMatch(m -> m.entity().equals("moscow")
                && m.rule().equals(EntityResolver.RULE_CAPITAL_PLACE)));
    }

    @Test
    void aCapitalBeforeAStatementVerbSpeaksForItsGovernment() {
        assertEquals("russia", Analysed.text("Moscow warns against new strikes on Syria.").entityOf("Moscow"));
    }

    @Test
    void aGenericDistrictNameIsNotTakenForAleppos() {
        Analysed a = Analysed.text("Four bombers blew themselves up in the al Midan district of Damascus.");
        assertFalse(a.entities().stream().anyMatch(k -> k.startsWith("aleppo")), a.entities().toString());
    }

    @Test
    void compoundsWithACapitalNameTheGovernment() {
        Analysed a = Analysed.text("Ankara-backed fighters clashed with anti-Damascus groups near the border.");
        assertEquals("turkey", a.entityOf("Ankara"));
        assertEquals("syrian-government", a.entityOf("Damascus"));
    }

    @Test
    void theKremlinSpeaksForRussia() {
        assertEquals("russia", Analysed.text("The Kremlin said the talks would go on.").entityOf("Kremlin"));
    }

    @Test
    void nationalityBeforeTroopsNamesThatMilitary() {
        Analysed a = Analysed.text("Russian warplanes flew over the valley while Turkish troops waited at the border.");
        assertEquals("russian-ministry-of-defence", a.entityOf("Russian"));
        assertEquals("turkey", a.entityOf("Turkish"));
    }

    @Test
    void descriptionsNameTheBodiesTheyStandFor() {
        Analysed a = Analysed.text("Government forces shelled the town as rebels retreated. The regime denied it.");
        assertEquals("syrian-government", a.entityOf("Government forces"));
        assertEquals("syrian-opposition", a.entityOf("rebels"));
        assertEquals("syrian-government", a.entityOf("regime"));
    }

    @Test
    void aDescriptionAfterAnotherStatesAdjectiveIsThatStates() {
        assertEquals("iran", Analysed.text("Protesters denounced the Iranian regime on Monday.").entityOf("regime"));
    }

    @Test
    void anOfficeNamesWhoeverHeldItInTheArticlesYear() {
        Analysed a = Analysed.text("December 2, 2016\nThe plan was welcomed by Russia's foreign minister on Friday.");
        assertEquals("sergey-lavrov", a.entityOf("Russia's foreign minister"));
        assertTrue(a.entities().contains("russia"), "the office's owner is mentioned too");
    }

    @Test
    void anOfficeFollowedByANameLeavesItToTheName() {
        Analysed a = Analysed.text("March 3, 2016\nUS Secretary of State Mike Pompeo said nothing.");
        assertFalse(a.entities().contains("john-kerry"), a.entities().toString());
        assertTrue(a.entities().contains("united-states"));
    }

    @Test
    void aPossessiveThatLostItsApostropheStillNamesTheState() {
        assertEquals("syria", Analysed.text("Shelling hit Syrias north on Monday.").entityOf("Syria"));
    }

    @Test
    void aNameAfterAnAntiPrefixNamesThePersonAndActsForTheGovernmentHeLeads() {
        Analysed a = Analysed.text("Anti-Assad rebels took the town.");

        assertEquals("bashar-al-assad", a.entityOf("Assad"));
        assertTrue(a.relations().contains("syrian-opposition opposes syrian-government"), a.relations().toString());
    }

    @Test
    void aPlaceNamedAfterAPersonIsAPlace() {
        Analysed a = Analysed.text("Shells fell on the al-Assad suburb of the city.");
        assertFalse(a.entities().contains("bashar-al-assad"), a.entities().toString());
    }
}
