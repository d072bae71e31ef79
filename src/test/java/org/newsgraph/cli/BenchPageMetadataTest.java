package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class BenchPageMetadataTest {

    @Test
    void eachRowIsRepeatedForEveryCopyOfItsFile() {
        List<String> copied = BenchPageCommand.copiedMetadata("meta.tsv", List.of(
                "source\tfile\tdate",
                "reuters\tsyria-1.txt\t4/5/17",
                "sana\tsyria-2\t4/7/17"), 2);
        assertEquals(List.of(
                "source\tfile\tdate",
                "reuters\tsyria-1-copy1.txt\t4/5/17",
                "reuters\tsyria-1-copy2.txt\t4/5/17",
                "sana\tsyria-2-copy1.txt\t4/7/17",
                "sana\tsyria-2-copy2.txt\t4/7/17"), copied);
    }

    @Test
    void aRowWithoutAFileIsLeftOut() {
        assertEquals(List.of("file\ttitle"), BenchPageCommand.copiedMetadata("meta.tsv", List.of("file\ttitle", "\tno file"), 3));
    }

    @Test
    void aFileWithoutAFileColumnIsRefusedWithItsFirstLine() {
        UserError e = assertThrows(UserError.class,
                () -> BenchPageCommand.copiedMetadata("meta.csv", List.of("file,source", "a.txt,afp"), 2));
        assertTrue(e.getMessage().startsWith("meta.csv: bench-page --metadata takes a TSV whose first line names a 'file'"
                + " column; its first line is 'file,source'"), e.getMessage());
    }
}
