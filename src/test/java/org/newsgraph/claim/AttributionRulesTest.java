package org.newsgraph.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsgraph.Analysed;

/** Who claims or denies what: reported speech in its news forms. */
class AttributionRulesTest {

    @Test
    void xSaidThat() {
        Analysed a = Analysed.text("Turkish Foreign Minister Mevlut Cavusoglu said that the ceasefire was holding.");
        assertEquals(Set.of("mevlut-cavusoglu CLAIMS"), a.statements("ceasefire was holding"));
    }

    @Test
    void saidXAfterTheStatement() {
        Analysed a = Analysed.text("Dozens of families left the district overnight, said the Syrian Observatory for Human Rights.");
        assertEquals(Set.of("sohr CLAIMS"), a.statements("families left"));
    }

    @Test
    void aQuoteThenItsSpeaker() {
        Analysed a = Analysed.text("\"We will not leave our homes,\" Sheikh Omar Khalil told reporters in Homs.");
        assertTrue(a.statements("leave our homes").stream().anyMatch(s -> s.endsWith(" CLAIMS")), a.allStatements().toString());
    }

    @Test
    void accordingTo() {
        Analysed a = Analysed.text("At least 12 people died in the raid, according to the UN refugee agency.");
        assertEquals(Set.of("unhcr CLAIMS"), a.statements("12 people died"));
    }

    @Test
    void quotedAsSaying() {
        Analysed a = Analysed.text("TASS quoted Sergei Shoigu as saying that the drills were routine.");
        assertEquals(Set.of("sergei-shoigu CLAIMS"), a.statements("drills were routine"));
    }

    @Test
    void heNamesTheLastPersonWhoSpoke() {
        Analysed a = Analysed.text("Staffan de Mistura said the talks would resume in Geneva. He added that "
                + "both sides had agreed to attend.");
        assertEquals(Set.of("staffan-de-mistura CLAIMS"), a.statements("both sides had agreed"));
    }

    @Test
    void theOfficialNamesTheLastPersonWhoSpoke() {
        Analysed a = Analysed.text("Dmitry Peskov said the visit was planned. The official said no date was set.");
        assertEquals(Set.of("dmitry-peskov CLAIMS"), a.statements("no date was set"));
    }

    @Test
    void aQuoteOverSeveralSentencesBelongsToItsSpeakerInEach() {
        Analysed a = Analysed.text("\"The corridor is open. Buses are waiting at the checkpoint,\" said Igor Konashenkov.");
        assertEquals(Set.of("igor-konashenkov CLAIMS"), a.statements("corridor is open"));
        assertEquals(Set.of("igor-konashenkov CLAIMS"), a.statements("Buses are waiting"));
    }

    @Test
    void wordsInsideTheQuoteAreNotItsAttribution() {
        Analysed a = Analysed.text("\"They say the Russians attacked first,\" Jan Egeland said.");
        assertEquals(Set.of("jan-egeland CLAIMS"), a.statements("Russians attacked"));
    }

    @Test
    void aHeadlineWithTheSpeakerAfterAColon() {
        Analysed a = Analysed.text("Ceasefire holding across Idlib: Turkey\nThe truce began on Monday.");
        assertEquals(Set.of("turkey CLAIMS"), a.statements("Ceasefire holding"));
    }

    @Test
    void aHeadlineAfterADatelineWithTheSpeakerBeforeAColon() {
        Analysed a = Analysed.text("Monday 3 April 2017 Syrian opposition: dozens killed in air raids on Khan Shaykhun.");
        assertEquals(Set.of("syrian-opposition CLAIMS"), a.statements("dozens killed"));
    }

    @Test
    void aQuotationMarkThatNeverClosesDoesNotMuteTheRestOfTheArticle() {
        Analysed a = Analysed.text("The activist wrote \"the town is burning. Shells fell all night. Nobody came. "
                + "Roads are cut. Food is gone. Later the Syrian Observatory for Human Rights said 12 people died.");
        assertEquals(Set.of("sohr CLAIMS"), a.statements("12 people died"));
    }

