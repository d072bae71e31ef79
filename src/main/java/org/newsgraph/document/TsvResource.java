package org.newsgraph.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** A tab-separated data file shipped in the jar: its rows, without blank lines and '#' comment lines. */
final class TsvResource {

    private TsvResource() {
    }

    /**
     * @param resource a path as {@link Class#getResourceAsStream} takes it, relative to {@code owner}'s package
     *                 or absolute
     */
    static List<String[]> rows(Class<?> owner, String resource) {
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the jar; rebuild with mvn package");
            }
            return rows(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String[]> rows(String tsv) {
        List<String[]> rows = new ArrayList<>();
        for (String line : tsv.split("\n")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                rows.add(line.strip().split("\t"));
            }
        }
        return rows;
    }
}
