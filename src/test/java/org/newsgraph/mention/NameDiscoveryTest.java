package org.newsgraph.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.newsgraph.Analysed;
import org.newsgraph.entity.Entity;

/** Names the catalogue lacks are found, and typed from their context, or left alone. */
class NameDiscoveryTest {

    private static Entity found(Analysed a, String label) {
        return a.result().resolution().entities().values().stream().filter(e -> e.label().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no entity '" + label + "' in " + a.entities()));
    }

    @Test
    void aTitleBeforeANameMakesAPerson() {
        Analysed a = Analysed.text("Rebel commander Abu Hamza al-Shami said the town had fallen.");
        assertEquals(EntityType.PERSON, found(a, "Abu Hamza al-Shami").type());
    }

    @Test
    void anAppositionMakesAPersonAndTheSurnameRefersBack() {
        Analysed a = Analysed.text("Karim Haddad, a spokesman for the group, said talks had failed. Haddad added that "
                + "more fighting was likely.");
        Entity haddad = found(a, "Karim Haddad");
        assertEquals(EntityType.PERSON, haddad.type());
        assertEquals(haddad.key(), a.entityOf("Haddad"));
    }

    @Test
    void anAcronymDefinedInTheTextNamesTheBodyLater() {
        Analysed a = Analysed.text("The Levant Relief Coalition (LRC) opened two clinics. The LRC said more were needed.");
        Entity lrc = found(a, "Levant Relief Coalition");
        assertEquals(EntityType.ORGANIZATION, lrc.type());
        assertTrue(lrc.altLabels().contains("LRC"));
        assertEquals(lrc.key(), a.entityOf("LRC"));
    }

    @Test
    void anAcronymDefinedAfterANameWithAPlaceInItNamesTheWholeName() {
        Analysed a = Analysed.text("The Israel Defense Forces (IDF) struck a base near Quneitra. The IDF said three "
                + "rockets had been fired.");
        assertEquals(found(a, "Israel Defense Forces").key(), a.entityOf("IDF"));
    }

    @Test
    void placeHeadsAndLocativesMakePlaces() {
        Analysed a = Analysed.text("Fighting spread from the Bustan al-Zahra district to the Tal Mahmoud area, "
                + "and shells landed near Kafr Anbal.");
        assertEquals(EntityType.PLACE, found(a, "Bustan al-Zahra").type());
        assertEquals(EntityType.PLACE, found(a, "Tal Mahmoud").type());
        assertEquals(EntityType.PLACE, found(a, "Kafr Anbal").type());
    }

    @Test
    void aTypeCarriesAlongAList() {
        Analysed a = Analysed.text("Troops entered Qusayba and Marat Hamid villages on Sunday.");
        assertEquals(EntityType.PLACE, found(a, "Qusayba").type());
        assertEquals(EntityType.PLACE, found(a, "Marat Hamid").type());
    }

    @Test
    void organisationAndArmedGroupHeadsTypeTheirNames() {
        Analysed a = Analysed.text("The Aleppo Media Center reported clashes with the Sultan Murad Brigade.");
        assertEquals(EntityType.ORGANIZATION, found(a, "Aleppo Media Center").type());
        assertEquals(EntityType.ARMED_GROUP, found(a, "Sultan Murad Brigade").type());
    }

    @Test
    void anUntypedCapitalisedWordIsNotAnEntity() {
        Analysed a = Analysed.text("Zorbatron was mentioned once, and Friday was quiet.");
        assertTrue(a.result().resolution().entities().values().stream().noneMatch(e -> e.label().contains("Zorbatron")),
                a.entities().toString());
        assertNull(a.entityOf("Friday"));
    }

    @Test
    void titleCaseHeadlinesAreNotMinedForNames() {
        Analysed a = Analysed.text("Army Pushes Toward Qarqour As Talks Stall In Geneva\nThe army advanced.");
        assertFalse(a.result().resolution().entities().values().stream().anyMatch(e -> e.label().contains("Qarqour")));
    }
}
