package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsgraph.Fixtures;

/** The command line as a user meets it: exit codes 0/1/2, one-line messages, help with examples. */
class MainTest {

    /** What one run printed and returned. */
    record Run(int code, String out, String err) {
        List<String> errLines() {
            return err.lines().toList();
        }
    }

    @TempDir
    static Path shared;

    @TempDir
    Path dir;

    private static Path store;
    private static Run firstIngest;

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.execute(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                args);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @BeforeAll
    static void ingestTheSeeds() {
        store = shared.resolve("store");
        firstIngest = run("ingest", "--store", store.toString(), Fixtures.seeds().toString());
    }

    @Test
    void ingestPrintsEachDocumentAndASummary() {
        assertEquals(0, firstIngest.code(), firstIngest.err());
        assertEquals("", firstIngest.err());
        List<String> lines = firstIngest.out().lines().toList();
        assertTrue(lines.get(1).matches("added     001_afb9427213da1a0d\\.txt  15 sentences, [0-9,]+ quads  \"Russia claims.*"),
                lines.get(1));
        assertEquals("documents: 5 added, 0 replaced, 0 unchanged, 0 rejected", lines.get(5));
        assertTrue(lines.get(6).matches("137 sentences, [0-9,]+ quads written in 1 transaction; [0-9.]+ s, [0-9.]+ articles/s"),
                lines.get(6));
        assertTrue(lines.get(7).startsWith("store: " + store + " ("), lines.get(7));
    }

    @Test
    void reingestSaysEveryDocumentIsAlreadyStored() {
        Run r = run("ingest", "--store", store.toString(), Fixtures.seeds().toString());
        assertEquals(0, r.code());
        assertTrue(r.out().contains("unchanged 000_452fc2da8a739905.txt  already stored"), r.out());
        assertTrue(r.out().contains("documents: 0 added, 0 replaced, 5 unchanged, 0 rejected"), r.out());
    }

