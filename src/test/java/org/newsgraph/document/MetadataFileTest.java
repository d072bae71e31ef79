package org.newsgraph.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MetadataFileTest {

    /** The first rows of FA-KES's metadata (CC BY 4.0, Abu Salem et al., ICWSM 2019), as shipped in ../shared. */
    private static final String FAKES = """
            file\tsource\tdate\ttitle
            fakes-1914947530.txt\tnna\t4/5/17\tSyria attack symptoms consistent with nerve agent use WHO
            fakes-1914947533.txt\tnna\t4/16/17\tDeath toll from Aleppo bomb attack at least 112
            """;

    @TempDir
    Path dir;

    private MetadataFile read(String name, String text) throws IOException, InputRejectedException {
        return MetadataFile.read(Files.writeString(dir.resolve(name), text), DateOrder.MDY, OutletTable.shipped());
    }

    private static List<String> messages(MetadataFile m) {
        return m.problems().stream().map(InputRejectedException::getMessage).toList();
    }

    @Test
    void faKesRowsGiveOutletDateAndTitleByFileName() throws Exception {
        MetadataFile m = read("metadata.tsv", FAKES);
        assertEquals(new Document.Metadata(Optional.of("Death toll from Aleppo bomb attack at least 112"),
                Optional.of("National News Agency"), Optional.of(LocalDate.of(2017, 4, 16))), m.given("fakes-1914947533.txt"));
        assertEquals(List.of(), m.problems());
    }

    @Test
    void aFileWithoutARowGetsNothing() throws Exception {
        assertEquals(Document.Metadata.NONE, read("metadata.tsv", FAKES).given("other.txt"));
    }

    @Test
    void aRowMayNameTheFileByPathOrWithoutItsExtension() throws Exception {
        MetadataFile m = read("m.csv", "file,title\narticles/a.txt,Alpha headline\nb,Beta headline\n");
        assertEquals(Optional.of("Alpha headline"), m.given("a.txt").title());
        assertEquals(Optional.of("Beta headline"), m.given("b.html").title());
    }

    @Test
    void aBadDateIsReportedWithItsLineAndTheRowsOtherFieldsStillCount() throws Exception {
        MetadataFile m = read("m.tsv", "file\tdate\ttitle\na.txt\t13/4/17\tAlpha headline\n");
        assertEquals(List.of(dir.resolve("m.tsv") + ":2: date '13/4/17' read month-first (--date-order MDY) has no month "
                + "13; stored without a date; fix the value, or set --date-order if the file's dates are in another order"),
                messages(m));
        assertEquals(Optional.of("Alpha headline"), m.given("a.txt").title());
    }

    @Test
    void aSecondRowForOneFileIsReportedAndTheFirstCounts() throws Exception {
        MetadataFile m = read("m.csv", "file,title\na.txt,First headline\na.txt,Second headline\n");
        assertEquals(List.of(dir.resolve("m.csv") + ":3: gives a.txt again (first at " + dir.resolve("m.csv")
                + ":2); the first row counts, remove one of them"), messages(m));
        assertEquals(Optional.of("First headline"), m.given("a.txt").title());
    }

    @Test
    void urlLanguageAndAuthorAreRead() throws Exception {
        MetadataFile m = read("m.jsonl", "{\"file\": \"a.txt\", \"url\": \"https://sana.sy/en/?p=1\", \"lang\": \"en\","
                + " \"authors\": [\"Jane Doe\", \"John Roe\"]}\n");
        Document.Metadata a = m.given("a.txt");
        assertEquals(List.of(Optional.of("https://sana.sy/en/?p=1"), Optional.of("en"), Optional.of("Jane Doe, John Roe")),
                List.of(a.url(), a.language(), a.author()));
    }

    @Test
    void aUrlThatIsNoWebAddressIsReported() throws Exception {
        MetadataFile m = read("m.csv", "file,url\na.txt,sana.sy/en\n");
        assertEquals(List.of(dir.resolve("m.csv") + ":2: url 'sana.sy/en' is not an absolute http(s) URL; stored without a URL"),
                messages(m));
    }

    @Test
    void aTableNamingNoFilesIsRefusedSayingWhichColumnsCount() throws Exception {
        Path file = Files.writeString(dir.resolve("m.csv"), "headline,source\nAlpha,sana\n");
        String message = assertThrows(InputRejectedException.class,
                () -> MetadataFile.read(file, DateOrder.MDY, OutletTable.shipped())).getMessage();
        assertEquals(file + ": no column names the article files; name one file, filename, path or id", message);
    }

    @Test
    void columnsNotReadAreANote() throws Exception {
        assertEquals(List.of(dir.resolve("m.csv") + ": column labels is not read (newsgraph reads file, title, outlet, date,"
                + " url, language, author)"), read("m.csv", "file,labels\na.txt,1\n").notes());
    }

    @Test
    void rowsForArticlesNotIngestedAreANote() throws Exception {
        MetadataFile m = read("metadata.tsv", FAKES);
        m.given("fakes-1914947530.txt");
        assertEquals(Optional.of(dir.resolve("metadata.tsv") + ": 1 row names no article given to this ingest, e.g. "
                + "fakes-1914947533.txt"), m.unusedRows());
    }
}
