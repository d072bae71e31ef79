package org.newsgraph.link;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIs;
import org.newsgraph.rdf.Iris;

/**
 * The reviewed corrections in {@code ontology/link-overrides.tsv}; each wins over the linker. One
 * line per entity, tab-separated: the entity ({@code entity:KEY} or a full IRI), a Wikidata id or
 * {@code none} (never link it), and the reviewer's reason. {@code #} starts a comment line.
 */
public final class LinkOverrides {
    /** Where the file lives in a checkout, and in the jar. */
    public static final String FILE = "ontology/link-overrides.tsv";

    /**
     * One correction.
     *
     * @param qid    the item to link to, or null for "never link"
     * @param origin file and line, for decisions and messages
     */
    public record Override(Node entity, String qid, String reason, String origin) {
    }

    private final Map<String, Override> byEntity;
    private final String origin;

    private LinkOverrides(Map<String, Override> byEntity, String origin) {
        this.byEntity = Collections.unmodifiableMap(byEntity);
        this.origin = origin;
    }

    /** No overrides. */
    public static LinkOverrides none() {
        return new LinkOverrides(new TreeMap<>(), "(none)");
    }

    /**
     * The overrides a run uses: {@code ontology/link-overrides.tsv} under the working directory when
     * there is one (a checkout being reviewed), else the copy shipped in the jar.
     */
    public static LinkOverrides standard() {
        Path local = Path.of(FILE);
        if (Files.isRegularFile(local)) {
            return read(local);
        }
        try (InputStream in = LinkOverrides.class.getResourceAsStream("/" + FILE)) {
            if (in == null) {
                return none();
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), FILE + " (in the jar)");
        } catch (IOException e) {
            throw new LinkException("cannot read " + FILE + " from the jar: " + e.getMessage(), e);
        }
    }

    /** Reads an override file; every problem in it is reported at once. */
    public static LinkOverrides read(Path file) {
        if (!Files.exists(file)) {
            throw new LinkException("override file " + file + " does not exist; give --overrides an existing file"
                    + " (the shipped one is " + FILE + ")");
        }
        if (Files.isDirectory(file)) {
            throw new LinkException("override file " + file + " is a directory; give --overrides a .tsv file");
        }
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new LinkException("cannot read override file " + file + ": " + (Files.isReadable(file)
                    ? e.getMessage() : "permission denied"), e);
        }
    }

    /** Tab-separated, {@code #} comments, no quoting: a reason may hold any character but a tab. */
    private static final CSVFormat TSV = CSVFormat.Builder.create().setDelimiter('\t').setQuote(null)
            .setCommentMarker('#').setIgnoreEmptyLines(true).setTrim(false).get();

    /** Parses override lines; {@code origin} names the file in messages. */
    public static LinkOverrides parse(String text, String origin) {
        Map<String, Override> byEntity = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        try (CSVParser rows = CSVParser.parse(text, TSV)) {
            for (CSVRecord row : rows) {
                String where = origin + ":" + rows.getCurrentLineNumber();
                if (row.size() == 1 && row.get(0).isBlank()) {
                    continue;
                }
                String problem = add(row.values(), where, byEntity);
                if (problem != null) {
                    problems.add(where + ": " + problem);
                }
            }
        } catch (IOException | UncheckedIOException e) {
            throw new LinkException("cannot read the link overrides in " + origin + ": " + e.getMessage(), e);
        }
        if (!problems.isEmpty()) {
            throw new LinkException(problems.size() + " problem" + (problems.size() == 1 ? "" : "s")
                    + " in the link overrides; fix them and rerun:\n  " + String.join("\n  ", problems));
        }
        return new LinkOverrides(byEntity, origin);
    }

    /** Adds one line's override; returns what is wrong with it instead, if anything. */
    private static String add(String[] cols, String where, Map<String, Override> byEntity) {
        if (cols.length != 3 || cols[2].isBlank()) {
            return "expected 3 tab-separated columns (entity, Wikidata id or none, reason), got " + cols.length
                    + (cols.length == 3 ? " with an empty reason" : "");
        }
        String entity = entityIri(cols[0].strip());
        String qid = cols[1].strip();
        if (entity == null) {
            return "'" + cols[0].strip() + "' is not entity:KEY or an absolute IRI";
        }
        if (!qid.equals("none") && !LinkCandidate.isQid(qid)) {
            return "'" + qid + "' is not a Wikidata id (Q followed by digits) or none";
        }
        if (byEntity.containsKey(entity)) {
            return entity + " is overridden already at " + byEntity.get(entity).origin();
        }
        byEntity.put(entity, new Override(NodeFactory.createURI(entity), qid.equals("none") ? null : qid,
                cols[2].strip(), where));
        return null;
    }

    private static String entityIri(String s) {
        String iri = s.startsWith("entity:") ? Iris.ENTITY + s.substring("entity:".length()) : s;
        try {
            IRIs.checkEx(iri);
        } catch (RuntimeException e) {
            return null;
        }
        return iri.contains(":") && !iri.endsWith("/") ? iri : null;
    }

    /** Every override, by entity IRI. */
    public Collection<Override> all() {
        return byEntity.values();
    }

    public Optional<Override> forEntity(Node entity) {
        return Optional.ofNullable(byEntity.get(entity.getURI()));
    }

    public int size() {
        return byEntity.size();
    }

    /** The file the overrides were read from. */
    public String origin() {
        return origin;
    }
}
