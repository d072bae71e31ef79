package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.Fixtures;

/** What ingest reads besides .txt files, through the command line: metadata files, records, stdin, HTML. */
class IngestInputsTest {

    @TempDir
    Path dir;

    private Path store() {
        return dir.resolve("store");
    }

    private MainTest.Run ingest(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "ingest";
        all[1] = "--store";
        all[2] = store().toString();
        System.arraycopy(args, 0, all, 3, args.length);
        return MainTest.run(all);
    }

    /** The documents query as CSV lines, header first. */
    private List<String> documents() {
        MainTest.Run r = MainTest.run("query", "--store", store().toString(), "--format", "csv", "documents");
        assertEquals(0, r.code(), r.err());
        return r.out().lines().toList();
    }

    /** Seed 002, a Press TV article of 11 December 2016, under another name. */
    private Path pressTvArticle() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        return Files.copy(Fixtures.seedFiles().get(2), in.resolve("article.txt"));
    }

    @Test
    void metadataGivenWinsOverWhatTheTextSays() throws Exception {
        Path article = pressTvArticle();
        Path metadata = Files.writeString(dir.resolve("metadata.tsv"), "file\tsource\tdate\ttitle\n"
                + "article.txt\tsana\t4/5/17\tA headline given in the metadata\n");
        MainTest.Run r = ingest("--metadata", metadata.toString(), article.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("article.txt,SANA,2017-04-05,A headline given in the metadata,34", documents().get(1));
    }

    @Test
    void urlLanguageAndAuthorGivenAreStoredWithTheDocument() throws Exception {
        Path article = pressTvArticle();
        Path metadata = Files.writeString(dir.resolve("m.jsonl"), "{\"file\": \"article.txt\", \"url\": "
                + "\"https://www.presstv.ir/Detail/2016/12/11/1\", \"language\": \"en\", \"author\": \"Press TV staff\"}\n");
        assertEquals(0, ingest("--metadata", metadata.toString(), article.toString()).code());
        MainTest.Run r = MainTest.run("query", "--store", store().toString(), "--format", "csv",
                "SELECT ?url ?language ?author { ?d <http://schema.org/url> ?url ; dct:language ?language ; dct:creator ?author }");
        assertEquals(List.of("url,language,author", "https://www.presstv.ir/Detail/2016/12/11/1,en,Press TV staff"),
                r.out().lines().toList());
    }

    @Test
    void dayFirstDatesAreReadWithDateOrderDmy() throws Exception {
        Path article = pressTvArticle();
        Path metadata = Files.writeString(dir.resolve("m.csv"), "file,date\narticle.txt,04/05/2017\n");
        assertEquals(0, ingest("--date-order", "DMY", "--metadata", metadata.toString(), article.toString()).code());
        assertTrue(documents().get(1).contains(",2017-05-04,"), documents().get(1));
    }

    @Test
    void aBadMetadataRowIsOneLineTheArticleIsStillStoredAndTheExitCodeIsOne() throws Exception {
        Path article = pressTvArticle();
        Path metadata = Files.writeString(dir.resolve("m.csv"), "file,date,outlet\narticle.txt,31/12/16,Reuters\n");
        MainTest.Run r = ingest("--metadata", metadata.toString(), article.toString());
        assertEquals(1, r.code());
        assertEquals(List.of("warning   " + metadata + ":2: date '31/12/16' read month-first (--date-order MDY) has no "
                + "month 31; stored without a date; fix the value, or set --date-order if the file's dates are in another "
                + "order"), r.errLines());
        // The text's own date is kept where the given one could not be read.
        assertTrue(documents().get(1).startsWith("article.txt,Reuters,2016-12-11,"), documents().get(1));
    }

    @Test
    void otherMetadataForAnUnchangedTextReplacesTheDocument() throws Exception {
        Path article = pressTvArticle();
        Path metadata = dir.resolve("m.csv");
        Files.writeString(metadata, "file,title\narticle.txt,First given headline\n");
        ingest("--metadata", metadata.toString(), article.toString());
        Files.writeString(metadata, "file,title\narticle.txt,Second given headline\n");
        MainTest.Run r = ingest("--metadata", metadata.toString(), article.toString());
        assertTrue(r.out().contains("documents: 0 added, 1 replaced, 0 unchanged, 0 rejected"), r.out());
        assertTrue(documents().get(1).contains(",Second given headline,"), documents().get(1));
    }

    @Test
    void aMetadataFileThatCannotBeReadStopsTheIngestBeforeAnyWork() throws Exception {
        Path article = pressTvArticle();
        MainTest.Run r = ingest("--metadata", dir.resolve("missing.tsv").toString(), article.toString());
        assertEquals(1, r.code());
        assertEquals(List.of("newsgraph: " + dir.resolve("missing.tsv") + ": no such metadata file"), r.errLines());
        assertFalse(Files.exists(store()), "a store was created for nothing");
    }
}
