package org.newsgraph.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newsgraph.store.KnowledgeStore;
import org.newsgraph.store.RdfExporter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "export",
        header = "Writes the store as Turtle, TriG, N-Quads or JSON-LD.",
        description = {
            "Writes the whole store as RDF. Turtle merges all documents into one graph;",
            "TriG, N-Quads and JSON-LD keep each document's named graph."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  newsgraph export --format nquads -o kg.nq",
            "  python3 ../shared/eval/score.py --graph kg.nq --gold ../shared/eval/dev/seeds.gold.tsv",
            "  newsgraph export --format turtle > kg.ttl"
        },
        mixinStandardHelpOptions = true)
final class ExportCommand implements Callable<Integer> {

    @Mixin
    StoreOptions storeOptions;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "turtle", converter = FormatConverter.class,
            description = "turtle, trig, nquads or jsonld (default: ${DEFAULT-VALUE})")
    RdfExporter.Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "write to FILE instead of standard output")
    Path output;

    @ParentCommand
    Main main;

    @Override
    public Integer call() throws IOException {
        RdfExporter.Format rdfFormat = format;
        try (KnowledgeStore store = storeOptions.open(false)) {
            RdfExporter exporter = new RdfExporter(store);
            if (output == null) {
                exporter.export(rdfFormat, new NonClosing(main.stdout()));
                main.stdout().flush();
                return 0;
            }
            // Write beside the target and move into place, so a failed export never leaves half a file.
            Path dir = output.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path partial = Files.createTempFile(dir, output.getFileName().toString(), ".partial");
            try {
                try (OutputStream out = Files.newOutputStream(partial)) {
                    exporter.export(rdfFormat, out);
                }
                Files.move(partial, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(partial);
            }
        }
        return 0;
    }

    /** Reads a format name; ttl and nq are accepted as the file extensions people type. */
    static final class FormatConverter implements CommandLine.ITypeConverter<RdfExporter.Format> {
        @Override
        public RdfExporter.Format convert(String value) {
            return switch (value.toLowerCase(Locale.ROOT).replace("-", "")) {
                case "turtle", "ttl" -> RdfExporter.Format.TURTLE;
                case "trig" -> RdfExporter.Format.TRIG;
                case "nquads", "nq" -> RdfExporter.Format.NQUADS;
                case "jsonld" -> RdfExporter.Format.JSONLD;
                default -> throw new CommandLine.TypeConversionException(
                        "unknown format '" + value + "'; use turtle, trig, nquads or jsonld");
            };
        }
    }
}
