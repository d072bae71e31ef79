package org.newsgraph.document;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The fields newsgraph reads from a metadata file or a records file. Each has the column names datasets
 * and scrapers use for it, listed in {@code columns.tsv} beside this class and matched leniently
 * ("Published At", "published_at" and "publishedAt" are one name).
 */
public enum Column {
    /** The document's name: a file's base name, or a record's id. */
    NAME,
    TITLE,
    OUTLET,
    DATE,
    URL,
    LANGUAGE,
    AUTHOR,
    /** The article text, in a records file. */
    TEXT;

    private static final String RESOURCE = "columns.tsv";
    private static final Map<String, Column> BY_NAME = load();

    /** The field a column of this name holds, if newsgraph reads it. */
    public static Optional<Column> named(String columnName) {
        return Optional.ofNullable(BY_NAME.get(normalise(columnName)));
    }

    /** The name users see in messages: "name", "title", ... */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    static String normalise(String columnName) {
        return columnName.toLowerCase(Locale.ROOT).replaceAll("[\\s_.\\-]+", "");
    }

    private static Map<String, Column> load() {
        Map<String, Column> byName = new HashMap<>();
        try (InputStream in = Column.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the jar; rebuild with mvn package");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t");
                Column column = valueOf(fields[0].toUpperCase(Locale.ROOT));
                for (int i = 1; i < fields.length; i++) {
                    Column before = byName.put(normalise(fields[i]), column);
                    if (before != null) {
                        throw new IllegalStateException(RESOURCE + ": column name " + fields[i] + " is listed for both "
                                + before.label() + " and " + column.label());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(byName);
    }
}
