package org.newsgraph.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.util.FmtUtils;
import org.newsgraph.rdf.Vocab;

/**
 * The SPARQL that asks for candidates by name, and the reading of its answer. Written for the
 * Wikidata Query Service (labels as {@code rdfs:label}/{@code skos:altLabel} language strings,
 * classes through {@code wdt:P31/wdt:P279*}, coordinates as {@code wdt:P625} WKT), and plain
 * SPARQL 1.1, so the shipped extract answers it too.
 */
public final class CandidateQuery {
    private static final String PROLOGUE = """
            PREFIX wd:   <http://www.wikidata.org/entity/>
            PREFIX wdt:  <http://www.wikidata.org/prop/direct/>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            """;

    private CandidateQuery() {
    }

    /** The query for one batch of names. */
    public static String forNames(SortedSet<String> names) {
        if (names.isEmpty()) {
            throw new IllegalArgumentException("no names to look up");
        }
        StringBuilder values = new StringBuilder();
        for (String name : names) {
            values.append(" \"").append(FmtUtils.stringEsc(name)).append("\"@en");
        }
        StringBuilder classes = new StringBuilder();
        for (ItemKind k : ItemKind.values()) {
            k.classQids().stream().sorted(LinkCandidate::compareQids).forEach(q -> classes.append(" wd:").append(q));
        }
        return PROLOGUE + "SELECT ?name ?item ?label ?isLabel ?class ?country ?coord WHERE {\n"
                + "  VALUES ?name {" + values + " }\n"
                + "  VALUES ?class {" + classes + " }\n"
                + "  ?item rdfs:label|skos:altLabel ?name .\n"
                + "  ?item wdt:P31/wdt:P279* ?class .\n"
                + "  BIND(EXISTS { ?item rdfs:label ?name } AS ?isLabel)\n"
                + "  OPTIONAL { ?item rdfs:label ?label . FILTER(LANG(?label) = \"en\") }\n"
                + "  OPTIONAL { ?item wdt:P17 ?country }\n"
                + "  OPTIONAL { ?item wdt:P625 ?coord }\n"
                + "}";
    }

    /** Reads the answer: one candidate per (name, item), rows of other shapes ignored; sorted by name, then id. */
    public static List<LinkCandidate> read(ResultSet rows, String source) {
        Map<String, Builder> byKey = new LinkedHashMap<>();
        while (rows.hasNext()) {
            QuerySolution row = rows.next();
            String name = literal(row.get("name"));
            String qid = qid(row.get("item"));
            if (name == null || qid == null) {
                continue;
            }
            Builder b = byKey.computeIfAbsent(name + "\t" + qid, k -> new Builder(qid, name));
            String label = literal(row.get("label"));
            if (label != null && (b.label == null || label.compareTo(b.label) < 0)) {
                b.label = label;
            }
            RDFNode isLabel = row.get("isLabel");
            b.matchedItemLabel |= isLabel != null && isLabel.isLiteral() && isLabel.asLiteral().getBoolean();
            String cls = qid(row.get("class"));
            if (cls != null) {
                ItemKind.ofClass(cls).ifPresent(b.kinds::add);
            }
            String country = qid(row.get("country"));
            if (country != null) {
                b.countries.add(country);
            }
            String coord = literal(row.get("coord"));
            if (coord != null && b.coordinates == null) {
                b.coordinates = Coordinates.fromWkt(coord).orElse(null);
            }
        }
        List<LinkCandidate> out = new ArrayList<>();
        for (Builder b : byKey.values()) {
            out.add(new LinkCandidate(b.qid, b.label == null ? b.name : b.label, b.name, b.matchedItemLabel, b.kinds,
                    b.countries, b.coordinates, source));
        }
        out.sort(Comparator.comparing(LinkCandidate::matchedName)
                .thenComparing(LinkCandidate::qid, LinkCandidate::compareQids));
        return out;
    }

    private static String literal(RDFNode n) {
        return n != null && n.isLiteral() ? n.asLiteral().getLexicalForm() : null;
    }

    private static String qid(RDFNode n) {
        if (n == null || !n.isURIResource() || !n.asResource().getURI().startsWith(Vocab.WIKIDATA_ENTITY)) {
            return null;
        }
        String id = n.asResource().getURI().substring(Vocab.WIKIDATA_ENTITY.length());
        return LinkCandidate.isQid(id) ? id : null;
    }

    private static final class Builder {
        final String qid;
        final String name;
        String label;
        boolean matchedItemLabel;
        final Set<ItemKind> kinds = EnumSet.noneOf(ItemKind.class);
        final SortedSet<String> countries = new TreeSet<>();
        Coordinates coordinates;

        Builder(String qid, String name) {
            this.qid = qid;
            this.name = name;
        }
    }
}
