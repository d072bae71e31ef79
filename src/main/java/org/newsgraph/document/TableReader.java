package org.newsgraph.document;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a table of articles or of their metadata, row by row: CSV (RFC 4180) or TSV with a header row,
 * JSON (an array of objects) or JSON Lines (one object per line), in UTF-8 (or UTF-16 with a byte-order
 * mark). Column names are matched to fields by {@link Column}; names it does not know are collected in
 * {@link #ignoredColumns()}. A malformed row is a problem in its place and reading goes on.
 *
 * <pre>
 * try (TableReader table = TableReader.open(Path.of("metadata.tsv"))) {
 *     while (table.hasNext()) {
 *         TableReader.Entry e = table.next();   // a Row, or a Bad row with its reason
 *     }
 * }
 * </pre>
 */
public final class TableReader implements Iterator<TableReader.Entry>, Closeable {

    /** The table formats, by the file name extensions that select them. */
    public enum Format {
        CSV("csv"), TSV("tsv", "tab"), JSON("json"), JSONL("jsonl", "ndjson");

        private final List<String> extensions;

        Format(String... extensions) {
            this.extensions = List.of(extensions);
        }

        /** The format a file name's extension selects, if any. */
        public static Optional<Format> of(String fileName) {
            String lower = fileName.toLowerCase(Locale.ROOT);
            for (Format f : values()) {
                if (f.extensions.stream().anyMatch(e -> lower.endsWith("." + e))) {
                    return Optional.of(f);
                }
            }
            return Optional.empty();
        }

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** What reading one row gave: a {@link Row} or a {@link Bad} one. */
    public sealed interface Entry permits Row, Bad {
    }

    /** A row that could not be read, with where and why, e.g. {@code records.jsonl:7: is not a JSON object (...)}. */
    public record Bad(InputRejectedException problem) implements Entry {
    }

    private final String name;
    private final RawRows rows;
    private final Set<String> ignored = new LinkedHashSet<>();

    private TableReader(String name, RawRows rows) {
        this.name = name;
        this.rows = rows;
    }

    /** Opens a table file; its format comes from its extension. */
    public static TableReader open(Path file) throws IOException {
        Format format = Format.of(file.getFileName().toString()).orElseThrow(() -> new IllegalArgumentException(
                file + " is not a .csv, .tsv, .json or .jsonl file"));
        return open(file.toString(), Files.newInputStream(file), format);
    }

    /**
     * Reads a table from a stream (standard input), which the reader closes.
     *
     * @param name what messages call it, e.g. "stdin"
     */
    public static TableReader open(String name, InputStream in, Format format) throws IOException {
        Reader reader = TextDecoding.reader(new BufferedInputStream(in));
        try {
            RawRows rows = switch (format) {
                case CSV -> new CsvRows(reader, false);
                case TSV -> new CsvRows(reader, true);
                case JSON -> JsonRows.array(reader);
                case JSONL -> JsonRows.lines(reader);
            };
            return new TableReader(name, rows);
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
            reader.close();
            throw new IOException("cannot read the header row (" + e.getMessage() + ")", e);
        }
    }

    @Override
    public boolean hasNext() {
        return rows.hasNext();
    }

    @Override
    public Entry next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        RawRows.Raw raw = rows.next();
        String where = name + ":" + raw.line();
        if (raw.problem() != null) {
            return new Bad(new InputRejectedException(where, raw.problem()));
        }
        Map<Column, String> fields = new EnumMap<>(Column.class);
        for (Map.Entry<String, String> value : raw.values().entrySet()) {
            Optional<Column> column = Column.named(value.getKey());
            if (column.isEmpty()) {
                ignored.add(value.getKey());
            } else if (!value.getValue().isBlank()) {
                // Where two columns give one field ("source" and "publisher"), the first one counts.
                fields.putIfAbsent(column.get(), value.getValue().strip());
            }
        }
        return new Row(where, fields);
    }

    /** Column names seen so far that newsgraph does not read, in the order first seen. */
    public List<String> ignoredColumns() {
        return List.copyOf(ignored);
    }

    /** What messages call this table: its path, or "stdin". */
    public String name() {
        return name;
    }

    @Override
    public void close() throws IOException {
        rows.close();
    }
}