    @Test
    void aBadFileIsOneLineOnStderrTheRestIsIngestedAndTheExitCodeIsOne() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(Fixtures.seedFiles().get(1), in.resolve("good.txt"));
        Path empty = Files.writeString(in.resolve("empty.txt"), "");
        Run r = run("ingest", "--store", dir.resolve("s").toString(), in.toString());
        assertEquals(1, r.code());
        assertEquals(List.of("rejected  " + empty + ": file is empty; nothing to ingest"), r.errLines());
        assertTrue(r.out().contains("documents: 1 added, 0 replaced, 0 unchanged, 1 rejected"), r.out());
    }

    @Test
    void nothingToIngestFailsWithoutCreatingAStore() throws Exception {
        Path noText = Files.createDirectories(dir.resolve("pictures"));
        Path missing = dir.resolve("missing.txt");
        Path storeDir = dir.resolve("s");
        Run r = run("ingest", "--store", storeDir.toString(), missing.toString(), noText.toString());
        assertEquals(1, r.code());
        assertEquals(List.of("rejected  " + missing + ": no such file or directory",
                "rejected  " + noText + ": directory holds no .txt or .html files; newsgraph reads articles saved as text or as"
                        + " web pages",
                "newsgraph: nothing to ingest; give article files (.txt, .html), records files (.jsonl, .csv, ...) or"
                        + " directories of articles"), r.errLines());
        assertFalse(Files.exists(storeDir), "a store was created for nothing");
    }

    @Test
    void queryByNamePrintsATable() {
        Run r = run("query", "--store", store.toString(), "documents");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("| \"002_50bcb06095c7dcc2.txt\" | \"Press TV\""), r.out());
    }

    @Test
    void queryTextAsCsv() {
        Run r = run("query", "--store", store.toString(), "--format", "csv",
                "SELECT (COUNT(*) AS ?n) { ?d a ng:Document }");
        assertEquals(0, r.code(), r.err());
        assertEquals("n\r\n5\r\n", r.out());
    }

    @Test
    void aMalformedQueryIsOneLineWithLineAndColumn() {
        Run r = run("query", "--store", store.toString(), "SELECT ?x WHERE { ?x ?y }");
        assertEquals(1, r.code());
        assertEquals(1, r.errLines().size(), r.err());
        assertTrue(r.err().startsWith("newsgraph: malformed SPARQL query: line 1, column 25: unexpected \"}\"; expected <IRIref>,"),
                r.err());
    }

    @Test
    void exportWritesAFileThatParses() {
        Path file = dir.resolve("out/kg.nq");
        Run r = run("export", "--store", store.toString(), "--format", "nq", "-o", file.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.out());
        assertTrue(RDFParser.source(file).lang(Lang.NQUADS).toDatasetGraph().stream().count() > 1000);
    }

    @Test
    void exportTakesTheFormatFromTheFileExtension() throws Exception {
        Path file = dir.resolve("guess.nq");
        Run r = run("export", "--store", store.toString(), "-o", file.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.readString(file).startsWith("<"), "N-Quads, not Turtle");
        assertTrue(RDFParser.source(file).lang(Lang.NQUADS).toDatasetGraph().stream().count() > 1000);
    }

    @Test
    void exportRefusesAFormatThatContradictsTheExtension() {
        Path file = dir.resolve("kg.nq");
        Run r = run("export", "--store", store.toString(), "--format", "turtle", "-o", file.toString());
        assertEquals(2, r.code());
        assertEquals(List.of("newsgraph: --format turtle contradicts the file name kg.nq, which Jena reads as N-Quads;"
                + " drop --format or rename the file; see 'newsgraph export --help'"), r.errLines());
        assertFalse(Files.exists(file));
    }

    @Test
    void exportToAPlaceThatCannotBeWrittenIsOneLine() {
        Run r = run("export", "--store", store.toString(), "-o", "/proc/nope.nq");
        assertEquals(1, r.code());
        assertEquals(1, r.errLines().size(), r.err());
        assertTrue(r.err().startsWith("newsgraph: cannot write /proc/nope.nq: "), r.err());
    }

    @Test
    void anExportedFileHasTheUsualPermissions() throws Exception {
        Path file = dir.resolve("kg.ttl");
        assertEquals(0, run("export", "--store", store.toString(), "-o", file.toString()).code());
        Path usual = Files.createFile(dir.resolve("usual"));
        assertEquals(Files.getPosixFilePermissions(usual), Files.getPosixFilePermissions(file),
                "created as any file is, under the umask");
        try (var left = Files.list(dir)) {
            assertEquals(List.of("kg.ttl", "usual"), left.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void queryResultsAsSparqlXml() {
        Run r = run("query", "--store", store.toString(), "--format", "xml", "SELECT (COUNT(*) AS ?n) { ?d a ng:Document }");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("<sparql xmlns=\"http://www.w3.org/2005/sparql-results#\">"), r.out());
        assertTrue(r.out().contains(">5</literal>"), r.out());
    }

    @Test
    void queryDashReadsTheQueryFromStandardInput() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        byte[] query = "SELECT (COUNT(*) AS ?n) { ?d a ng:Document }".getBytes(StandardCharsets.UTF_8);
        int code = Main.execute(new ByteArrayInputStream(query), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), "query", "--store", store.toString(), "--format", "csv", "-");
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        assertEquals("n\r\n5\r\n", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aServiceThatCannotBeReachedIsOneLineAndExitOne() throws Exception {
        int closedPort = Fixtures.closedLoopbackPort();
        String endpoint = "http://127.0.0.1:" + closedPort + "/sparql";
        Run r = run("query", "--store", store.toString(),
                "SELECT ?item ?d { ?e owl:sameAs ?item SERVICE <" + endpoint + "> { OPTIONAL { ?item rdfs:comment ?d } } }");
        assertEquals(1, r.code());
        assertEquals(1, r.errLines().size(), r.err());
        assertTrue(r.err().startsWith("newsgraph: this query needs the SPARQL endpoint " + endpoint + " (SERVICE), which"
                + " could not be reached ("), r.err());
    }

    @Test
    void exportToStandardOutput() {
        Run r = run("export", "--store", store.toString(), "--format", "turtle");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("PREFIX ") || r.out().startsWith("@prefix "), r.out().substring(0, 40));
    }

    @Test
    void statsCountsDocumentsAndPredicates() {
        Run r = run("stats", "--store", store.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("documents   5\n"), r.out());
        assertTrue(r.out().contains("  ng:fileName"), r.out());
    }

    @Test
    void statsNamesEveryPredicateWithAPrefixAndKeepsItsColumns() {
        Run r = run("stats", "--store", store.toString());
        List<String> rows = r.out().lines().dropWhile(l -> !l.equals("quads by predicate:")).skip(1).toList();
        assertTrue(rows.size() > 20, r.out());
        assertTrue(rows.stream().anyMatch(l -> l.startsWith("  wdt:P31 ")), r.out());
        int column = rows.get(0).lastIndexOf(' ') + 1;
        for (String row : rows) {
            assertFalse(row.contains("http"), row);
            assertEquals(column, row.lastIndexOf(' ') + 1, "counts start in one column: " + row);
        }
    }

    @Test
    void ingestAndStatsCountQuads() {
        assertFalse(firstIngest.out().contains("triples"), firstIngest.out());
        assertFalse(run("stats", "--store", store.toString()).out().contains("statements"));
    }

    @Test
    void aShippedQueryNamedWithItsExtensionRuns() {
        Run r = run("query", "--store", store.toString(), "--format", "csv", "who-backs-whom.rq");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("backer,backed,"), r.out());
    }

    @Test
    void aMistypedCommandGetsASuggestion() {
        Run r = run("quer", "documents");
        assertEquals(2, r.code());
        assertEquals(1, r.errLines().size(), r.err());
        assertTrue(r.err().startsWith("newsgraph: Unmatched arguments from index 0: 'quer', 'documents'; did you mean"
                + " 'query'"), r.err());
    }

    @Test
    void aDirectoryThatIsNoStoreDoesNotSuggestAnIngestThatWouldRefuseIt() {
        Run r = run("query", "--store", Fixtures.seeds().toString(), "documents");
        assertEquals(1, r.code());
        assertEquals(List.of("newsgraph: " + Fixtures.seeds() + " is not a newsgraph store (a store holds Data-*"
                + " directories); give --store the directory that ingest created, or create a new store with:"
                + " newsgraph ingest --store NEW_DIR FILE..."), r.errLines());
    }

    @Test
    void validateSaysTheStoreConforms() {
        Run r = run("validate", "--store", store.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("conforms: the store satisfies every shape in ontology/shapes.ttl\n", r.out());
    }

    @Test
    void aMissingStoreIsOneLineAndExitOne() {
        Path missing = dir.resolve("nostore");
        Run r = run("stats", "--store", missing.toString());
        assertEquals(1, r.code());
        assertEquals(List.of("newsgraph: no store at " + missing + "; create one with: newsgraph ingest --store " + missing
                + " FILE..."), r.errLines());
    }

    @Test
    void stackTracesOnlyWithVerbose() {
        Path missing = dir.resolve("nostore");
        assertFalse(run("stats", "--store", missing.toString()).err().contains("\tat "));
        assertTrue(run("stats", "-v", "--store", missing.toString()).err().contains("\tat org.newsgraph."));
    }

    @ParameterizedTest(name = "[{index}] newsgraph {0}")
    @ValueSource(strings = {"", "frobnicate", "ingest", "ingest --bogus seeds", "ingest --batch 0 seeds",
        "export --format yaml", "query --format yaml documents", "query --timeout 0 documents"})
    void badUsageIsOneLinePointingToHelpAndExitTwo(String args) {
        Run r = run(args.isEmpty() ? new String[0] : args.split(" "));
        assertEquals(2, r.code(), r.err());
        assertEquals(1, r.errLines().size(), r.err());
        assertTrue(r.err().startsWith("newsgraph: "), r.err());
        assertTrue(r.err().strip().endsWith(" --help'"), r.err());
        assertEquals("", r.out());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"ingest", "query", "export", "stats", "validate", "bench"})
    void everyCommandsHelpHasAnExample(String command) {
        Run r = run(command, "--help");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("Example"), r.out());
        assertTrue(r.out().contains("  newsgraph " + command + " "), r.out());
    }

    /** Picocli formats help text with printf: a lone '%' makes it warn on the terminal and print the raw line. */
    @Test
    void noCommandsHelpMakesPicocliWarn() {
        PrintStream before = System.err;
        ByteArrayOutputStream warnings = new ByteArrayOutputStream();
        System.setErr(new PrintStream(warnings, true, StandardCharsets.UTF_8));
        try {
            for (String command : List.of("ingest", "query", "export", "stats", "validate", "bench", "link", "serve",
                    "bench-page", "remove")) {
                run(command, "--help");
            }
        } finally {
            System.setErr(before);
        }
        assertEquals("", warnings.toString(StandardCharsets.UTF_8));
    }

    @Test
    void topLevelHelpListsTheCommandsAndExitCodes() {
        Run r = run("--help");
        assertEquals(0, r.code());
        for (String command : List.of("ingest", "query", "export", "stats", "validate", "bench")) {
            assertTrue(r.out().contains("  " + command + " "), command + " missing from:\n" + r.out());
        }
        assertTrue(r.out().contains("Exit codes:"), r.out());
    }

    @Test
    void aScaleBenchReportsEachTenthTheAnalysisItsStepsAndTheStore() {
        List<Path> two = Fixtures.seedFiles().subList(0, 2);
        Run r = run("bench", "--threads", "1", "--scale", "20", two.get(0).toString(), two.get(1).toString());

        assertEquals(0, r.code(), r.err());
        // the figures depend on the collector, so the bench names the one it ran under
        assertTrue(r.out().lines().anyMatch(l -> l.matches("models and catalogue loaded in .*; garbage collector: \\S.*")), r.out());
        assertEquals(10, r.out().lines().filter(l -> l.matches("\\d+/10 +\\d+ .*")).count(), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.matches("as the ingest ends: analysis: \\d+ claims, .*; [0-9.]+ s.* \\(read [0-9.]+ s, "
                + "grouped [0-9.]+ s, linked and mapped [0-9.]+ s, wrote [0-9.]+ s\\)")), r.out());
        assertTrue(r.out().contains("ingest: 20 added, 0 rejected"), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("store: ") && l.contains("its N-Quads export")), r.out());
    }
}
