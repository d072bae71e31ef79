package org.newsgraph.document;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of a metadata file, or one record of a records file: the fields newsgraph reads from it.
 *
 * @param where  where it was read, for messages: {@code metadata.tsv:12} (file and line)
 * @param fields the non-blank values by field, trimmed
 */
public record Row(String where, Map<Column, String> fields) implements TableReader.Entry {
    public Row {
        Objects.requireNonNull(where, "where");
        fields = Map.copyOf(fields);
        for (Map.Entry<Column, String> f : fields.entrySet()) {
            if (f.getValue().isBlank()) {
                throw new IllegalArgumentException(where + ": field " + f.getKey().label() + " is blank");
            }
        }
    }

    public Optional<String> get(Column column) {
        return Optional.ofNullable(fields.get(column));
    }
}
