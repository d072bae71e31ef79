package org.newsgraph.store;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Lines written out in sorted order with bounded memory: up to {@link #MAX_CHARS} characters are sorted
 * in memory; past that, sorted runs go to temporary files and are merged. An article's graph never
 * leaves memory; the summary and analysis graphs of a 100,000-article store (millions of lines) do.
 * Lines must not hold a line break.
 */
final class SortedLines implements AutoCloseable {
    /** Characters held in memory before a run is spilled: about 64 MB of text. */
    static final long MAX_CHARS = 32L << 20;

    private final long maxChars;
    private final List<String> lines = new ArrayList<>();
    private final List<Path> runs = new ArrayList<>();
    private long chars;

    SortedLines() {
        this(MAX_CHARS);
    }

    SortedLines(long maxChars) {
        this.maxChars = maxChars;
    }

    void add(String line) {
        lines.add(line);
        chars += line.length();
        if (chars >= maxChars) {
            spill();
        }
    }

    /** Writes every line added, in order, each ending in a line feed, and forgets them. */
    void writeTo(Writer out) throws IOException {
        if (runs.isEmpty()) {
            lines.sort(null);
            for (String line : lines) {
                out.write(line);
                out.write('\n');
            }
        } else {
            spill();
            merge(out);
        }
        clear();
    }

    private void merge(Writer out) throws IOException {
        record Head(String line, BufferedReader from) {
        }
        PriorityQueue<Head> heads = new PriorityQueue<>((a, b) -> a.line().compareTo(b.line()));
        List<BufferedReader> readers = new ArrayList<>();
        try {
            for (Path run : runs) {
                BufferedReader reader = Files.newBufferedReader(run, StandardCharsets.UTF_8);
                readers.add(reader);
                String first = reader.readLine();
                if (first != null) {
                    heads.add(new Head(first, reader));
                }
            }
            while (!heads.isEmpty()) {
                Head head = heads.poll();
                out.write(head.line());
                out.write('\n');
                String next = head.from().readLine();
                if (next != null) {
                    heads.add(new Head(next, head.from()));
                }
            }
        } finally {
            for (BufferedReader reader : readers) {
                reader.close();
            }
        }
    }

    private void spill() {
        if (lines.isEmpty()) {
            return;
        }
        lines.sort(null);
        try {
            Path run = Files.createTempFile("newsgraph-export-", ".run");
            runs.add(run);
            try (BufferedWriter w = Files.newBufferedWriter(run, StandardCharsets.UTF_8)) {
                for (String line : lines) {
                    w.write(line);
                    w.write('\n');
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a sorted run of the export to the temporary directory ("
                    + System.getProperty("java.io.tmpdir") + "): " + e.getMessage(), e);
        }
        lines.clear();
        chars = 0;
    }

    private void clear() {
        lines.clear();
        chars = 0;
        for (Path run : runs) {
            try {
                Files.deleteIfExists(run);
            } catch (IOException e) {
                run.toFile().deleteOnExit();
            }
        }
        runs.clear();
    }

    @Override
    public void close() {
        clear();
    }
}
