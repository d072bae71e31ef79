package org.newsgraph.document;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The metadata given for articles in a file of its own ({@code ingest --metadata FILE}): a CSV, TSV,
 * JSON or JSON Lines table with a row per article, naming its file (by base name, or without the
 * extension) and giving any of title, outlet, date, URL, language and author. FA-KES's
 * {@code file source date title} is such a table. What a row gives wins over what the article's text
 * suggests. Rows that cannot be read are reported; the others count.
 */
public final class MetadataFile {

    private final String source;
    private final Map<String, Document.Metadata> byName;
    private final List<InputRejectedException> problems;
    private final List<String> notes;
    private final Set<String> used = new HashSet<>();

    private MetadataFile(String source, Map<String, Document.Metadata> byName, List<InputRejectedException> problems,
                         List<String> notes) {
        this.source = source;
        this.byName = Map.copyOf(byName);
        this.problems = List.copyOf(problems);
        this.notes = List.copyOf(notes);
    }

    /**
     * Reads a metadata file.
     *
     * @throws InputRejectedException when the file cannot be read at all, or names no article
     */
    public static MetadataFile read(Path file, DateOrder order, OutletTable outlets) throws InputRejectedException {
        String source = file.toString();
        if (TableReader.Format.of(source).isEmpty() || !Files.isRegularFile(file)) {
            throw new InputRejectedException(source, Files.isRegularFile(file)
                    ? "a metadata file must be .csv, .tsv, .json or .jsonl"
                    : "no such metadata file");
        }
        RowMetadata rows = new RowMetadata(order, outlets);
        Map<String, Document.Metadata> byName = new HashMap<>();
        Map<String, String> firstRow = new HashMap<>();
        List<InputRejectedException> problems = new ArrayList<>();
        int unnamed = 0;
        int read = 0;
        try (TableReader table = TableReader.open(file)) {
            while (table.hasNext()) {
                TableReader.Entry entry = table.next();
                if (entry instanceof TableReader.Bad bad) {
                    problems.add(bad.problem());
                    continue;
                }
                Row row = (Row) entry;
                read++;
                Optional<String> name = row.get(Column.NAME).map(MetadataFile::baseName);
                if (name.isEmpty()) {
                    unnamed++;
                    problems.add(new InputRejectedException(row.where(), "names no article file; give its file name"));
                    continue;
                }
                String first = firstRow.putIfAbsent(name.get(), row.where());
                if (first != null) {
                    problems.add(new InputRejectedException(row.where(), "gives " + name.get() + " again (first at "
                            + first + "); the first row counts, remove one of them"));
                    continue;
                }
                RowMetadata.Result result = rows.read(row);
                problems.addAll(result.problems());
                byName.put(name.get(), result.metadata());
            }
            if (read > 0 && unnamed == read) {
                throw new InputRejectedException(source, "no column names the article files; name one file, filename,"
                        + " path or id");
            }
            return new MetadataFile(source, byName, problems, ignoredColumns(source, table.ignoredColumns()));
        } catch (IOException e) {
            throw new InputRejectedException(source, "cannot read metadata file (" + e.getMessage() + ")");
        }
    }

    private static List<String> ignoredColumns(String source, List<String> ignored) {
        return ignored.isEmpty() ? List.of() : List.of(source + ": column" + (ignored.size() == 1 ? " " : "s ")
                + String.join(", ", ignored) + (ignored.size() == 1 ? " is" : " are")
                + " not read (newsgraph reads file, title, outlet, date, url, language, author)");
    }

    /** A row's file name as a base name: "articles/a.txt" names a.txt. */
    static String baseName(String name) {
        String n = name.replace('\\', '/');
        return n.substring(n.lastIndexOf('/') + 1);
    }

    /** The metadata given for an article file, by its base name or its name without the extension. */
    public synchronized Document.Metadata given(String fileName) {
        String key = byName.containsKey(fileName) ? fileName : stem(fileName);
        Document.Metadata m = byName.get(key);
        if (m == null) {
            return Document.Metadata.NONE;
        }
        used.add(key);
        return m;
    }

    private static String stem(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    /** Rows that could not be read, or fields of them; one line each. */
    public List<InputRejectedException> problems() {
        return problems;
    }

    /** Things worth knowing that are not errors: columns not read. */
    public List<String> notes() {
        return notes;
    }

    /** After an ingest: how many rows named no article that was read, as a note, or empty. */
    public synchronized Optional<String> unusedRows() {
        int unused = byName.size() - used.size();
        if (unused == 0) {
            return Optional.empty();
        }
        String example = byName.keySet().stream().filter(k -> !used.contains(k)).sorted().findFirst().orElseThrow();
        return Optional.of(source + ": " + unused + (unused == 1 ? " row names" : " rows name")
                + " no article given to this ingest, e.g. " + example);
    }
}
