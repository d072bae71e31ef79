package org.newsgraph.document;

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
        for (String[] row : TsvResource.rows(Column.class, RESOURCE)) {
            Column column = valueOf(row[0].toUpperCase(Locale.ROOT));
            for (int i = 1; i < row.length; i++) {
                Column before = byName.put(normalise(row[i]), column);
                if (before != null) {
                    throw new IllegalStateException(RESOURCE + ": column name " + row[i] + " is listed for both "
                            + before.label() + " and " + column.label());
                }
            }
        }
        return Map.copyOf(byName);
    }
}
