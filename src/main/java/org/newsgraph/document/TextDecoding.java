package org.newsgraph.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Which character encoding a text input uses: UTF-8, or UTF-16 when it starts with a UTF-16 byte-order
 * mark (Windows tools save text so). Decoding is strict: a malformed byte is an error, never a silent
 * replacement character.
 */
final class TextDecoding {

    private TextDecoding() {
    }

    /** The encoding the first bytes announce: UTF-16BE or UTF-16LE after their byte-order mark, else UTF-8. */
    static Charset of(byte[] start, int length) {
        if (length >= 2 && (start[0] & 0xFF) == 0xFE && (start[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        if (length >= 2 && (start[0] & 0xFF) == 0xFF && (start[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        return StandardCharsets.UTF_8;
    }

    /** A strict reader over a stream that supports mark/reset; a byte-order mark is skipped. */
    static Reader reader(InputStream in) throws IOException {
        in.mark(4);
        byte[] start = new byte[3];
        int n = in.readNBytes(start, 0, 3);
        Charset charset = of(start, n);
        in.reset();
        long bom = charset.equals(StandardCharsets.UTF_8)
                ? (n == 3 && (start[0] & 0xFF) == 0xEF && (start[1] & 0xFF) == 0xBB && (start[2] & 0xFF) == 0xBF ? 3 : 0)
                : 2;
        in.skipNBytes(bom);
        return new InputStreamReader(in, charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
    }
}
