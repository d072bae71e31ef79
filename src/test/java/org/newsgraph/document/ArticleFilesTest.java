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
        assertTrue(listing.problems().get(0).getMessage().startsWith(b + ": has the same file name as " + a));
    }

    @Test
    void theSameFileGivenTwiceIsReadOnce() throws Exception {
        Path a = Files.writeString(dir.resolve("a.txt"), "1");
        ArticleFiles.Listing listing = ArticleFiles.list(List.of(a, dir));
        assertEquals(List.of(a), listing.files());
        assertEquals(List.of(), listing.problems());
    }
}
