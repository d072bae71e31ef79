package org.newsgraph.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TableReaderTest {

    private static List<TableReader.Entry> read(TableReader.Format format, String text) throws IOException {
        return read(format, text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<TableReader.Entry> read(TableReader.Format format, byte[] bytes) throws IOException {
        List<TableReader.Entry> entries = new ArrayList<>();
        try (TableReader table = TableReader.open("t", new ByteArrayInputStream(bytes), format)) {
            table.forEachRemaining(entries::add);
        }
        return entries;
    }

    private static String problem(TableReader.Entry e) {
        return assertInstanceOf(TableReader.Bad.class, e).problem().getMessage();
    }

    @Test
    void readsATsvWithLenientColumnNames() throws IOException {
        List<TableReader.Entry> rows = read(TableReader.Format.TSV,
                "File Name\tSource\tPublished_At\tHeadline\nfakes-1.txt\tsana\t4/5/17\tArmy restores security\n");
        assertEquals(new Row("t:2", Map.of(Column.NAME, "fakes-1.txt", Column.OUTLET, "sana", Column.DATE, "4/5/17",
                Column.TITLE, "Army restores security")), rows.get(0));
    }

    @Test
    void aQuotedCsvValueMaySpanLinesAndLaterRowsKeepTheirLine() throws IOException {
        List<TableReader.Entry> rows = read(TableReader.Format.CSV,
                "id,text\na,\"First line.\nSecond line, with a comma.\"\nb,Short.\n");
        assertEquals("First line.\nSecond line, with a comma.", ((Row) rows.get(0)).get(Column.TEXT).orElseThrow());
        assertEquals("t:4", ((Row) rows.get(1)).where());
    }

    @Test
    void aRowWithTooManyFieldsIsAProblemAndTheNextRowIsRead() throws IOException {
        List<TableReader.Entry> rows = read(TableReader.Format.CSV, "file,title\na.txt,One,extra\nb.txt,Two\n");
        assertEquals("t:2: has 3 fields where the header names 2; quote values that hold the separator", problem(rows.get(0)));
        assertEquals("b.txt", ((Row) rows.get(1)).get(Column.NAME).orElseThrow());
    }

    @Test
    void aJsonLineThatIsNoObjectIsAProblemOfThatLineOnly() throws IOException {
        List<TableReader.Entry> rows = read(TableReader.Format.JSONL,
                "{\"id\": \"a\", \"text\": \"One.\"}\n\n[1, 2]\n{\"id\": 7, \"authors\": [\"A\", \"B\"], \"url\": null}\n");
        assertEquals(3, rows.size());
        assertEquals("t:3: is a JSON array, not an object; give one object per article", problem(rows.get(1)));
        assertEquals(Map.of(Column.NAME, "7", Column.AUTHOR, "A, B"), ((Row) rows.get(2)).fields());
    }

    @Test
    void readsAJsonArrayOfObjects() throws IOException {
        List<TableReader.Entry> rows = read(TableReader.Format.JSON, "[\n {\"file\": \"a.txt\"},\n {\"file\": \"b.txt\"}\n]");
        assertEquals(List.of("a.txt", "b.txt"), rows.stream().map(r -> ((Row) r).get(Column.NAME).orElseThrow()).toList());
    }

    @Test
    void aJsonFileThatIsNoArraySaysWhatToGive() throws IOException {
        assertEquals("t:1: is not a JSON array; give an array of objects, one per article, or one object per line in a "
                + ".jsonl file", problem(read(TableReader.Format.JSON, "{\"file\": \"a.txt\"}").get(0)));
    }

    @Test
    void columnsItDoesNotReadAreListed() throws IOException {
        try (TableReader table = TableReader.open("t", new ByteArrayInputStream(
                "unit_id,labels,location\n1,0,Aleppo\n".getBytes(StandardCharsets.UTF_8)), TableReader.Format.CSV)) {
            table.forEachRemaining(e -> { });
            assertEquals(List.of("labels", "location"), table.ignoredColumns());
        }
    }

    @Test
    void aUtf16FileWithAByteOrderMarkIsDecoded() throws IOException {
        byte[] utf16 = "\uFEFFfile\ttitle\na.txt\tCaf\u00e9 talks\n".getBytes(StandardCharsets.UTF_16LE);
        assertEquals("Caf\u00e9 talks", ((Row) read(TableReader.Format.TSV, utf16).get(0)).get(Column.TITLE).orElseThrow());
    }
}
