package org.newsgraph.cli;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.apache.jena.query.Query;
import org.newsgraph.store.KnowledgeStore;
import org.newsgraph.store.QueryLibrary;
import org.newsgraph.store.ResultFormat;
import org.newsgraph.store.SparqlRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "query",
        header = "Runs a SPARQL query, a named query or a .rq file.",
        description = {
            "Runs a SPARQL query over the store. The default graph is the union of all documents;",
            "GRAPH ?doc { ... } reaches one article's graph (its name is the document IRI).",
            "QUERY is a .rq file, the name of a query in queries/, or SPARQL text.",
            "Prefixes ng:, rdfs:, skos:, owl:, dct:, doc:, entity: and wd: are predefined."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  newsgraph query --list",
            "  newsgraph query who-backs-whom",
            "  newsgraph query --format csv queries/documents.rq",
            "  newsgraph query 'SELECT ?label { ?e a ng:Person ; rdfs:label ?label }'"
        },
        mixinStandardHelpOptions = true)
final class QueryCommand implements Callable<Integer> {

    @Mixin
    StoreOptions storeOptions;

    @Parameters(arity = "0..1", paramLabel = "QUERY", description = "a .rq file, a query name, or SPARQL text")
    String query;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table, csv, tsv or json (default: ${DEFAULT-VALUE}); CONSTRUCT prints Turtle (json: JSON-LD)")
    ResultFormat format;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60",
            description = "stop the query after this many seconds (default: ${DEFAULT-VALUE})")
    long timeoutSeconds;

    @Option(names = "--list", description = "list the named queries and what each asks")
    boolean list;

    @Spec
    CommandSpec spec;

    @ParentCommand
    Main main;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        QueryLibrary library = QueryLibrary.shipped();
        if (list) {
            for (QueryLibrary.NamedQuery q : library.all()) {
                out.printf("%-28s %s%n", q.name(), q.description());
            }
            return 0;
        }
        if (query == null) {
            throw new UserError("give a QUERY (a .rq file, a query name or SPARQL text), or --list to see the named queries");
        }
        if (timeoutSeconds <= 0) {
            throw new ParameterException(spec.commandLine(),
                    "--timeout must be a positive number of seconds, got " + timeoutSeconds);
        }
        Query parsed = QueryLibrary.parse(library.resolve(query));
        try (KnowledgeStore store = storeOptions.open(false)) {
            out.flush();
            OutputStream stdout = new NonClosing(main.stdout());
            new SparqlRunner(store).run(parsed, format, Duration.ofSeconds(timeoutSeconds), stdout);
        }
        return 0;
    }
}
