package org.newsgraph.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.sparql.syntax.ElementService;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.apache.jena.query.Syntax;
import org.newsgraph.rdf.Vocab;

/**
 * The named queries in {@code queries/} and the rules for turning a user's QUERY argument into
 * SPARQL: a {@code .rq} file, the name of a shipped query, or SPARQL text. Each shipped query opens
 * with {@code #} comment lines that say what it asks.
 */
public final class QueryLibrary {

    /** A shipped query: its name (file name without .rq), what it asks, and its text. */
    public record NamedQuery(String name, String description, String sparql) {
        /** Whether it asks another endpoint ({@code SERVICE}), and so needs network to run. */
        public boolean needsNetwork() {
            return !services(parse(sparql)).isEmpty();
        }
    }

    /** The endpoints a query's {@code SERVICE} clauses name, in order, each once. */
    public static List<String> services(Query query) {
        Set<String> services = new LinkedHashSet<>();
        ElementWalker.walk(query.getQueryPattern(), new ElementVisitorBase() {
            @Override
            public void visit(ElementService el) {
                services.add(el.getServiceNode().isURI() ? el.getServiceNode().getURI() : el.getServiceNode().toString());
            }
        });
        return List.copyOf(services);
    }

    private static final String RESOURCE_DIR = "/queries/";
    private static final String INDEX = RESOURCE_DIR + "index.txt";
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]*");
    /* The shapes of JavaCC's messages, e.g. 'Encountered " "}" "} "" at line 1, column 25. Was expecting one of: ...' */
    private static final Pattern AT = Pattern.compile("at line (\\d+), column (\\d+)");
    private static final Pattern ENCOUNTERED_TOKEN = Pattern.compile("Encountered \" \\S+ \"(.*?) \"\" at line");
    private static final Pattern LEXICAL = Pattern.compile("Lexical error at line \\d+, column \\d+\\. (.*)");
    private static final Pattern EXPECTED_TOKEN = Pattern.compile("(<[A-Za-z_0-9]+>|\"[^\"]+\") \\.\\.\\.");
    private static final int EXPECTED_SHOWN = 4;

    private final TreeMap<String, NamedQuery> queries = new TreeMap<>();

    private QueryLibrary() {
    }

    /** The queries shipped in the jar (from {@code queries/} at build time). */
    public static QueryLibrary shipped() {
        QueryLibrary library = new QueryLibrary();
        for (String name : readIndex()) {
            library.add(name, resource(RESOURCE_DIR + name + ".rq"));
        }
        return library;
    }

    private static List<String> readIndex() {
        String index = resource(INDEX);
        List<String> names = new ArrayList<>();
        for (String line : index.split("\n")) {
            String name = line.strip();
            if (!name.isEmpty() && !name.startsWith("#")) {
                names.add(name.endsWith(".rq") ? name.substring(0, name.length() - 3) : name);
            }
        }
        return names;
    }

    /** A text file from the jar, by absolute classpath path. */
    static String resource(String path) {
        try (InputStream in = QueryLibrary.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is missing from the jar; rebuild with mvn package");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void add(String name, String sparql) {
        queries.put(name, new NamedQuery(name, description(sparql), sparql));
    }

    /** The leading comment lines, joined. */
    static String description(String sparql) {
        StringBuilder b = new StringBuilder();
        for (String line : sparql.split("\n")) {
            String t = line.strip();
            if (!t.startsWith("#")) {
                break;
            }
            String text = t.replaceFirst("^#+\\s?", "");
            if (!text.isEmpty()) {
                b.append(b.length() == 0 ? "" : " ").append(text);
            }
        }
        return b.toString();
    }

    public List<NamedQuery> all() {
        return List.copyOf(queries.values());
    }

    public Optional<NamedQuery> byName(String name) {
        return Optional.ofNullable(queries.get(name));
    }

    /**
     * Resolves QUERY: an existing file is read; a bare name is looked up in {@code ./queries/} and then
     * in the shipped queries, and so is {@code NAME.rq} or {@code queries/NAME.rq} when no such file is
     * here; anything else is SPARQL text.
     */
    public String resolve(String query) {
        Path file = Path.of(query.length() < 4096 && !query.contains("\n") ? query : ".");
        if (query.toLowerCase(Locale.ROOT).endsWith(".rq") || (Files.isRegularFile(file) && !query.isBlank())) {
            if (!Files.isRegularFile(file)) {
                return shippedFileName(file).map(NamedQuery::sparql).orElseThrow(() -> new QueryException(
                        "query file " + query + " does not exist; the named queries are: " + names()));
            }
            try {
                return Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new QueryException("cannot read query file " + query + ": " + e.getMessage());
            }
        }
        if (NAME.matcher(query).matches()) {
            Path local = Path.of("queries", query + ".rq");
            if (Files.isRegularFile(local)) {
                try {
                    return Files.readString(local, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new QueryException("cannot read " + local + ": " + e.getMessage());
                }
            }
            NamedQuery named = queries.get(query);
            if (named != null) {
                return named.sparql();
            }
            throw new QueryException("no query named '" + query + "'; the named queries are: " + names());
        }
        return query;
    }

    /** The shipped query a missing {@code NAME.rq} or {@code queries/NAME.rq} stands for, as in the jar. */
    private Optional<NamedQuery> shippedFileName(Path file) {
        Path dir = file.getParent();
        String name = file.getFileName().toString();
        if (dir != null && !dir.toString().equals("queries") || !name.endsWith(".rq")) {
            return Optional.empty();
        }
        return byName(name.substring(0, name.length() - ".rq".length()));
    }

    private String names() {
        return String.join(", ", queries.keySet());
    }

    /**
     * Parses SPARQL with the prefixes of {@link Vocab#prefixes()} predefined (ng:, rdfs:, dct: ...); a
     * syntax error names the line and column.
     */
    public static Query parse(String sparql) {
        Query query = new Query();
        query.getPrefixMapping().setNsPrefixes(Vocab.prefixes());
        try {
            return QueryFactory.parse(query, sparql, null, Syntax.syntaxARQ);
        } catch (QueryParseException e) {
            throw new QueryException("malformed SPARQL query: " + describe(e));
        }
    }

    /** The parser's message on one line: where, what it met, and the first few things it would accept. */
    public static String describe(QueryParseException e) {
        String message = String.valueOf(e.getMessage()).replaceAll("\\s+", " ").strip();
        int line = e.getLine();
        int column = e.getColumn();
        // JavaCC reports where the bad token starts; the exception's own position is where it gave up.
        Matcher at = AT.matcher(message);
        if (at.find()) {
            line = Integer.parseInt(at.group(1));
            column = Integer.parseInt(at.group(2));
        }
        String detail;
        Matcher token = ENCOUNTERED_TOKEN.matcher(message);
        Matcher lexical = LEXICAL.matcher(message);
        if (message.startsWith("Encountered \"<EOF>\"")) {
            detail = "the query ends too early";
        } else if (token.lookingAt()) {
            detail = "unexpected \"" + token.group(1).strip() + "\"";
        } else if (lexical.lookingAt()) {
            detail = "cannot read the text: " + lexical.group(1);
        } else {
            detail = message.replaceFirst("^(?i)line -?\\d+, column -?\\d+: ", "");
        }
        int expecting = message.indexOf("Was expecting");
        if (expecting >= 0) {
            List<String> expected = new ArrayList<>();
            Matcher option = EXPECTED_TOKEN.matcher(message.substring(expecting));
            while (option.find() && expected.size() < EXPECTED_SHOWN) {
                expected.add(option.group(1));
            }
            detail += "; expected " + String.join(", ", expected) + " or more";
        }
        return (line > 0 ? "line " + line + ", column " + column + ": " : "") + detail;
    }
}
