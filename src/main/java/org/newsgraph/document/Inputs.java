package org.newsgraph.document;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything one ingest reads, one article at a time and in input order: article files (read by the
 * reader of their format, with the metadata a metadata file gives them), the records of records files
 * (JSON Lines, JSON, CSV, TSV: a record per article with its text and metadata), and records on standard
 * input ({@code -}). Records are parsed as they are needed, so a large records file is never held in
 * memory. A problem found while listing takes the place of the article it concerns.
 *
 * <pre>
 * try (Inputs inputs = Inputs.builder(ArticleFiles.list(paths)).metadata(sidecar).build()) {
 *     while (inputs.hasNext()) {
 *         Document d = inputs.next().read();
 *     }
 * }
 * </pre>
 */
public final class Inputs implements Iterator<ArticleInput>, Closeable {

    /** What the path {@code -} stands for. */
    public static final String STDIN = "-";

    private final Iterator<Path> paths;
    private final Deque<ArticleInput> pending = new ArrayDeque<>();
    private final ArticleReaders readers;
    private final Optional<MetadataFile> metadata;
    private final RowMetadata rowMetadata;
    private final long maxBytes;
    private final InputStream stdin;
    private final TableReader.Format stdinFormat;
    private final Map<String, String> names = new HashMap<>();
    private final List<InputRejectedException> warnings = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final long counted;
    private long produced;
    private TableReader table;
    private long tableRows;
    private boolean stdinRead;

    private Inputs(Builder b) {
        this.paths = b.listing.files().iterator();
        b.listing.problems().forEach(p -> pending.add(ArticleInput.failed(p)));
        this.readers = new ArticleReaders(b.maxBytes);
        this.metadata = b.metadata;
        this.rowMetadata = new RowMetadata(b.dateOrder, b.outlets);
        this.maxBytes = b.maxBytes;
        this.stdin = b.stdin;
        this.stdinFormat = b.stdinFormat;
        notes.addAll(b.listing.notes());
        metadata.ifPresent(m -> {
            warnings.addAll(m.problems());
            notes.addAll(m.notes());
        });
        this.counted = b.listing.problems().size() + b.listing.files().stream().mapToLong(Inputs::estimate).sum();
    }

    public static Builder builder(ArticleFiles.Listing listing) {
        return new Builder(listing);
    }

    @Override
    public boolean hasNext() {
        while (pending.isEmpty()) {
            if (table != null && table.hasNext()) {
                pending.add(fromTable(table.next()));
            } else if (table != null) {
                closeTable();
            } else if (paths.hasNext()) {
                open(paths.next());
            } else {
                return false;
            }
        }
        return true;
    }

