package org.newsgraph.store;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.Prefixes;
import org.apache.jena.shared.CannotEncodeCharacterException;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.graph.GraphWrapper;
import org.newsgraph.rdf.Vocab;

/**
 * Writes the store as standard RDF. TriG, N-Quads and JSON-LD keep the named graphs, so provenance
 * survives the round trip; Turtle, N-Triples and RDF/XML, which hold one graph, merge every document
 * into the union. N-Quads come in a canonical order, byte for byte the same for the same articles in
 * any store.
 */
public final class RdfExporter {

    /** The export formats, by the names {@code --format} takes (the first is the canonical one). */
    public enum Format {
        TURTLE(RDFFormat.TURTLE_BLOCKS, false, "turtle", "ttl"),
        // Pretty TriG writes each graph once, as one block; TRIG_BLOCKS repeated a graph per block.
        TRIG(RDFFormat.TRIG_PRETTY, true, "trig"),
        NQUADS(RDFFormat.NQUADS_UTF8, true, "nquads", "nq"),
        JSONLD(RDFFormat.JSONLD_PRETTY, true, "jsonld", "json-ld"),
        NTRIPLES(RDFFormat.NTRIPLES_UTF8, false, "ntriples", "nt"),
        // The plain writer streams; the abbreviating one analyses the whole graph first.
        RDFXML(RDFFormat.RDFXML_PLAIN, false, "rdfxml", "rdf", "xml");

        final RDFFormat rdfFormat;
        final boolean keepsGraphs;
        private final List<String> names;

        Format(RDFFormat rdfFormat, boolean keepsGraphs, String... names) {
            this.rdfFormat = rdfFormat;
            this.keepsGraphs = keepsGraphs;
            this.names = List.of(names);
        }

        /** The name {@code --format} takes for it. */
        public String label() {
            return names.get(0);
        }

        /** Whether documents keep their own named graphs in this format. */
        public boolean keepsGraphs() {
            return keepsGraphs;
        }

        /** The RDF syntax, as Jena names it. */
        public Lang lang() {
            return rdfFormat.getLang();
        }

        /** The format a name or common file extension stands for ({@code turtle}, {@code ttl}, {@code nq}, ...). */
        public static Optional<Format> named(String name) {
            String n = name.toLowerCase(Locale.ROOT);
            return Arrays.stream(values()).filter(f -> f.names.contains(n)).findFirst();
        }

        /** The format Jena's file-extension mapping gives a file name ({@code kg.nq} is N-Quads), if any. */
        public static Optional<Format> forFileName(String fileName) {
            Lang lang = RDFLanguages.filenameToLang(fileName);
            return Arrays.stream(values()).filter(f -> f.lang().equals(lang)).findFirst();
        }

        /** Every canonical name, for messages: "turtle, trig, nquads, ...". */
        public static String labels() {
            return Arrays.stream(values()).map(Format::label).collect(Collectors.joining(", "));
        }
    }

    private final KnowledgeStore store;

    public RdfExporter(KnowledgeStore store) {
        this.store = store;
    }

    /**
     * Writes the whole store in {@code format}; {@code out} is flushed, not closed.
     *
     * @throws StoreException when the format cannot hold what the store holds (XML 1.0 forbids control
     *                        characters that article text may contain)
     */
    public void export(Format format, OutputStream out) {
        if (format == Format.NQUADS) {
            writeCanonicalNQuads(out);
            return;
        }
        try {
            store.read(dsg -> {
                if (format.keepsGraphs) {
                    RDFWriter.source(withPrefixes(dsg)).format(format.rdfFormat).output(out);
                } else {
                    RDFWriter.source(withPrefixes(dsg.getUnionGraph())).format(format.rdfFormat).output(out);
                }
                return null;
            });
        } catch (CannotEncodeCharacterException e) {
            throw new StoreException(String.format(Locale.ROOT, "%s cannot hold the character U+%04X that text in the"
                    + " store contains; export as %s instead", format.lang().getLabel(), (int) e.getBadChar(),
                    format.keepsGraphs ? "N-Quads" : "Turtle or N-Triples"), e);
        }
    }

    /**
     * N-Quads in one order whatever the store: graphs by IRI, each graph's lines sorted, so the same
     * articles give the same bytes from any fresh store. One graph is sorted at a time, in memory up to
     * a bound and on disk past it (see {@link SortedLines}).
     */
    private void writeCanonicalNQuads(OutputStream out) {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        try (SortedLines lines = new SortedLines()) {
            for (Node name : store.graphNames()) {
                String graph = " " + NodeFmtLib.strNT(name) + " .";
                store.read(dsg -> {
                    dsg.find(name, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> lines.add(
                            NodeFmtLib.strNT(q.getSubject()) + " " + NodeFmtLib.strNT(q.getPredicate()) + " "
                                    + NodeFmtLib.strNT(q.getObject()) + graph));
                    return null;
                });
                lines.writeTo(writer);
            }
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the export: " + e.getMessage(), e);
        }
    }

    private static Graph withPrefixes(Graph graph) {
        return new GraphWrapper(graph) {
            @Override
            public PrefixMapping getPrefixMapping() {
                return Vocab.prefixes();
            }
        };
    }

    private static DatasetGraph withPrefixes(DatasetGraph dsg) {
        PrefixMap prefixes = Prefixes.adapt(Vocab.prefixes());
        return new DatasetGraphWrapper(dsg) {
            @Override
            public PrefixMap prefixes() {
                return prefixes;
            }
        };
    }
}