    @Test
    void saidXAtTheEndWithoutAComma() {
        Analysed a = Analysed.text("The convoy has left and the road remains closed said Observatory chief Rami Abdel Rahman.");
        assertEquals(Set.of("rami-abdel-rahman CLAIMS"), a.statements("road remains closed"));
    }

    @Test
    void whomSomethingWasToldIsNotWhoToldIt() {
        Analysed a = Analysed.text("Jets struck the market one medical source told Anadolu Agency on Monday.");
        assertEquals(List.of(), a.allStatements());
    }

    @Test
    void aQuoteCutByAnEllipsisIsOneSentence() {
        Analysed a = Analysed.text("\"The explosion that hit the town... was caused by a car bomb\" said the Syrian "
                + "Observatory for Human Rights.");
        assertEquals(1, a.allStatements().size(), a.allStatements().toString());
    }

    @Test
    void theNamedBodyNotItsDescriptionSpeaks() {
        Analysed a = Analysed.text("The Syrian Coalition an opposition group based abroad said the planes were Russian.");
        assertEquals(Set.of("syrian-national-coalition CLAIMS"), a.statements("planes were Russian"));
    }

    @Test
    void anAgencyNamedBeforeItsHeadNounSpeaks() {
        Analysed a = Analysed.text("About a hundred militants were killed SANA news agency reported.");
        assertEquals(Set.of("sana CLAIMS"), a.statements("hundred militants"));
    }

    @Test
    void quotedWordsThatLostTheirMarksWaitForTheirAttribution() {
        Analysed a = Analysed.text("The Russian General Staff said the convoy was hit. We warn against such steps the "
                + "general staff said.");
        assertEquals(Set.of("russian-ministry-of-defence CLAIMS"), a.statements("We warn"));
    }

    @Test
    void denialsFromTheCueOrTheSpeakersOwnWords() {
        assertEquals(Set.of("russia DENIES"), Analysed.text("Moscow denied the reports on Tuesday.").statements("reports"));
        assertEquals(Set.of("iran DENIES"),
                Analysed.text("Tehran said the accusations were baseless.").statements("accusations"));
        assertEquals(Set.of("turkey DENIES"),
                Analysed.text("Ankara says its troops have not been involved in the fighting.").statements("involved"));
    }

    @Test
    void anotherSpeakersDenialIsNotTheFirstSpeakersDenial() {
        Analysed a = Analysed.text("Washington believes Syrian jets carried out the strike but Moscow denied any role.");
        assertEquals(Set.of("united-states CLAIMS"), a.statements("carried out the strike"));
    }

    @Test
    void passiveAndAnonymousReportsHaveNoSpeaker() {
        List<String> none = Analysed.text("It was reported that the road was closed. Experts warn that prices will rise. "
                + "Dozens were said to have fled.").allStatements();
        assertEquals(List.of(), none);
    }

    @Test
    void aSpokesmanForABodyIsItsVoice() {
        Analysed a = Analysed.text("A senior State Department official said the framework was agreed.");
        assertEquals(Set.of("us-state-department CLAIMS"), a.statements("framework was agreed"));
    }

    @Test
    void aRunOnSentenceGivesAClaimOfAtMostSixHundredCharactersAroundItsCue() {
        String filler = "shelling continued in the eastern districts overnight and ".repeat(12);
        Analysed a = Analysed.text(filler + "the Syrian Observatory for Human Rights said 40 people were killed " + filler);
        Claim c = a.claims().stream().filter(x -> x.type() == ClaimType.CLAIMS).findFirst().orElseThrow();
        assertTrue(c.evidence().text().length() <= AttributionExtractor.MAX_CLAIM_CHARS, c.evidence().text());
        assertTrue(c.evidence().text().contains("40 people were killed"), c.evidence().text());
    }

    @Test
    void everyClaimKeepsItsCueAndHowTheSpeakerWasNamed() {
        Claim c = Analysed.text("Moscow denied the reports on Tuesday.").claims().get(0);
        assertEquals("denied", c.cue());
        assertEquals("Moscow", c.speakerSurface());
        assertEquals(AttributionExtractor.RULE_SAID, c.rule());
    }
}
