package org.newsgraph.store;

import java.io.OutputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.graph.GraphWrapper;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.Prefixes;
import org.apache.jena.system.Txn;
import org.newsgraph.rdf.Vocab;

/**
 * Writes the store as standard RDF. Turtle merges every document into one graph (the union); TriG,
 * N-Quads and JSON-LD keep the named graphs, so provenance survives the round trip.
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
        DatasetGraph dsg = store.datasetGraph();
        Txn.executeRead(dsg, () -> {
            if (format.keepsGraphs) {
                RDFWriter.source(withPrefixes(dsg)).format(format.rdfFormat).output(out);
            } else {
                RDFWriter.source(withPrefixes(dsg.getUnionGraph())).format(format.rdfFormat).output(out);
            }
        });
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
