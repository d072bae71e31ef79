package org.newsgraph.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The web page's queries ({@code web/views/*.rq}, listed in {@code web/views/index.txt}), read the way
 * the page reads them ({@code app/queries.js}): {@code prefixes.rq} in front, each line
 * {@code #?name ...} kept (without its marker) when {@code name} is given and dropped when not, and
 * each {@code $name} replaced by the SPARQL term given for it; {@code $limit} and {@code $offset}
 * default to 1000 and 0. The benchmark and the tests run exactly what the page sends.
 */
public final class PageQueries {
    private static final String DIR = "/web/views/";
    private static final Pattern PARAMETER = Pattern.compile("\\$([A-Za-z]\\w*)");
    private static final Pattern CONDITIONAL = Pattern.compile("(?m)^(\\s*)#\\?(\\w+) (.*)$");

    private final String prefixes;
    private final Map<String, String> templates;

    private PageQueries(String prefixes, Map<String, String> templates) {
        this.prefixes = prefixes;
        this.templates = templates;
    }

    /** The queries shipped with the page. */
    public static PageQueries shipped() {
        Map<String, String> templates = new LinkedHashMap<>();
        for (String line : read("index.txt").split("\n")) {
            String name = line.strip();
            if (!name.isEmpty() && !name.startsWith("#")) {
                templates.put(name, read(name + ".rq"));
            }
        }
        return new PageQueries(read("prefixes.rq"), templates);
    }

    /** The names of the page's queries, in the index's order. */
    public List<String> names() {
        return new ArrayList<>(templates.keySet());
    }

    /** The SPARQL the page sends for a query with these parameters (each a SPARQL term). */
    public String sparql(String name, Map<String, String> parameters) {
        String template = templates.get(name);
        if (template == null) {
            throw new IllegalArgumentException("no page query named " + name + "; the page's queries are " + names());
        }
        Map<String, String> given = new HashMap<>(Map.of("limit", "1000", "offset", "0"));
        given.putAll(parameters);
        template = CONDITIONAL.matcher(template).replaceAll(line -> given.containsKey(line.group(2))
                ? Matcher.quoteReplacement(line.group(1) + line.group(3)) : "");
        Matcher m = PARAMETER.matcher(template);
        StringBuilder filled = new StringBuilder(prefixes);
        int at = 0;
        while (m.find()) {
            filled.append(template, at, m.start()).append(given.getOrDefault(m.group(1), m.group()));
            at = m.end();
        }
        return filled.append(template.substring(at)).toString();
    }

    private static String read(String name) {
        try (InputStream in = PageQueries.class.getResourceAsStream(DIR + name)) {
            if (in == null) {
                throw new IllegalStateException(DIR + name + " is missing from the jar; rebuild with mvn package");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
