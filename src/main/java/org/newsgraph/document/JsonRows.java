package org.newsgraph.document;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * JSON Lines (one object per line) and JSON (an array of objects) rows, parsed with Gson. A value that
 * is a string, number or boolean is read as text, a list of them is joined with ", " (several
 * authors), and null is no value; a nested object is a problem of its row.
 */
final class JsonRows extends RawRows {

    private static final Pattern GSON_LINE = Pattern.compile("line (\\d+)");

    private final BufferedReader lines;
    private final JsonReader array;
    private long line;

    private JsonRows(BufferedReader lines, JsonReader array) {
        this.lines = lines;
        this.array = array;
    }

    static JsonRows lines(Reader in) {
        return new JsonRows(new BufferedReader(in), null);
    }

    static JsonRows array(Reader in) {
        return new JsonRows(null, new JsonReader(in));
    }

    @Override
    protected RawRows.Raw fetch() {
        return array != null ? fetchFromArray() : fetchLine();
    }

    private RawRows.Raw fetchLine() {
        String text;
        try {
            do {
                text = lines.readLine();
                line++;
            } while (text != null && text.isBlank());
        } catch (IOException e) {
            stop();
            return RawRows.Raw.bad(line, "cannot read further (" + e.getMessage() + ")");
        }
        if (text == null) {
            return null;
        }
        try {
            return row(line, JsonParser.parseString(text));
        } catch (JsonParseException e) {
            // Each line is parsed on its own, so Gson's "line 1" is this line.
            return RawRows.Raw.bad(line, "is not a JSON object (" + reason(e).replace(" at line 1 column ", " at column ")
                    + "); write one object per line");
        }
    }

    private RawRows.Raw fetchFromArray() {
        try {
            if (line == 0) {
                if (array.peek() != JsonToken.BEGIN_ARRAY) {
                    stop();
                    return RawRows.Raw.bad(1, "is not a JSON array; give an array of objects, one per article, "
                            + "or one object per line in a .jsonl file");
                }
                array.beginArray();
            }
            line = Math.max(1, lineOf(array));
            if (!array.hasNext()) {
                return null;
            }
            return row(line, JsonParser.parseReader(array));
        } catch (IOException | JsonParseException e) {
            // A syntax error inside the array leaves no way to find where the next object starts.
            stop();
            return RawRows.Raw.bad(Math.max(line, lineOf(array)), "cannot read further (" + reason(e) + ")");
        }
    }

    private static long lineOf(JsonReader reader) {
        Matcher m = GSON_LINE.matcher(reader.toString());
        return m.find() ? Long.parseLong(m.group(1)) : 0;
    }

    /** Gson's message without its advice to parse leniently and its link: "malformed JSON at line 1 column 6". */
    private static String reason(Exception e) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        String message = String.valueOf(cause.getMessage());
        int see = message.indexOf("\nSee ");
        message = see > 0 ? message.substring(0, see) : message;
        return message.replace("Use JsonReader.setStrictness(Strictness.LENIENT) to accept malformed JSON", "malformed JSON")
                .replaceAll(" path \\S+$", "").replaceAll("\\s+", " ").strip();
    }

    private static RawRows.Raw row(long line, JsonElement element) {
        if (!element.isJsonObject()) {
            return RawRows.Raw.bad(line, "is a JSON " + kind(element) + ", not an object; give one object per article");
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (Map.Entry<String, JsonElement> member : element.getAsJsonObject().entrySet()) {
            JsonElement value = member.getValue();
            if (value.isJsonNull()) {
                continue;
            }
            String text = text(value);
            if (text == null) {
                return RawRows.Raw.bad(line, "field \"" + member.getKey() + "\" holds a JSON " + kind(value)
                        + "; give text, a number or a list of them");
            }
            values.put(member.getKey(), text);
        }
        return new RawRows.Raw(line, values, null);
    }

    /** A primitive as text, a list of primitives joined with ", ", anything else null. */
    private static String text(JsonElement value) {
        if (value.isJsonPrimitive()) {
            return value.getAsString();
        }
        if (value.isJsonArray()) {
            List<String> parts = new ArrayList<>();
            for (JsonElement e : value.getAsJsonArray()) {
                if (!e.isJsonPrimitive()) {
                    return null;
                }
                parts.add(e.getAsString());
            }
            return String.join(", ", parts);
        }
        return null;
    }

    private static String kind(JsonElement e) {
        if (e instanceof JsonObject) {
            return "object";
        }
        return e.isJsonArray() ? "array" : e.isJsonNull() ? "null" : "value";
    }

    @Override
    public void close() throws IOException {
        if (array != null) {
            array.close();
        } else {
            lines.close();
        }
    }
}