    @Override
    public ArticleInput next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        produced++;
        return pending.remove();
    }

    /** About how many articles there are: files plus the lines of records files, or as many as listed so far. */
    public long expected() {
        return Math.max(counted, produced + pending.size());
    }

    /** Problems that reject no article: metadata rows, or fields of records, that could not be read. */
    public List<InputRejectedException> warnings() {
        return List.copyOf(warnings);
    }

    /** Worth knowing, no problem: columns not read, metadata rows that named no article read. */
    public List<String> notes() {
        List<String> all = new ArrayList<>(notes);
        metadata.flatMap(MetadataFile::unusedRows).ifPresent(all::add);
        return all;
    }

    private void open(Path path) {
        Optional<TableReader.Format> format = TableReader.Format.of(path.getFileName().toString());
        try {
            if (path.toString().equals(STDIN)) {
                if (stdinRead) {
                    pending.add(ArticleInput.failed(new InputRejectedException(STDIN, "standard input is given twice")));
                    return;
                }
                stdinRead = true;
                table = TableReader.open("stdin", stdin, stdinFormat);
                tableRows = 0;
            } else if (format.isPresent()) {
                table = TableReader.open(path);
                tableRows = 0;
            } else {
                String name = path.getFileName().toString();
                Document.Metadata given = metadata.map(m -> m.given(name)).orElse(Document.Metadata.NONE);
                pending.add(claim(name, path.toString(), new FileArticle(path, readers.forFile(path), given)));
            }
        } catch (IOException e) {
            pending.add(ArticleInput.failed(new InputRejectedException(path.toString(), "cannot read records ("
                    + e.getMessage() + ")")));
        }
    }

    /** The article, if no other article of this ingest has its name; else a problem in its place. */
    private ArticleInput claim(String name, String source, ArticleInput article) {
        String first = names.putIfAbsent(name, source);
        return first == null ? article : ArticleInput.failed(new InputRejectedException(source, "has the name " + name
                + " of " + first + ", read before it; a document is known by its name, so give it another file or id"));
    }

    private ArticleInput fromTable(TableReader.Entry entry) {
        if (entry instanceof TableReader.Bad bad) {
            return ArticleInput.failed(bad.problem());
        }
        Row row = (Row) entry;
        Optional<String> text = row.get(Column.TEXT);
        boolean first = tableRows++ == 0;
        if (text.isEmpty() && first) {
            // The first record has no text: most likely a metadata table given as an input.
            InputRejectedException wrong = new InputRejectedException(table.name(), "no field holds the article text"
                    + " (text, body, content, article, ...); a table of metadata only goes with --metadata");
            closeTable();
            return ArticleInput.failed(wrong);
        }
        if (text.isEmpty()) {
            return ArticleInput.failed(new InputRejectedException(row.where(), "has no text; nothing to ingest"));
        }
        String name = row.get(Column.NAME).map(MetadataFile::baseName).orElse(tableBaseName() + ":" + lineOf(row));
        RowMetadata.Result given = rowMetadata.read(row);
        warnings.addAll(given.problems());
        Document.Metadata sidecar = metadata.map(m -> m.given(name)).orElse(Document.Metadata.NONE);
        return claim(name, row.where(), new RecordArticle(name, row.where(), text.get(),
                given.metadata().overriddenBy(sidecar), maxBytes));
    }

    private String tableBaseName() {
        return MetadataFile.baseName(table.name());
    }

    private static String lineOf(Row row) {
        return row.where().substring(row.where().lastIndexOf(':') + 1);
    }

    private void closeTable() {
        List<String> ignored = table.ignoredColumns();
        if (!ignored.isEmpty()) {
            notes.add(table.name() + ": " + (ignored.size() == 1 ? "field " : "fields ") + String.join(", ", ignored)
                    + (ignored.size() == 1 ? " is" : " are") + " not read");
        }
        try {
            table.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        table = null;
    }

    /** How many articles a path holds: one file, or about one per line of a records file. */
    private static long estimate(Path path) {
        if (path.toString().equals(STDIN)) {
            return 0;
        }
        Optional<TableReader.Format> format = TableReader.Format.of(path.getFileName().toString());
        if (format.isEmpty()) {
            return 1;
        }
        if (format.get() == TableReader.Format.JSON) {
            return 0;
        }
        try (InputStream in = new BufferedInputStream(Files.newInputStream(path))) {
            long lines = 0;
            for (int b = in.read(); b >= 0; b = in.read()) {
                lines += b == '\n' ? 1 : 0;
            }
            return format.get() == TableReader.Format.JSONL ? lines : Math.max(0, lines - 1);
        } catch (IOException e) {
            return 0;
        }
    }

    @Override
    public void close() {
        if (table != null) {
            closeTable();
        }
    }

    /** Options of {@link Inputs}; {@link #build()} checks them. */
    public static final class Builder {
        private final ArticleFiles.Listing listing;
        private long maxBytes = PlainTextReader.DEFAULT_MAX_BYTES;
        private Optional<MetadataFile> metadata = Optional.empty();
        private DateOrder dateOrder = DateOrder.MDY;
        private OutletTable outlets;
        private InputStream stdin = InputStream.nullInputStream();
        private TableReader.Format stdinFormat = TableReader.Format.JSONL;

        private Builder(ArticleFiles.Listing listing) {
            this.listing = Objects.requireNonNull(listing, "listing");
        }

        /** The most bytes one article may take (default 2 MB). */
        public Builder maxBytes(long bytes) {
            this.maxBytes = bytes;
            return this;
        }

        /** Metadata for article files and records, by name. */
        public Builder metadata(Optional<MetadataFile> file) {
            this.metadata = Objects.requireNonNull(file, "file");
            return this;
        }

        /** How records' all-numeric dates read (default {@link DateOrder#MDY}). */
        public Builder dateOrder(DateOrder order) {
            this.dateOrder = Objects.requireNonNull(order, "order");
            return this;
        }

        /** Outlet codes in records (default: {@link OutletTable#shipped()}). */
        public Builder outlets(OutletTable table) {
            this.outlets = Objects.requireNonNull(table, "table");
            return this;
        }

        /** What {@code -} reads, and in which records format (default JSON Lines). */
        public Builder stdin(InputStream in, TableReader.Format format) {
            this.stdin = Objects.requireNonNull(in, "in");
            this.stdinFormat = Objects.requireNonNull(format, "format");
            return this;
        }

        public Inputs build() {
            if (maxBytes < 1) {
                throw new IllegalArgumentException("maxBytes must be positive, got " + maxBytes);
            }
            if (outlets == null) {
                outlets = OutletTable.shipped();
            }
            return new Inputs(this);
        }
    }
}
