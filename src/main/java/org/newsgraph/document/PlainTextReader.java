package org.newsgraph.document;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Reads a UTF-8 plain-text article, or UTF-16 with a byte-order mark (as Windows tools save text). Line
 * ends are normalised to LF and a byte-order mark is dropped, so the same article saved on Windows gives
 * the same triples. Everything that is not an article in plain text (empty, binary, another encoding,
 * HTML, oversized) is rejected with the reason.
 */
public final class PlainTextReader implements DocumentReader {

    /** Default cap on a file's size: far above any news article, far below what hurts memory. */
    public static final long DEFAULT_MAX_BYTES = 2L * 1024 * 1024;

    /* Tag bodies are bounded so that text full of unclosed '<p' cannot make the scan quadratic. */
    private static final Pattern HTML = Pattern.compile(
            "(?is)^\\s*(?:<!doctype\\s+html|<html|<head|<body|<\\?xml)|<(?:p|div|span|br|script|table)\\b[^<>]{0,500}>");
    private static final int HTML_TAGS_TO_REJECT = 5;
    private static final Pattern TAG = Pattern.compile("</?[a-zA-Z][a-zA-Z0-9]{0,20}(?:\\s[^<>]{0,500})?>");

    private final ByteLimit limit;

    public PlainTextReader() {
        this(DEFAULT_MAX_BYTES);
    }

    public PlainTextReader(long maxBytes) {
        this.limit = new ByteLimit(maxBytes);
    }

    @Override
    public Document read(Path file, Document.Metadata given) throws InputRejectedException {
        String source = file.toString();
        String text = decode(source, limit.read(file));
        text = normalise(text);
        if (text.isBlank()) {
            throw new InputRejectedException(source, "file is empty; nothing to ingest");
        }
        if (looksLikeHtml(text)) {
            throw new InputRejectedException(source,
                    "file holds HTML, not plain text; name it .html to read it as a web page");
        }
        return Document.of(file.getFileName().toString(), source, text, given);
    }

    /** UTF-8, or UTF-16 after its byte-order mark; binary files and bytes the encoding does not allow are rejected. */
    private static String decode(String source, byte[] bytes) throws InputRejectedException {
        Charset charset = TextDecoding.of(bytes, bytes.length);
        boolean utf8 = charset.equals(StandardCharsets.UTF_8);
        if (utf8) {
            checkNotBinary(source, bytes);
        }
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        String text;
        try {
            text = decoder.decode(in).toString();
        } catch (CharacterCodingException e) {
            String where = e instanceof MalformedInputException ? " (bad byte at offset " + in.position() + ")" : "";
            throw new InputRejectedException(source, utf8
                    ? "file is not valid UTF-8" + where + "; convert it, e.g. iconv -f WINDOWS-1252 -t UTF-8"
                    : "file starts with a " + charset.name() + " byte-order mark but is not valid " + charset.name()
                            + where + "; save it again as UTF-8");
        }
        if (!utf8 && text.indexOf('\0') >= 0) {
            throw new InputRejectedException(source, "file is binary (it contains NUL characters), not a text article");
        }
        return text;
    }

    private static void checkNotBinary(String source, byte[] bytes) throws InputRejectedException {
        int controls = 0;
        int[] nulsAt = new int[2];
        for (int i = 0; i < bytes.length; i++) {
            byte b = bytes[i];
            if (b == 0) {
                nulsAt[i % 2]++;
            } else if (b > 0 && b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                controls++;
            }
        }
        if (nulsAt[0] + nulsAt[1] > 0) {
            throw new InputRejectedException(source, "file is binary (it contains NUL bytes), not a text article"
                    + utf16Hint(nulsAt, bytes.length));
        }
        if (controls > 0 && controls * 100L > bytes.length) {
            throw new InputRejectedException(source, "file is binary (" + controls + " control bytes), not a text article");
        }
    }

    /** English text in UTF-16 without a byte-order mark has a NUL in every other byte: say how to convert it. */
    private static String utf16Hint(int[] nulsAt, int length) {
        int half = length / 2;
        if (half > 0 && nulsAt[1] * 10L > half * 8L && nulsAt[0] * 10L < half) {
            return "; if it is UTF-16 text, convert it: iconv -f UTF-16LE -t UTF-8";
        }
        if (half > 0 && nulsAt[0] * 10L > half * 8L && nulsAt[1] * 10L < half) {
            return "; if it is UTF-16 text, convert it: iconv -f UTF-16BE -t UTF-8";
        }
        return "";
    }

    /** Drops a byte-order mark and turns CRLF and lone CR into LF. */
    static String normalise(String text) {
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        if (t.indexOf('\r') >= 0) {
            t = t.replace("\r\n", "\n").replace('\r', '\n');
        }
        return t;
    }

    static boolean looksLikeHtml(String text) {
        if (!HTML.matcher(text).find()) {
            return false;
        }
        var tags = TAG.matcher(text);
        int count = 0;
        while (tags.find() && count < HTML_TAGS_TO_REJECT) {
            count++;
        }
        return count >= HTML_TAGS_TO_REJECT;
    }

}
