package org.newsgraph.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.KnowledgeStore;

/** How well a proposition is supported: outlets, speakers, independent sources, who reported it first. */
class CorroborationTest {

    private static final String QUERY = """
            SELECT DISTINCT ?outlets ?speakers ?sources ?sourcing ?first ?file {
              ?c ng:text ?t ; ng:expresses ?p FILTER(CONTAINS(?t, "2,500"))
              ?p ng:outletCount ?outlets ; ng:speakerCount ?speakers ; ng:sourceCount ?sources ; ng:sourcing ?sourcing ;
                 ng:firstReported ?first ; ng:firstReportedIn ?doc . ?doc ng:fileName ?file }""";

    @TempDir
    Path dir;

    private static String article(String outlet, String date, String claim) {
        return "Site icon " + outlet + "\nPublished: " + date + "\n\n" + claim + "\n";
    }

    @Test
    void oneStateSpeakingThroughSeveralOutletsIsRelayed() {
        try (KnowledgeStore store = AnalysedStore.of(dir,
                "a.txt", article("Alpha News", "2017-04-06", "Igor Konashenkov said 2,500 civilians left Douma on Wednesday."),
                "b.txt", article("Beta Daily", "2017-04-07", "Russia said 2,500 civilians left Douma on Wednesday."))) {
            assertEquals(List.of(Map.of("outlets", "2", "speakers", "2", "sources", "1", "sourcing", "relayed",
                    "first", "2017-04-06", "file", "a.txt")), AnalysedStore.select(store, QUERY));
        }
    }

    @Test
    void twoSidesSayingItAreIndependent() {
        try (KnowledgeStore store = AnalysedStore.of(dir,
                "a.txt", article("Alpha News", "2017-04-07", "Igor Konashenkov said 2,500 civilians left Douma on Wednesday."),
                "b.txt", article("Beta Daily", "2017-04-06",
                        "The Syrian Observatory for Human Rights said 2,500 civilians left Douma on Wednesday."))) {
            assertEquals(List.of(Map.of("outlets", "2", "speakers", "2", "sources", "2", "sourcing", "independent",
                    "first", "2017-04-06", "file", "b.txt")), AnalysedStore.select(store, QUERY));
        }
    }
}
