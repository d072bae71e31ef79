package org.newsgraph.document;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

/**
 * CSV (RFC 4180) and TSV rows with Apache Commons CSV; the first row names the columns. Quoted values may
 * span lines (article text in a CSV export), so each row's line is found from its character position.
 */
final class CsvRows extends RawRows {

    private final LineCountingReader counted;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final List<String> header;

    CsvRows(Reader in, boolean tabs) throws IOException {
        CSVFormat base = tabs ? CSVFormat.TDF : CSVFormat.RFC4180;
        CSVFormat format = base.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true)
                .setAllowMissingColumnNames(true).setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL).get();
        counted = new LineCountingReader(in);
        parser = CSVParser.builder().setReader(counted).setFormat(format).get();
        records = parser.iterator();
        header = parser.getHeaderNames();
    }

    /** The column names of the header row, in order. */
    List<String> header() {
        return header;
    }

    @Override
    protected RawRows.Raw fetch() {
        try {
            if (!records.hasNext()) {
                return null;
            }
            return row(records.next());
        } catch (UncheckedIOException | IllegalStateException e) {
            // A quote left open runs to the end of the file: nothing after it can be read as rows.
            stop();
            return RawRows.Raw.bad(counted.lines(), "cannot read further (" + e.getMessage().replaceAll("\\s+", " ")
                    + "); check the quoting of the rows above");
        }
    }

    private RawRows.Raw row(CSVRecord record) {
        long line = counted.lineAt(record.getCharacterPosition());
        if (record.size() != header.size()) {
            return RawRows.Raw.bad(line, "has " + record.size() + " fields where the header names " + header.size()
                    + "; quote values that hold the separator");
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            values.putIfAbsent(header.get(i), record.get(i));
        }
        return new RawRows.Raw(line, values, null);
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }

    /** Keeps the character positions of line breaks, to turn a record's position into its line. */
    private static final class LineCountingReader extends FilterReader {
        private long position;
        private long[] breaks = new long[64];
        private int count;

        LineCountingReader(Reader in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int c = super.read();
            if (c >= 0) {
                note((char) c);
            }
            return c;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            for (int i = 0; i < n; i++) {
                note(buffer[offset + i]);
            }
            return n;
        }

        private void note(char c) {
            if (c == '\n') {
                if (count == breaks.length) {
                    breaks = Arrays.copyOf(breaks, count * 2);
                }
                breaks[count++] = position;
            }
            position++;
        }

        /** The 1-based line holding the character at this position. */
        long lineAt(long characterPosition) {
            int i = Arrays.binarySearch(breaks, 0, count, characterPosition);
            return (i >= 0 ? i : -i - 1) + 1;
        }

        long lines() {
            return count + 1;
        }
    }
}
