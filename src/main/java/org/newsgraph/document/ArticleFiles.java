package org.newsgraph.document;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Expands the paths a user gives into the article files to read: files as given, directories walked
 * for articles ({@code *.txt}, {@code *.html}, {@code *.htm}) in a stable order, and {@code -} (standard
 * input) as given. Paths that give nothing are reported, not silently skipped.
 */
public final class ArticleFiles {

    /** The extensions of the files a directory is walked for: articles as text and as web pages. */
    static final Set<String> WALKED = Set.of("txt", "html", "htm");

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
            if (path.toString().equals(Inputs.STDIN)) {
                files.add(path);
                continue;
            }
            if (!Files.exists(path)) {
                problems.add(new InputRejectedException(path.toString(), "no such file or directory"));
                continue;
            }
            if (Files.isDirectory(path)) {
                found.addAll(textFilesUnder(path, problems));
                if (found.isEmpty()) {
                    problems.add(new InputRejectedException(path.toString(),
                            "directory holds no .txt or .html files; newsgraph reads articles saved as text or as web pages"));
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

    /** The article files under {@code dir}, sorted; a part that cannot be read is a problem, not a stop. */
    private static List<Path> textFilesUnder(Path dir, List<InputRejectedException> problems) {
        List<Path> found = new ArrayList<>();
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (Files.isRegularFile(file) && WALKED.contains(ArticleReaders.extension(file))) {
                        found.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    problems.add(new InputRejectedException(file.toString(), "cannot read (" + e.getMessage() + ")"));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            problems.add(new InputRejectedException(dir.toString(), "cannot list directory (" + e.getMessage() + ")"));
        }
        found.sort(null);
        return found;
    }
}
