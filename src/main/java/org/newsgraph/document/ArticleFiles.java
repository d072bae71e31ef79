package org.newsgraph.document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Expands the paths a user gives into the article files to read: files as given, directories walked
 * for {@code *.txt}, in a stable order. Paths that give nothing are reported, not silently skipped.
 */
public final class ArticleFiles {

    /** The files to read and the problems found while listing them. */
    public record Listing(List<Path> files, List<InputRejectedException> problems) {
        public Listing {
            files = List.copyOf(files);
            problems = List.copyOf(problems);
        }
    }

    private ArticleFiles() {
    }

    public static Listing list(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        List<InputRejectedException> problems = new ArrayList<>();
        Map<String, Path> byName = new HashMap<>();
        for (Path path : paths) {
            List<Path> found = new ArrayList<>();
            if (!Files.exists(path)) {
                problems.add(new InputRejectedException(path.toString(), "no such file or directory"));
                continue;
            }
            if (Files.isDirectory(path)) {
                found.addAll(textFilesUnder(path));
                if (found.isEmpty()) {
                    problems.add(new InputRejectedException(path.toString(),
                            "directory holds no .txt files; newsgraph reads articles saved as plain text (*.txt)"));
                }
            } else if (Files.isRegularFile(path)) {
                found.add(path);
            } else {
                problems.add(new InputRejectedException(path.toString(), "not a regular file or directory"));
            }
            for (Path file : found) {
                String name = file.getFileName().toString();
                Path first = byName.putIfAbsent(name, file);
                if (first == null) {
                    files.add(file);
                } else if (!sameFile(first, file)) {
                    problems.add(new InputRejectedException(file.toString(), "has the same file name as " + first
                            + "; the file name identifies a document, so rename one of them"));
                }
            }
        }
        return new Listing(files, problems);
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    private static List<Path> textFilesUnder(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }
}
