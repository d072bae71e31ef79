package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsgraph.Fixtures;

class QueryLibraryTest {

    static List<String> queryFiles() throws IOException {
        try (Stream<Path> files = Files.list(Fixtures.root().resolve("queries"))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".rq"))
                    .map(n -> n.substring(0, n.length() - 3)).sorted().toList();
        }
    }

    static List<QueryLibrary.NamedQuery> shipped() {
        return QueryLibrary.shipped().all();
    }

    /** The shipped queries that run without network: tests never leave the machine. */
    static List<QueryLibrary.NamedQuery> offline() {
        return shipped().stream().filter(q -> !q.needsNetwork()).toList();
    }

    private static String run(KnowledgeStore store, String sparql) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SparqlRunner(store).run(QueryLibrary.parse(sparql), ResultFormat.CSV, Duration.ofSeconds(30), out);
        return out.toString(StandardCharsets.UTF_8).replace("\r\n", "\n");
    }

    @Test
    void aShippedNameWithItsExtensionIsTheShippedQuery() {
        QueryLibrary library = QueryLibrary.shipped();
        String shipped = library.byName("who-backs-whom").orElseThrow().sparql();
        assertFalse(Files.exists(Path.of("who-backs-whom.rq")), "the test needs no such file in the working directory");
        assertEquals(shipped, library.resolve("who-backs-whom.rq"));
    }

    @Test
    void aMissingQueryFileListsTheNamedQueries() {
        QueryException e = assertThrows(QueryException.class, () -> QueryLibrary.shipped().resolve("nope/who.rq"));
        assertTrue(e.getMessage().startsWith("query file nope/who.rq does not exist; the named queries are: "
                + "actors-by-country, claims-by-actor"), e.getMessage());
    }

    @Test
    void theIndexListsEveryQueryFileAndNothingElse() throws IOException {
        assertEquals(queryFiles(), shipped().stream().map(QueryLibrary.NamedQuery::name).toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shipped")
    void eachQuerySaysWhatItAsksAndParses(QueryLibrary.NamedQuery q) {
        assertFalse(q.description().isBlank(), q.name() + " has no leading # comment");
        QueryLibrary.parse(q.sparql());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("offline")
    void eachQueryFindsRowsOnTheSeedStore(QueryLibrary.NamedQuery q) {
        String csv = run(Fixtures.seedStore(), q.sparql());
        assertTrue(csv.lines().count() > 1, q.name() + " found no row on the seeds: " + csv);
    }

    @Test
    void documentsListsTheSeedsWithTheirMetadata() throws IOException {
        assertEquals(expected("documents-seeds"), run(Fixtures.seedStore(), QueryLibrary.shipped().byName("documents").orElseThrow().sparql()));
    }

    @Test
    void sentencesListsTheFirstSeedInOrder() {
        String csv = run(Fixtures.seedStore(), QueryLibrary.shipped().byName("sentences").orElseThrow().sparql());
        List<String> lines = csv.lines().toList();
        assertEquals("index,start,end,text", lines.get(0));
        assertEquals(33, lines.size());
        assertTrue(lines.get(1).startsWith("0,0,166,The UN human rights office says"), lines.get(1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("offline")
    void eachQueryGivesTheExpectedRowsOnAStoreWithRelationsAndClaims(QueryLibrary.NamedQuery q) throws IOException {
        assertEquals(expected(q.name()), run(RelationFixture.store(), q.sparql()));
    }

    private static String expected(String name) throws IOException {
        try (InputStream in = QueryLibraryTest.class.getResourceAsStream("/queries/expected/" + name + ".csv")) {
            assertTrue(in != null, "no expected result /queries/expected/" + name + ".csv");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void onlyTheFederatedQueryNeedsNetwork() {
        assertEquals(List.of("wikidata-enrich"), shipped().stream().filter(QueryLibrary.NamedQuery::needsNetwork)
                .map(QueryLibrary.NamedQuery::name).toList());
    }

    @Test
    void aMalformedQueryNamesLineAndColumn() {
        QueryException e = assertThrows(QueryException.class, () -> QueryLibrary.parse("SELECT ?x\nWHERE { ?x ?y }"));
        assertTrue(e.getMessage().startsWith("malformed SPARQL query: line 2, column "), e.getMessage());
    }

    @Test
    void anUnknownQueryNameListsTheKnownOnes() {
        QueryException e = assertThrows(QueryException.class, () -> QueryLibrary.shipped().resolve("who-funds-whom"));
        assertTrue(e.getMessage().startsWith("no query named 'who-funds-whom'; the named queries are: actors-by-country, "),
                e.getMessage());
    }
}
