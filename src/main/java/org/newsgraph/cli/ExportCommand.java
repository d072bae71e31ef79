package org.newsgraph.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.newsgraph.store.KnowledgeStore;
import org.newsgraph.store.RdfExporter;
import org.newsgraph.store.RdfExporter.Format;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "export",
        header = "Writes the store as Turtle, TriG, N-Quads, JSON-LD, N-Triples or RDF/XML.",
        description = {
            "Writes the whole store as RDF. TriG, N-Quads and JSON-LD keep each document's named graph;",
            "Turtle, N-Triples and RDF/XML merge all documents into one graph.",
            "With -o, the format follows the file's extension (.ttl, .trig, .nq, .jsonld, .nt, .rdf)",
            "unless --format names it; a --format that contradicts the extension is refused."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  newsgraph export -o kg.nq",
            "  python3 ../shared/eval/score.py --graph kg.nq --gold ../shared/eval/dev/seeds.gold.tsv",
            "  newsgraph export --format turtle > kg.ttl"
        },
        mixinStandardHelpOptions = true)
final class ExportCommand implements Callable<Integer> {

    @Mixin
    StoreOptions storeOptions;

    @Option(names = "--format", paramLabel = "FORMAT", converter = FormatConverter.class,
            description = "turtle, trig, nquads, jsonld, ntriples or rdfxml (default: from the -o file's extension; "
                    + "turtle on standard output)")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "write to FILE instead of standard output")
    Path output;

    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Format chosen = chooseFormat();
        try (KnowledgeStore store = storeOptions.openExisting()) {
            RdfExporter exporter = new RdfExporter(store);
            if (output == null) {
                exporter.export(chosen, new NonClosing(main.stdout()));
                main.stdout().flush();
            } else {
                writeAtomically(exporter, chosen);
            }
        }
        return 0;
    }

    /** --format, else what the file's extension says, else Turtle on standard output. */
    private Format chooseFormat() {
        if (output == null) {
            return format == null ? Format.TURTLE : format;
        }
        String name = output.getFileName().toString();
        Format byExtension = Format.forFileName(name).orElse(null);
        if (format != null && byExtension != null && format != byExtension) {
            throw new ParameterException(spec.commandLine(), "--format " + format.label() + " contradicts the file name "
                    + name + ", which Jena reads as " + byExtension.lang().getLabel() + "; drop --format or rename the file");
        }
        if (format == null && byExtension == null) {
            throw new ParameterException(spec.commandLine(), "cannot tell the RDF format from the file name " + name
                    + "; give --format (" + Format.labels() + ") or an extension such as .ttl or .nq");
        }
        return format != null ? format : byExtension;
    }

    /**
     * Writes beside the target and moves into place, so a failed export never leaves half a file. The
     * file is created as any other (its permissions follow the umask), not as a private temporary file.
     */
    private void writeAtomically(RdfExporter exporter, Format chosen) {
        Path target = output.toAbsolutePath();
        Path partial = target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".partial");
        try {
            Files.createDirectories(target.getParent());
            try (OutputStream out = Files.newOutputStream(partial, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                exporter.export(chosen, out);
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UserError("cannot write " + output + ": " + reason(e));
        } catch (UncheckedIOException e) {
            throw new UserError("cannot write " + output + ": " + reason(e.getCause()));
        } finally {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException e) {
                // Nothing was moved into place; a leftover .partial file is all that remains.
            }
        }
    }

    /** What went wrong with a file, in words: NIO's messages are often just the path. */
    static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return String.valueOf(e.getMessage());
    }

    /** Reads a format name; ttl, nq and nt are accepted as the file extensions people type. */
    static final class FormatConverter implements CommandLine.ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            return Format.named(value).orElseThrow(() -> new CommandLine.TypeConversionException(
                    "unknown format '" + value + "'; use " + Format.labels()));
        }
    }
}
