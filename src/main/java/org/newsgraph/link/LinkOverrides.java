package org.newsgraph.link;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
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
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new LinkException("cannot read override file " + file + ": " + e.getMessage(), e);
        }
    }

    /** Parses override lines; {@code origin} names the file in messages. */
    public static LinkOverrides parse(String text, String origin) {
        Map<String, Override> byEntity = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String where = origin + ":" + (i + 1);
            String[] cols = line.split("\t", -1);
            if (cols.length != 3 || cols[2].isBlank()) {
                problems.add(where + ": expected 3 tab-separated columns (entity, Wikidata id or none, reason), got "
                        + cols.length + (cols.length == 3 ? " with an empty reason" : ""));
                continue;
            }
            String entity = entityIri(cols[0].strip());
            String qid = cols[1].strip();
            if (entity == null) {
                problems.add(where + ": '" + cols[0].strip() + "' is not entity:KEY or an absolute IRI");
            } else if (!qid.equals("none") && !LinkCandidate.isQid(qid)) {
                problems.add(where + ": '" + qid + "' is not a Wikidata id (Q followed by digits) or none");
            } else if (byEntity.containsKey(entity)) {
                problems.add(where + ": " + entity + " is overridden already at " + byEntity.get(entity).origin());
            } else {
                byEntity.put(entity, new Override(NodeFactory.createURI(entity), qid.equals("none") ? null : qid,
                        cols[2].strip(), where));
            }
        }
        if (!problems.isEmpty()) {
            throw new LinkException(problems.size() + " problem" + (problems.size() == 1 ? "" : "s")
                    + " in the link overrides; fix them and rerun:\n  " + String.join("\n  ", problems));
        }
        return new LinkOverrides(byEntity, origin);
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
