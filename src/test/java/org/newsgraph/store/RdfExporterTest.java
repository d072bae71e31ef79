package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.newsgraph.Fixtures;

/**
 * Every export format parses back, with a strict parser, to exactly what the store holds. The store is
 * the seeds plus an article full of characters that writers must escape.
 */
class RdfExporterTest {

    /** Quotes, backslashes, a bell, a form feed, tabs, accents and a character outside the BMP. */
    private static final String AWKWARD = "Officials said \"it\\was\" over.\tA \u0007bell rang;\fcafé, 😀 and \\u0041 too.\n"
            + "The 'rebels' <b>said</b> “no” — twice.\n";

    @TempDir
    static Path dir;

    private static KnowledgeStore store;

    @BeforeAll
    static void storeWithSeedsAndAwkwardText() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        for (Path seed : Fixtures.seedFiles()) {
            Files.copy(seed, in.resolve(seed.getFileName()));
        }
        Files.writeString(in.resolve("awkward \"name\" #1.txt"), AWKWARD);
        store = KnowledgeStore.openOrCreate(dir.resolve("store"));
        Fixtures.ingest(store, Fixtures.config(2, 1000), in);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static byte[] export(RdfExporter.Format format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new RdfExporter(store).export(format, out);
        return out.toByteArray();
    }

    private static RDFParser strict(byte[] bytes, Lang lang) {
        return RDFParser.source(new ByteArrayInputStream(bytes)).lang(lang).strict(true)
                .errorHandler(ErrorHandlerFactory.errorHandlerStrictNoLogging).build();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = RdfExporter.Format.class, names = {"TRIG", "NQUADS", "JSONLD"})
    void formatsWithNamedGraphsRoundTripToTheDataset(RdfExporter.Format format) {
        DatasetGraph parsed = strict(export(format), format.lang()).toDatasetGraph();
        assertTrue(IsoMatcher.isomorphic(Fixtures.copy(store), parsed), format + " export is not the store's dataset");
        assertEquals(0, parsed.getDefaultGraph().size(), "everything lives in named graphs");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = RdfExporter.Format.class, names = {"TURTLE", "NTRIPLES"})
    void singleGraphFormatsRoundTripToTheUnionGraph(RdfExporter.Format format) {
        assertRoundTripsToTheUnion(store, format);
    }

    @Test
    void rdfXmlRoundTripsToTheUnionGraphOfTheSeeds() {
        assertRoundTripsToTheUnion(Fixtures.seedStore(), RdfExporter.Format.RDFXML);
    }

    @Test
    void rdfXmlRefusesAControlCharacterThatXmlCannotHold() {
        StoreException e = assertThrows(StoreException.class, () -> export(RdfExporter.Format.RDFXML));
        assertEquals("RDF/XML cannot hold the character U+0007 that text in the store contains; export as Turtle or"
                + " N-Triples instead", e.getMessage());
    }

    private static void assertRoundTripsToTheUnion(KnowledgeStore store, RdfExporter.Format format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new RdfExporter(store).export(format, out);
        Graph parsed = strict(out.toByteArray(), format.lang()).toGraph();
        Graph union = store.read(dsg -> {
            Graph copy = GraphFactory.createDefaultGraph();
            GraphUtil.addInto(copy, dsg.getUnionGraph());
            return copy;
        });
        assertTrue(parsed.isIsomorphicWith(union), format + " export is not the union of all graphs");
    }

    @Test
    void trigWritesEachGraphOnceAsOneBlock() {
        String trig = new String(export(RdfExporter.Format.TRIG), StandardCharsets.UTF_8);
        long graphs = store.read(dsg -> (long) dsg.size());
        long blocks = trig.lines().filter(l -> !l.isEmpty() && !Character.isWhitespace(l.charAt(0)) && l.endsWith("{"))
                .count();
        assertEquals(graphs, blocks, "graph blocks in the TriG export");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"kg.ttl,TURTLE", "kg.trig,TRIG", "kg.nq,NQUADS", "kg.jsonld,JSONLD",
        "kg.nt,NTRIPLES", "kg.rdf,RDFXML", "KG.NQ,NQUADS"})
    void theFormatFollowsJenasFileExtensions(String file, RdfExporter.Format format) {
        assertEquals(format, RdfExporter.Format.forFileName(file).orElseThrow());
    }

    @Test
    void anUnknownExtensionHasNoFormat() {
        assertTrue(RdfExporter.Format.forFileName("kg.out").isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = RdfExporter.Format.class, names = {"TURTLE", "TRIG", "NTRIPLES"})
    void rapperParsesTheExport(RdfExporter.Format format) throws Exception {
        assumeTrue(onPath("rapper"), "rapper is not installed (Debian: apt-get install raptor2-utils); skipping");
        Path file = dir.resolve("export." + format.name().toLowerCase(Locale.ROOT));
        Files.write(file, export(format));
        Process rapper = new ProcessBuilder("rapper", "--count", "-i", format.label(), file.toString())
                .redirectErrorStream(true).start();
        String output = new String(rapper.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(rapper.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, rapper.exitValue(), output);
        long expected = format.keepsGraphs()
                ? store.read(dsg -> dsg.stream().count())
                : store.read(dsg -> (long) dsg.getUnionGraph().size());
        assertTrue(output.contains("returned " + expected + " triples"), "rapper said: " + output);
        assertFalse(output.contains("Error") || output.contains("Warning"), output);
    }

    private static boolean onPath(String command) {
        return List.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)).stream()
                .anyMatch(d -> Files.isExecutable(Path.of(d, command)));
    }

    @Test
    void anExportToAStreamLeavesTheStreamOpen() throws IOException {
        boolean[] closed = {false};
        OutputStream out = new ByteArrayOutputStream() {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        new RdfExporter(store).export(RdfExporter.Format.NQUADS, out);
        assertFalse(closed[0], "the exporter closed the caller's stream");
    }
}
