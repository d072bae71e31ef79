package org.newsgraph.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlainTextReaderTest {

    private static final String ARTICLE = "Aleppo ceasefire holds for a second day\n\nThe truce held on Sunday, officials said.\n";

    @TempDir
    Path dir;

    private Path write(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    private Path write(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private String rejection(Path file) {
        return assertThrows(InputRejectedException.class, () -> new PlainTextReader().read(file)).getMessage();
    }

    @Test
    void readsTheTextTheFileNameAndAHashOfTheText() throws Exception {
        Document d = new PlainTextReader().read(write("a.txt", ARTICLE));
        assertEquals("a.txt", d.fileName());
        assertEquals(ARTICLE, d.text());
        assertTrue(d.hash().matches("sha256:[0-9a-f]{64}"), d.hash());
    }

    @Test
    void crlfLineEndsGiveTheSameTextAndHashAsLf() throws Exception {
        Document lf = new PlainTextReader().read(write("lf.txt", ARTICLE));
        Document crlf = new PlainTextReader().read(write("crlf.txt", ARTICLE.replace("\n", "\r\n")));
        Document cr = new PlainTextReader().read(write("cr.txt", ARTICLE.replace("\n", "\r")));
        assertEquals(lf.text(), crlf.text());
        assertEquals(lf.hash(), crlf.hash());
        assertEquals(lf.text(), cr.text());
    }

    @Test
    void aByteOrderMarkIsDropped() throws Exception {
        Document plain = new PlainTextReader().read(write("plain.txt", ARTICLE));
        Document bom = new PlainTextReader().read(write("bom.txt", "\uFEFF" + ARTICLE));
        assertEquals(plain.text(), bom.text());
        assertEquals(plain.hash(), bom.hash());
        assertEquals(plain.metadata(), bom.metadata());
    }

    @Test
    void rejectsAnEmptyFile() throws Exception {
        Path file = write("empty.txt", new byte[0]);
        assertEquals(file + ": file is empty; nothing to ingest", rejection(file));
    }

    @Test
    void rejectsAFileOfOnlyWhitespaceAsEmpty() throws Exception {
        Path file = write("blank.txt", " \n\t\r\n");
        assertTrue(rejection(file).endsWith("file is empty; nothing to ingest"));
    }

    @Test
    void rejectsABinaryFileWithNulBytes() throws Exception {
        Path file = write("image.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        assertTrue(rejection(file).startsWith(file + ": file is binary"));
    }

    @Test
    void rejectsAFileFullOfControlBytes() throws Exception {
        byte[] bytes = new byte[200];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i % 2 == 0 ? 'a' : 0x01);
        }
        assertTrue(rejection(write("controls.txt", bytes)).contains("file is binary (100 control bytes)"));
    }

    @Test
    void rejectsInvalidUtf8NamingTheOffsetAndHowToConvert() throws Exception {
        Path file = write("latin1.txt", "Caf\u00e9 society".getBytes(StandardCharsets.ISO_8859_1));
        String message = rejection(file);
        assertTrue(message.startsWith(file + ": file is not valid UTF-8 (bad byte at offset 3)"), message);
        assertTrue(message.contains("iconv"), message);
    }

    @Test
    void rejectsHtml() throws Exception {
        Path file = write("page.txt", "<!DOCTYPE html>\n<html><head><title>x</title></head><body><p>Aleppo</p></body></html>");
        assertTrue(rejection(file).startsWith(file + ": file holds HTML, not plain text"));
    }

    @Test
    void acceptsTextThatMentionsATag() throws Exception {
        Document d = new PlainTextReader().read(write("tags.txt", "Editors wrap paragraphs in a <p> tag, the site said.\n"));
        assertTrue(d.text().contains("<p>"));
    }

    @Test
    void scansTextFullOfUnclosedTagsInOnePass() throws Exception {
        // Unbounded tag patterns took minutes on this (quadratic backtracking); bounded ones read it at once.
        Document d = new PlainTextReader().read(write("angles.txt", "<p ".repeat(300_000)));
        assertEquals(900_000, d.text().length());
    }

    @Test
    void rejectsAFileOverTheSizeCapNamingBothSizes() throws Exception {
        Path file = write("big.txt", "word ".repeat(1000));
        String message = assertThrows(InputRejectedException.class, () -> new PlainTextReader(1024).read(file)).getMessage();
        assertEquals(file + ": file is 4.9 KB, over the 1.0 KB limit for one article; split it or raise --max-file-size",
                message);
    }

    @Test
    void rejectsAMissingFileSayingItCannotBeRead() {
        Path missing = dir.resolve("gone.txt");
        assertTrue(rejection(missing).startsWith(missing + ": cannot read file"));
    }

    @Test
    void keepsTabsAndFormFeedsAsText() throws Exception {
        Document d = new PlainTextReader().read(write("tabs.txt", "Column\tone\fand two, a reporter said.\n"));
        assertFalse(d.text().isEmpty());
    }

    @Test
    void utf16WithAByteOrderMarkIsDecodedToTheSameTextAsUtf8() throws Exception {
        Document utf8 = new PlainTextReader().read(write("utf8.txt", ARTICLE));
        byte[] le = ("\uFEFF" + ARTICLE).getBytes(StandardCharsets.UTF_16LE);
        byte[] be = ("\uFEFF" + ARTICLE).getBytes(StandardCharsets.UTF_16BE);
        assertEquals(utf8.text(), new PlainTextReader().read(write("le.txt", le)).text());
        assertEquals(utf8.hash(), new PlainTextReader().read(write("be.txt", be)).hash());
    }

    @Test
    void utf16WithoutAByteOrderMarkIsRejectedSayingHowToConvertIt() throws Exception {
        Path file = write("nobom.txt", ARTICLE.getBytes(StandardCharsets.UTF_16LE));
        assertEquals(file + ": file is binary (it contains NUL bytes), not a text article; if it is UTF-16 text, "
                + "convert it: iconv -f UTF-16LE -t UTF-8", rejection(file));
    }
}
