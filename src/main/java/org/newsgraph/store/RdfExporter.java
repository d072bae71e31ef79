package org.newsgraph.store;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.graph.GraphWrapper;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.Prefixes;
import org.newsgraph.rdf.Vocab;

/**
 * Writes the store as standard RDF. Turtle merges every document into one graph (the union); TriG,
 * N-Quads and JSON-LD keep the named graphs, so provenance survives the round trip. N-Quads come in
 * a canonical order, byte for byte the same for the same articles in any store.
 */
public final class RdfExporter {

    public enum Format {
        TURTLE(RDFFormat.TURTLE_BLOCKS, false),
        TRIG(RDFFormat.TRIG_BLOCKS, true),
        NQUADS(RDFFormat.NQUADS_UTF8, true),
        JSONLD(RDFFormat.JSONLD11_PRETTY, true);

        final RDFFormat rdfFormat;
        final boolean keepsGraphs;

        Format(RDFFormat rdfFormat, boolean keepsGraphs) {
            this.rdfFormat = rdfFormat;
            this.keepsGraphs = keepsGraphs;
        }
    }

    private final KnowledgeStore store;

    public RdfExporter(KnowledgeStore store) {
        this.store = store;
    }

    public void export(Format format, OutputStream out) {
        if (format == Format.NQUADS) {
            writeCanonicalNQuads(out);
            return;
        }
        store.read(dsg -> {
            if (format.keepsGraphs) {
                RDFWriter.source(withPrefixes(dsg)).format(format.rdfFormat).output(out);
            } else {
                RDFWriter.source(withPrefixes(dsg.getUnionGraph())).format(format.rdfFormat).output(out);
            }
            return null;
        });
    }

    /**
     * N-Quads in one order whatever the store: graphs by IRI, each graph's lines sorted, so the same
     * articles give the same bytes from any fresh store. One graph (an article: a few hundred quads)
     * is held at a time.
     */
    private void writeCanonicalNQuads(OutputStream out) {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        try {
            for (Node name : store.graphNames()) {
                String graph = " " + NodeFmtLib.strNT(name) + " .\n";
                List<String> lines = new ArrayList<>();
                store.graph(name).find().forEach(t -> lines.add(NodeFmtLib.strNT(t.getSubject()) + " "
                        + NodeFmtLib.strNT(t.getPredicate()) + " " + NodeFmtLib.strNT(t.getObject()) + graph));
                lines.sort(null);
                for (String line : lines) {
                    writer.write(line);
                }
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
