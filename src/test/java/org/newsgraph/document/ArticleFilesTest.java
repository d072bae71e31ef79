package org.newsgraph.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleFilesTest {

    @TempDir
    Path dir;

    @Test
    void walksDirectoriesForTxtFilesInSortedOrder() throws Exception {
        Files.createDirectories(dir.resolve("b"));
        Files.writeString(dir.resolve("b/2.txt"), "x");
        Files.writeString(dir.resolve("1.TXT"), "x");
        Files.writeString(dir.resolve("notes.md"), "x");
        ArticleFiles.Listing listing = ArticleFiles.list(List.of(dir));
        assertEquals(List.of(dir.resolve("1.TXT"), dir.resolve("b/2.txt")), listing.files());
        assertEquals(List.of(), listing.problems());
    }

    @Test
    void aMissingPathIsAProblemAndTheOtherPathsStillCount() throws Exception {
        Path file = Files.writeString(dir.resolve("a.txt"), "x");
        Path missing = dir.resolve("nope");
        ArticleFiles.Listing listing = ArticleFiles.list(List.of(missing, file));
        assertEquals(List.of(file), listing.files());
        assertEquals(missing + ": no such file or directory", listing.problems().get(0).getMessage());
    }

    @Test
    void aDirectoryWithoutArticleFilesIsAProblem() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Files.writeString(empty.resolve("notes.md"), "x");
        ArticleFiles.Listing listing = ArticleFiles.list(List.of(empty));
        assertEquals(List.of(), listing.files());
        assertTrue(listing.problems().get(0).getMessage().startsWith(empty + ": directory holds no .txt or .html files"));
    }

    @Test
    void twoFilesWithTheSameNameAreAProblemBecauseTheNameIsTheDocument() throws Exception {
        Path a = Files.writeString(Files.createDirectories(dir.resolve("a")).resolve("x.txt"), "1");
        Path b = Files.writeString(Files.createDirectories(dir.resolve("b")).resolve("x.txt"), "2");
        ArticleFiles.Listing listing = ArticleFiles.list(List.of(dir));
        assertEquals(List.of(a), listing.files());
        assertTrue(listing.problems().get(0).getMessage().startsWith(b + ": has the same file name as " + a), listing.toString());
    }

    @Test
    void theSameFileGivenTwiceIsReadOnce() throws Exception {
        Path a = Files.writeString(dir.resolve("a.txt"), "1");
        ArticleFiles.Listing listing = ArticleFiles.list(List.of(a, dir));
        assertEquals(List.of(a), listing.files());
        assertEquals(List.of(), listing.problems());
    }

    private static List<String> problems(ArticleFiles.Listing listing) {
        return listing.problems().stream().map(Exception::getMessage).toList();
    }

    @Test
    void aNamedPipeInADirectoryIsReportedNotRead() throws Exception {
        Path pipe = dir.resolve("pipe.txt");
        assertEquals(0, new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor(), "mkfifo failed");
        Files.writeString(dir.resolve("a.txt"), "x");
        ArticleFiles.Listing listing = ArticleFiles.list(List.of(dir));
        assertEquals(List.of(dir.resolve("a.txt")), listing.files());
        assertEquals(List.of(pipe + ": not read: it is a named pipe (FIFO), not a regular file"), problems(listing));
    }

    @Test
    void aLinkToNothingAndALinkThatLoopsAreReportedNotRead() throws Exception {
        Path dangling = Files.createSymbolicLink(dir.resolve("gone.txt"), Path.of("missing.txt"));
        Path loop = Files.createSymbolicLink(dir.resolve("loop.txt"), Path.of("loop.txt"));
        Files.writeString(dir.resolve("a.txt"), "x");
        assertEquals(List.of(dangling + ": not read: it is a symbolic link to missing.txt, which does not exist",
                loop + ": not read: it is a symbolic link that loops (loop.txt)"),
                problems(ArticleFiles.list(List.of(dir))).stream().sorted().toList());
    }

    @Test
    void aDirectoryLinkThatLoopsIsANoteAndTheFilesAreReadOnce() throws Exception {
        Path a = Files.writeString(dir.resolve("a.txt"), "x");
        Path up = Files.createSymbolicLink(Files.createDirectories(dir.resolve("sub")).resolve("up"), Path.of(".."));
        ArticleFiles.Listing listing = ArticleFiles.list(List.of(dir));
        assertEquals(List.of(a), listing.files());
        assertEquals(List.of(up + ": symbolic link loop (it leads back to a directory above it); not followed"),
                listing.notes());
    }

    @Test
    void filesThatAreNoArticlesAreANoteNamingThem() throws Exception {
        Files.writeString(dir.resolve("a.txt"), "x");
        Files.writeString(dir.resolve("README.md"), "x");
        Files.writeString(dir.resolve("photo.png"), "x");
        assertEquals(List.of(dir + ": 2 entries skipped, not .txt or .html articles: README.md, photo.png"),
                ArticleFiles.list(List.of(dir)).notes());
    }

    @Test
    void aNamedPipeGivenByNameIsAProblem() throws Exception {
        Path pipe = dir.resolve("pipe");
        assertEquals(0, new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor(), "mkfifo failed");
        assertEquals(List.of(pipe + ": not read: it is a named pipe (FIFO), not a regular file"),
                problems(ArticleFiles.list(List.of(pipe))));
    }
}
