package org.newsgraph.document;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Expands the paths a user gives into the article files to read: files as given, directories walked
 * (following symbolic links) for articles ({@code *.txt}, {@code *.html}, {@code *.htm}) in a stable
 * order, and {@code -} (standard input) as given. Nothing is skipped without a word: an article that
 * cannot be read as a file (a named pipe, a link to nothing, a link that loops) is a problem, and what
 * a directory holds besides articles is a note.
 */
public final class ArticleFiles {

    /** The extensions of the files a directory is walked for: articles as text and as web pages. */
    static final Set<String> WALKED = Set.of("txt", "html", "htm");
    /** How many skipped names a note lists. */
    private static final int NAMES_SHOWN = 3;

    /**
     * The files to read, the problems found while listing them, and notes on what was skipped.
     *
     * @param notes one line each, e.g. {@code corpus: 2 entries skipped, not articles: README.md, photo.png}
     */
    public record Listing(List<Path> files, List<InputRejectedException> problems, List<String> notes) {
        public Listing {
            files = List.copyOf(files);
            problems = List.copyOf(problems);
            notes = List.copyOf(notes);
        }
    }

    private ArticleFiles() {
    }

    public static Listing list(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        List<InputRejectedException> problems = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Map<String, Path> byName = new HashMap<>();
        for (Path path : paths) {
            List<Path> found = new ArrayList<>();
            if (path.toString().equals(Inputs.STDIN)) {
                files.add(path);
                continue;
            }
            if (Files.isDirectory(path)) {
                found.addAll(articlesUnder(path, problems, notes));
                if (found.isEmpty()) {
                    problems.add(new InputRejectedException(path.toString(),
                            "directory holds no .txt or .html files; newsgraph reads articles saved as text or as web pages"));
                }
            } else if (Files.isRegularFile(path)) {
                found.add(path);
            } else {
                boolean there = Files.exists(path, LinkOption.NOFOLLOW_LINKS);
                problems.add(new InputRejectedException(path.toString(),
                        there ? "not read: it is " + whatIs(path) : "no such file or directory"));
            }
            for (Path file : found) {
                String name = file.getFileName().toString();
                Path first = byName.putIfAbsent(name, file);
                if (first == null) {
                    files.add(file);
                } else if (!sameFile(first, file)) {
                    problems.add(new InputRejectedException(file.toString(), "has the same file name as " + first
                            + "; the file name identifies a document (ng:fileName), so rename one of them"));
                }
            }
        }
        return new Listing(files, problems, notes);
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    /** The article files under {@code dir}, sorted; what cannot be read is a problem or a note, not a stop. */
    private static List<Path> articlesUnder(Path dir, List<InputRejectedException> problems, List<String> notes) {
        List<Path> found = new ArrayList<>();
        Set<String> skipped = new TreeSet<>();
        try {
            Files.walkFileTree(dir, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    boolean article = WALKED.contains(ArticleReaders.extension(file));
                    if (attrs.isRegularFile() && article) {
                        found.add(file);
                    } else if (article) {
                        // Named like an article, yet not a file: most likely meant to be read.
                        problems.add(new InputRejectedException(file.toString(), "not read: it is " + whatIs(file)));
                    } else {
                        skipped.add(dir.relativize(file).toString());
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    if (e instanceof FileSystemLoopException) {
                        notes.add(file + ": symbolic link loop (it leads back to a directory above it); not followed");
                    } else {
                        problems.add(new InputRejectedException(file.toString(), "cannot read (" + e.getMessage() + ")"));
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            problems.add(new InputRejectedException(dir.toString(), "cannot list directory (" + e.getMessage() + ")"));
        }
        if (!skipped.isEmpty()) {
            String names = String.join(", ", skipped.stream().limit(NAMES_SHOWN).toList());
            notes.add(dir + ": " + skipped.size() + (skipped.size() == 1 ? " entry" : " entries")
                    + " skipped, not .txt or .html articles: " + names + (skipped.size() > NAMES_SHOWN ? ", ..." : ""));
        }
        found.sort(null);
        return found;
    }

    /**
     * What a path that is no regular file or directory is, and why it is not read: "a named pipe (FIFO), not a
     * regular file", "a symbolic link to x.txt, which does not exist", "a symbolic link that loops (x.txt)".
     */
    static String whatIs(Path path) {
        if (Files.isSymbolicLink(path)) {
            try {
                path.toRealPath();
                return "a symbolic link to something that is no regular file";
            } catch (NoSuchFileException e) {
                return "a symbolic link to " + target(path) + ", which does not exist";
            } catch (FileSystemException e) {
                return "a symbolic link that loops (" + target(path) + ")";
            } catch (IOException e) {
                return "a symbolic link that cannot be followed (" + e.getMessage() + ")";
            }
        }
        String kind;
        try {
            kind = switch ((Integer) Files.getAttribute(path, "unix:mode") & 0170000) {
                case 0010000 -> "a named pipe (FIFO)";
                case 0140000 -> "a socket";
                case 0020000, 0060000 -> "a device";
                default -> "a special file";
            };
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            kind = "a special file";
        }
        return kind + ", not a regular file";
    }

    private static String target(Path link) {
        try {
            return Files.readSymbolicLink(link).toString();
        } catch (IOException e) {
            return "?";
        }
    }
}
