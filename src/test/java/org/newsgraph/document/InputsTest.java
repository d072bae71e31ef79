package org.newsgraph.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputsTest {

    private static final String TEXT = "Army restores security in Aleppo\\nThe army said on Monday it had restored security.";

    @TempDir
    Path dir;

    private List<ArticleInput> list(Inputs.Builder builder) {
        List<ArticleInput> all = new ArrayList<>();
        try (Inputs inputs = builder.build()) {
            inputs.forEachRemaining(all::add);
        }
        return all;
    }

    private List<ArticleInput> list(Path... paths) {
        return list(Inputs.builder(ArticleFiles.list(List.of(paths))));
    }

    private static String problem(ArticleInput input) {
        return assertThrows(InputRejectedException.class, input::read).getMessage();
    }

    @Test
    void aJsonLinesRecordIsAnArticleWithItsNameTextAndMetadata() throws Exception {
        Path records = Files.writeString(dir.resolve("scrape.jsonl"), "{\"id\": \"sana-1\", \"text\": \"" + TEXT
                + "\", \"source\": \"sana\", \"published_at\": \"2017-04-05T08:00:00Z\"}\n");
        Document d = list(records).get(0).read();
        assertEquals("sana-1", d.fileName());
        assertEquals(TEXT.replace("\\n", "\n"), d.text());
        assertEquals(Optional.of("SANA"), d.metadata().outlet());
        assertEquals(Optional.of(LocalDate.of(2017, 4, 5)), d.metadata().published());
        assertEquals(Optional.of("Army restores security in Aleppo"), d.metadata().title(), "read from the text");
    }

    @Test
    void aRecordWithoutANameIsNamedByItsTableAndLine() throws Exception {
        Path records = Files.writeString(dir.resolve("scrape.jsonl"), "\n{\"text\": \"" + TEXT + "\"}\n");
        assertEquals("scrape.jsonl:2", list(records).get(0).read().fileName());
    }

    @Test
    void csvRecordsMayHoldTextOverSeveralLines() throws Exception {
        Path records = Files.writeString(dir.resolve("articles.csv"), "id,headline,body\n"
                + "a,Given headline,\"First paragraph, with a comma.\nSecond paragraph.\"\n");
        Document d = list(records).get(0).read();
        assertEquals("First paragraph, with a comma.\nSecond paragraph.", d.text());
        assertEquals(Optional.of("Given headline"), d.metadata().title());
    }

    @Test
    void aTableWithoutTextIsOneProblemThatPointsToMetadata() throws Exception {
        Path table = Files.writeString(dir.resolve("metadata.tsv"), "file\ttitle\na.txt\tOne\nb.txt\tTwo\n");
        List<ArticleInput> inputs = list(table);
        assertEquals(1, inputs.size());
        assertEquals(table + ": no field holds the article text (text, body, content, article, ...); a table of "
                + "metadata only goes with --metadata", problem(inputs.get(0)));
    }

    @Test
    void aSecondRecordWithTheSameNameIsAProblemAndTheFirstIsRead() throws Exception {
        Path records = Files.writeString(dir.resolve("r.jsonl"), "{\"id\": \"x\", \"text\": \"One.\"}\n"
                + "{\"id\": \"x\", \"text\": \"Two.\"}\n");
        List<ArticleInput> inputs = list(records);
        assertEquals("One.", inputs.get(0).read().text());
        assertEquals(records + ":2: has the name x of " + records + ":1, read before it; a document is known by its "
                + "name, so give it another file or id", problem(inputs.get(1)));
    }

    @Test
    void aRecordOverTheSizeLimitIsRejectedAndTheNextIsRead() throws Exception {
        Path records = Files.writeString(dir.resolve("r.jsonl"), "{\"id\": \"big\", \"text\": \"" + "word ".repeat(300)
                + "\"}\n{\"id\": \"small\", \"text\": \"One.\"}\n");
        List<ArticleInput> inputs = list(Inputs.builder(ArticleFiles.list(List.of(records))).maxBytes(1024));
        assertEquals(records + ":1: text is 1.5 KB, over the 1.0 KB limit for one article; split it or raise "
                + "--max-file-size", problem(inputs.get(0)));
        assertEquals("small", inputs.get(1).read().fileName());
    }

    @Test
    void standardInputIsReadInTheFormatGiven() throws Exception {
        byte[] tsv = ("id\ttext\nx\t" + "One sentence.\n").getBytes(StandardCharsets.UTF_8);
        List<ArticleInput> inputs = list(Inputs.builder(ArticleFiles.list(List.of(Path.of("-"))))
                .stdin(new ByteArrayInputStream(tsv), TableReader.Format.TSV));
        Document d = inputs.get(0).read();
        assertEquals(List.of("x", "stdin:2"), List.of(d.fileName(), d.source()));
    }

    @Test
    void metadataGivenForARecordWinsOverItsFields() throws Exception {
        Path records = Files.writeString(dir.resolve("r.jsonl"), "{\"id\": \"x\", \"text\": \"One.\", \"outlet\": \"rt\"}\n");
        Path sidecar = Files.writeString(dir.resolve("m.csv"), "id,outlet\nx,tass\n");
        MetadataFile metadata = MetadataFile.read(sidecar, DateOrder.MDY, OutletTable.shipped());
        List<ArticleInput> inputs = list(Inputs.builder(ArticleFiles.list(List.of(records))).metadata(Optional.of(metadata)));
        assertEquals(Optional.of("TASS"), inputs.get(0).read().metadata().outlet());
    }

    @Test
    void aRecordWhoseTextIsAWebPageIsReadAsOne() throws Exception {
        String page = Files.readString(Path.of("src/test/resources/html/wire-story.html"));
        Path records = Files.writeString(dir.resolve("r.jsonl"), "{\"id\": \"x\", \"html\": 1, \"content\": "
                + new com.google.gson.Gson().toJson(page) + "}\n");
        Document d = list(records).get(0).read();
        assertEquals(Optional.of("Example Wire"), d.metadata().outlet());
        assertEquals(false, d.text().contains("Share on Facebook"));
    }
}
