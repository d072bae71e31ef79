package org.newsgraph.proposition;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A tab-separated word list shipped in the jar: one row per line, {@code #} comments and blank lines
 * skipped. A malformed row is a packaging bug, reported with its file and line.
 */
public final class DataFile {

    /**
     * One row.
     *
     * @param file  the resource name, for messages
     * @param line  1-based line number
     * @param cells the tab-separated cells, trimmed
     */
    public record Row(String file, int line, List<String> cells) {
        public Row {
            cells = List.copyOf(cells);
        }

        public String kind() {
            return cells.get(0);
        }

        public String cell(int i) {
            if (i >= cells.size()) {
                throw error("needs at least " + (i + 1) + " tab-separated cells, has " + cells.size());
            }
            return cells.get(i);
        }

        /** Cell {@code i} as a comma-separated list, lower-cased, blanks dropped. */
        public List<String> list(int i) {
            return Arrays.stream(cell(i).split(",")).map(s -> s.strip().toLowerCase(Locale.ROOT))
                    .filter(s -> !s.isEmpty()).toList();
        }

        public int integer(int i) {
            try {
                return Integer.parseInt(cell(i));
            } catch (NumberFormatException e) {
                throw error("cell " + (i + 1) + " must be a whole number, got '" + cell(i) + "'");
            }
        }

        public IllegalStateException error(String message) {
            return new IllegalStateException("[" + file + ", line " + line + "] " + message);
        }
    }

    private DataFile() {
    }

    /** Reads resource {@code name}, relative to {@code owner}'s package. */
    public static List<Row> load(Class<?> owner, String name) {
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the jar; rebuild with mvn package");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<Row> rows = new ArrayList<>();
            String line;
            int n = 0;
            while ((line = reader.readLine()) != null) {
                n++;
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(new Row(name, n, Arrays.stream(line.split("\t")).map(String::strip).toList()));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Rejects a row whose kind is not one of {@code known}. */
    public static void expectKinds(List<Row> rows, String... known) {
        for (Row r : rows) {
            if (!List.of(known).contains(r.kind())) {
                throw r.error("unknown row kind '" + r.kind() + "'; known: " + String.join(", ", known));
            }
        }
    }
}
