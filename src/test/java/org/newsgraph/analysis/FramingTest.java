package org.newsgraph.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.KnowledgeStore;

/** How each outlet names each actor, with the loaded terms marked. */
class FramingTest {

    @TempDir
    Path dir;

    @Test
    void eachOutletsNamesForAnActorAreCountedAndLoadedOnesMarked() {
        try (KnowledgeStore store = AnalysedStore.of(dir, "a.txt", """
                Site icon Alpha News

                The terrorists shelled Aleppo. Two terrorists were killed. The rebels denied it.
                """, "b.txt", """
                Site icon Beta Daily

                The rebels shelled Aleppo.
                """)) {
            List<Map<String, String>> rows = AnalysedStore.select(store, """
                    SELECT ?outlet ?term ?count ?loading {
                      ?u a ng:NameUse ; ng:inOutlet ?o ; ng:actor <https://w3id.org/newsgraph/entity/syrian-opposition> ;
                         ng:term ?term ; ng:count ?count OPTIONAL { ?u ng:loading ?loading }
                      ?o a ng:Outlet ; rdfs:label ?outlet } ORDER BY ?outlet ?term""");
            assertEquals(List.of(
                    Map.of("outlet", "Alpha News", "term", "rebels", "count", "1", "loading", "0.0"),
                    Map.of("outlet", "Alpha News", "term", "terrorists", "count", "2", "loading", "1.0"),
                    Map.of("outlet", "Beta Daily", "term", "rebels", "count", "1", "loading", "0.0")), rows);
        }
    }
}
