package org.newsgraph.proposition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Who and where: participants, the doers among them, places. */
class ParticipantRulesTest {

    @Test
    void anActorBeforeTheEventDoesIt() {
        ClaimContent c = Contents.of("The Syrian Observatory for Human Rights said Russian warplanes struck Maarat al-Numan.",
                "warplanes struck");
        assertEquals(List.of("russian-ministry-of-defence"), c.agents());
    }

    @Test
    void anActorAfterByDoesAPassiveEvent() {
        ClaimContent c = Contents.of("The Syrian Observatory for Human Rights said nine civilians were killed by Turkish "
                + "troops.", "were killed");
        assertTrue(c.agents().contains("turkey"), c.agents().toString());
    }

    @Test
    void aNationalityThatNamesThePeopleIsNoParticipant() {
        ClaimContent c = Contents.of("Igor Konashenkov said 8,000 Syrians left Aleppo.", "8,000 Syrians");
        assertEquals(List.of(), c.participants());
    }

    @Test
    void aPlaceIsAPlaceNotAParticipant() {
        ClaimContent c = Contents.of("Igor Konashenkov said rebels shelled Aleppo.", "shelled");
        assertEquals(List.of("aleppo"), c.places());
        assertEquals(List.of("syrian-opposition"), c.participants());
    }
}
