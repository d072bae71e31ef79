package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.newsgraph.Fixtures;
import org.junit.jupiter.api.io.TempDir;

class LinkCommandTest {
    @TempDir
    Path dir;

    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    int run(String... args) {
        return Main.execute(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                args);
    }

    String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void ingestLinksAtItsEndAndLinkRunsAgain() throws IOException {
        Path article = Files.writeString(dir.resolve("a.txt"), "Talks in Geneva went on.\n");
        String store = dir.resolve("store").toString();
        assertEquals(0, run("ingest", "--store", store, article.toString()), stderr());
        assertTrue(stdout().contains("links: "), stdout());
        assertEquals(0, run("link", "--store", store), stderr());
        assertTrue(stdout().contains("review: newsgraph query link-decisions"), stdout());
    }

    @Test
    void anEndpointThatIsNoUrlIsAUsageErrorBeforeAnyWork() {
        assertEquals(2, run("link", "--store", dir.resolve("none").toString(), "--endpoint", "notaurl"));
        assertEquals("newsgraph: Invalid value for option '--endpoint': 'notaurl' is not an http or https URL, e.g."
                + " https://query.wikidata.org/sparql; see 'newsgraph link --help'\n", stderr());
    }

    @Test
    void anUnreachableEndpointExitsOneAfterLinkingOffline() throws IOException {
        Path article = Files.writeString(dir.resolve("a.txt"), "Talks in Geneva went on.\n");
        String store = dir.resolve("store").toString();
        assertEquals(0, run("ingest", "--store", store, article.toString()), stderr());
        int closedPort = Fixtures.closedLoopbackPort();
        String endpoint = "http://127.0.0.1:" + closedPort + "/sparql";
        assertEquals(1, run("link", "--store", store, "--endpoint", endpoint, "--timeout", "5"));
        assertTrue(stdout().contains("candidates from shipped extract; store unchanged"), stdout());
        assertTrue(stderr().startsWith("warning: cannot reach " + endpoint), stderr());
        assertTrue(stderr().endsWith("newsgraph: " + endpoint + " did not answer for every name (see the warning above);"
                + " those were linked from the shipped extract and cached answers only; rerun when it is reachable\n"),
                stderr());
    }

    @Test
    void aMissingOverrideFileSaysSo() {
        Path missing = dir.resolve("mine.tsv");
        assertEquals(1, run("link", "--store", dir.resolve("none").toString(), "--overrides", missing.toString()));
        assertEquals("newsgraph: override file " + missing + " does not exist; give --overrides an existing file (the"
                + " shipped one is ontology/link-overrides.tsv)\n", stderr());
    }

    @Test
    void aMissingStoreSaysHowToMakeOne() {
        assertEquals(1, run("link", "--store", dir.resolve("none").toString()));
        assertTrue(stderr().startsWith("newsgraph: no store at "), stderr());
    }

    @Test
    void aBrokenOverrideFileNamesItsLines() throws IOException {
        Path overrides = Files.writeString(dir.resolve("o.tsv"), "entity:x\tQ-1\twhy\n");
        assertEquals(1, run("link", "--store", dir.resolve("none").toString(), "--overrides", overrides.toString()));
        assertTrue(stderr().startsWith("newsgraph: 1 problem in the link overrides; fix them and rerun:"), stderr());
        assertTrue(stderr().contains("o.tsv:1: 'Q-1' is not a Wikidata id"), stderr());
    }
}
