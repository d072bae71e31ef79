package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.Gson;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.Fixtures;

/** What ingest reads besides .txt files, through the command line: metadata files, records, stdin, web pages. */
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

    /** Runs ingest with this standard input. */
    private MainTest.Run ingestFromStdin(String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        List<String> all = new ArrayList<>(List.of("ingest", "--store", store().toString()));
        all.addAll(List.of(args));
        int code = Main.execute(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                all.toArray(String[]::new));
        return new MainTest.Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** A JSON string holding this text. */
    private static String json(String text) {
        return new Gson().toJson(text);
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

    @Test
    void jsonLinesOnStandardInputAreArticlesABadLineIsOneRejectionAndTheRestIsStored() throws Exception {
        String seed = Files.readString(Fixtures.seedFiles().get(1));
        String stdin = "{\"id\": \"mem-1\", \"text\": " + json(seed) + ", \"source\": \"memo\"}\n"
                + "{\"id\": \"mem-2\", \"text\": }\n";
        MainTest.Run r = ingestFromStdin(stdin, "-");
        assertEquals(1, r.code());
        assertEquals(List.of("rejected  stdin:2: is not a JSON object (Expected value at column 25); write one"
                + " object per line"), r.errLines());
        assertTrue(documents().get(1).startsWith("mem-1,Middle East Monitor,2016-12-01,"), documents().get(1));
    }

    @Test
    void csvRecordsOnStandardInputNeedStdinFormat() throws Exception {
        String seed = Files.readString(Fixtures.seedFiles().get(1));
        String csv = "id,text,outlet\nmem-1,\"" + seed.replace("\"", "\"\"") + "\",Middle East Monitor\n";
        MainTest.Run r = ingestFromStdin(csv, "--stdin-format", "csv", "-");
        assertEquals(0, r.code(), r.err());
        assertTrue(documents().get(1).startsWith("mem-1,Middle East Monitor,"), documents().get(1));
    }

    @Test
    void aRecordsFileGivenAsAPathIsReadRecordByRecord() throws Exception {
        Path records = dir.resolve("scrape.jsonl");
        StringBuilder lines = new StringBuilder();
        for (int i = 1; i <= 2; i++) {
            lines.append("{\"url\": \"https://example.org/").append(i).append("\", \"content\": ")
                    .append(json(Files.readString(Fixtures.seedFiles().get(i)))).append("}\n");
        }
        Files.writeString(records, lines);
        MainTest.Run r = ingest(records.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(List.of("scrape.jsonl:1", "scrape.jsonl:2"),
                documents().stream().skip(1).map(l -> l.substring(0, l.indexOf(','))).toList());
    }

    @Test
    void aDirectoryOfTextAndWebPagesIsReadWithEachPagesMarkup() throws Exception {
        Path in = Files.createDirectories(dir.resolve("mixed"));
        Files.copy(Fixtures.seedFiles().get(1), in.resolve("a.txt"));
        Files.copy(Fixtures.root().resolve("src/test/resources/html/wire-story.html"), in.resolve("b.html"));
        MainTest.Run r = ingest(in.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(List.of("file,outlet,published,title,sentences",
                "a.txt,Middle East Monitor,2016-12-01,\"Russia claims to have ‘helped’ 8,000 Syrians flee Aleppo\",15",
                "b.html,Example Wire,2016-12-08,Russia says Syrian army pauses Aleppo offensive,5"), documents());
    }
}
