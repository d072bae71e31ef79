package org.newsgraph.proposition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsgraph.proposition.Contents.event;

import org.junit.jupiter.api.Test;

/** Which event a claim reports, and how: verb classes of events.tsv, negation, modality. */
class EventRulesTest {

    @Test
    void aVerbOfTheClassNamesTheEvent() {
        ClaimContent c = Contents.of("Mevlut Cavusoglu said the army suspended its offensive near Afrin.", "suspended");
        assertEquals("halt ASSERTED", event(c));
    }

    @Test
    void aVerbLaterInTheClauseWinsOverTheNounBeforeIt() {
        ClaimContent c = Contents.of("Staffan de Mistura said combat operations in Homs had been stopped for the night.", "stopped");
        assertEquals("halt ASSERTED", event(c));
    }

    @Test
    void aNounKeepsItsClauseAgainstAVerbOfALaterOne() {
        ClaimContent c = Contents.of("Igor Konashenkov said the gas attack was a provocation that had targeted no one.",
                "gas attack");
        assertEquals("chemical ASSERTED", event(c));
    }

    @Test
    void aParticipleBeforeANounIsNoEvent() {
        ClaimContent c = Contents.of("The Syrian Observatory for Human Rights said trapped families were leaving the old town.", "trapped families");
        assertEquals("evacuate ASSERTED", event(c));
    }

    @Test
    void aNegationBeforeTheEventNegatesIt() {
        ClaimContent c = Contents.of("Igor Konashenkov said its jets had not struck the hospital in Idlib.", "not struck");
        assertEquals("attack NEGATED", event(c));
    }

    @Test
    void aModalMakesTheEventHypothetical() {
        ClaimContent c = Contents.of("Sergei Lavrov said the gunmen must leave Daraa by Friday.", "must leave");
        assertEquals("evacuate HYPOTHETICAL", event(c));
    }

    @Test
    void aPreventedEventDidNotTakePlace() {
        ClaimContent c = Contents.of("The Syrian Observatory for Human Rights said checkpoints were blocking families from fleeing Raqqa.", "from fleeing");
        assertEquals("evacuate HYPOTHETICAL", event(c));
    }

    @Test
    void theAttributionIsNotTheContent() {
        ClaimContent c = Contents.of("Dozens of families left Douma overnight, the Syrian Observatory for Human Rights said.",
                "Dozens of families");
        assertEquals("Dozens of families left Douma overnight", c.content());
    }

    @Test
    void aSecondStatementIsCutOff() {
        ClaimContent c = Contents.of("Sergei Lavrov said the convoy reached Madaya, adding that talks would resume.",
                "convoy reached");
        assertEquals("the convoy reached Madaya", c.content());
    }
}
