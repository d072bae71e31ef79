package org.newsgraph.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.KnowledgeStore;

/** Which claims contradict or doubt what another speaker states, and why. */
class DisagreementTest {

    private static final String HALT = """
            Site icon Alpha News
            Published: 2017-04-06

            Sergei Lavrov said the Syrian army halted its operations in Douma on Thursday.
            """;

    @TempDir
    Path dir;

    private List<String> links(String article, String from) {
        try (KnowledgeStore store = AnalysedStore.of(dir, "a.txt", HALT, "b.txt", article)) {
            return AnalysedStore.links(store, from, "halted its operations");
        }
    }

    @Test
    void noConfirmationDisputes() {
        assertEquals(List.of("disputes doubt"), links("""
                Site icon Beta Daily
                Published: 2017-04-06

                John Kerry said there was no confirmation that the army had halted its operations in Douma.
                """, "no confirmation"));
    }

    @Test
    void shellingStillHeardAfterTheAnnouncementContradicts() {
        assertEquals(List.of("contradicts opposite-state"), links("""
                Site icon Beta Daily
                Published: 2017-04-06

                Reuters reported that shelling could still be heard in Douma on Thursday after the announcement.
                """, "still be heard"));
    }

    @Test
    void shellingBeforeTheAnnouncementContradictsNothing() {
        assertEquals(List.of(), links("""
                Site icon Beta Daily
                Published: 2017-04-06

                Reuters reported that shelling hit Douma on Thursday before the announcement.
                """, "shelling hit"));
    }

    @Test
    void aSpeakerDoesNotContradictItsOwnVoice() {
        assertEquals(List.of(), links("""
                Site icon Beta Daily
                Published: 2017-04-06

                Sergei Lavrov said strikes on Douma continued on Thursday after the announcement.
                """, "strikes on Douma"));
    }

    @Test
    void aDenialOfTheSameEventByTheSameDoerContradicts() {
        try (KnowledgeStore store = AnalysedStore.of(dir, "a.txt", """
                Published: 2017-04-06

                The Syrian Observatory for Human Rights said Russian warplanes struck a hospital in Idlib on Wednesday.
                """, "b.txt", """
                Published: 2017-04-06

                Igor Konashenkov said Russian warplanes had not struck any target in Idlib on Wednesday.
                """)) {
            assertEquals(List.of("contradicts opposite-state"), AnalysedStore.links(store, "had not struck", "struck a hospital"));
        }
    }

    @Test
    void aDenialOfAnotherDoersEventContradictsNothing() {
        try (KnowledgeStore store = AnalysedStore.of(dir, "a.txt", """
                Published: 2017-04-06

                The Syrian Observatory for Human Rights said Turkish troops struck a hospital in Idlib on Wednesday.
                """, "b.txt", """
                Published: 2017-04-06

                Igor Konashenkov said Russian warplanes had not struck any target in Idlib on Wednesday.
                """)) {
            assertEquals(List.of(), AnalysedStore.links(store, "had not struck", "struck a hospital"));
        }
    }

    @Test
    void callingTheirClaimsFabricatedContradictsTheClaimsOfThoseNamed() {
        try (KnowledgeStore store = AnalysedStore.of(dir, "a.txt", """
                Published: 2017-04-06

                The rebels told Reuters that Moscow had proposed a truce for Douma.
                Igor Konashenkov said the rebels' claims were fabricated.
                """)) {
            assertEquals(List.of("contradicts denial"), AnalysedStore.links(store, "fabricated", "proposed a truce"));
        }
    }
}
