package org.newsgraph.proposition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.proposition.Contents.event;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What a content says about its own event: doubt, denial, another occurrence, before/after, going on. */
class MarkerRulesTest {

    @Test
    void noConfirmationDoubtsTheEventThatFollows() {
        ClaimContent c = Contents.of("John Kerry said there was no confirmation that the rebels had withdrawn from Homs.",
                "no confirmation");
        assertTrue(c.markers().contains(Marker.DOUBT));
        assertEquals("withdraw ASSERTED", event(c));
    }

    @Test
    void itRemainsToBeSeenWhetherDoubts() {
        ClaimContent c = Contents.of("Staffan de Mistura said it remains to be seen whether the truce in Daraa holds.",
                "remains to be seen");
        assertTrue(c.markers().contains(Marker.DOUBT));
    }

    @Test
    void anAlternativeDoubtsHowNotWhether() {
        ClaimContent c = Contents.of("The Syrian Observatory for Human Rights said it was unclear whether the blast was "
                + "caused by a rocket or a mine.", "unclear whether");
        assertFalse(c.markers().contains(Marker.DOUBT));
    }

    @Test
    void calledBaselessTheSpeakersOwnWordsDeny() {
        ClaimContent c = Contents.of("Igor Konashenkov said the reports of strikes on Idlib were baseless.", "baseless");
        assertTrue(c.markers().contains(Marker.DENIAL));
    }

    @Test
    void aDenialNamesWhoseClaimsItRejects() {
        ClaimContent c = Contents.of("Igor Konashenkov said the rebels' claims were fabricated.", "fabricated");
        assertEquals(List.of("syrian-opposition"), c.deniedSources());
    }

    @Test
    void someoneElsesDenialInsideTheContentIsNotTheSpeakers() {
        ClaimContent c = Contents.of("The Syrian Observatory for Human Rights said the raid killed nine people, an "
                + "accusation dismissed by the government.", "raid killed");
        assertFalse(c.markers().contains(Marker.DENIAL));
    }

    @Test
    void anotherMarksANewOccurrence() {
        ClaimContent c = Contents.of("Igor Konashenkov said another 2,000 civilians had left Douma.", "another");
        assertTrue(c.markers().contains(Marker.NEW_INSTANCE));
    }

    @Test
    void beforeTheAnnouncementOrdersTheEventBeforeAStatement() {
        ClaimContent c = Contents.of("Reuters reporters said shelling hit Douma before the minister's announcement.",
                "shelling hit");
        assertTrue(c.markers().contains(Marker.BEFORE));
        assertFalse(c.markers().contains(Marker.AFTER));
    }

    @Test
    void stillHeardAfterHisRemarksGoesOn() {
        ClaimContent c = Contents.of("Reuters reporters said shelling was still heard in Douma after his remarks.",
                "still heard");
        assertTrue(c.markers().contains(Marker.CONTINUING));
        assertTrue(c.markers().contains(Marker.AFTER));
    }
}
