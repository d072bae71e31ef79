package org.newsgraph.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.newsgraph.link.ExtractLinker;
import org.newsgraph.link.LinkException;
import org.newsgraph.link.LinkOverrides;
import org.newsgraph.link.LinkReport;
import org.newsgraph.link.Linking;
import org.newsgraph.link.SparqlEndpointLinker;
import org.newsgraph.store.KnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "link",
        header = "Links the store's actors and places to Wikidata.",
        description = {
            "Links entities without a Wikidata id (owl:sameAs) by name: against the",
            "Wikidata extract shipped in the jar, and with --endpoint also against a",
            "live SPARQL endpoint speaking the Wikidata Query Service protocol. The",
            "choice weighs kind (a place never links to a person), country and",
            "co-mentioned entities. Every decision, with score and alternatives, goes",
            "to graph <https://w3id.org/newsgraph/graph/links> for review (newsgraph",
            "query link-decisions); ontology/link-overrides.tsv wins over the linker.",
            "Endpoint answers are cached in the store; a failing endpoint falls back",
            "to the extract. Ingest runs the offline linker by itself."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  newsgraph link",
            "  newsgraph link --endpoint https://query.wikidata.org/sparql",
            "  newsgraph link --overrides my-overrides.tsv --store /tmp/kg"
        },
        mixinStandardHelpOptions = true)
final class LinkCommand implements Callable<Integer> {

    @Mixin
    StoreOptions storeOptions;

    @Option(names = "--endpoint", paramLabel = "URL",
            description = "also ask this SPARQL endpoint (needs network)")
    String endpoint;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "longest wait for each endpoint answer (default: ${DEFAULT-VALUE})")
    long timeoutSeconds;

    @Option(names = "--refresh", description = "forget cached endpoint answers and ask again")
    boolean refresh;

    @Option(names = "--overrides", paramLabel = "FILE",
            description = "override file (default: " + LinkOverrides.FILE + " here, else the one in the jar)")
    Path overridesFile;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (timeoutSeconds <= 0) {
            throw new UserError("--timeout must be a positive number of seconds, got " + timeoutSeconds);
        }
        SparqlEndpointLinker live = endpoint == null ? null : new SparqlEndpointLinker(
                SparqlEndpointLinker.Settings.of(endpointUri(endpoint)).withTimeout(Duration.ofSeconds(timeoutSeconds)));
        LinkOverrides overrides = overrides(overridesFile);
        LinkReport report;
        try (KnowledgeStore store = storeOptions.open(false)) {
            report = new Linking(ExtractLinker.shipped(), live, overrides, w -> err.println("warning: " + w))
                    .run(store, refresh);
        }
        out.println(report.summary());
        out.println("review: newsgraph query link-decisions; correct: " + LinkOverrides.FILE);
        return 0;
    }

    static LinkOverrides overrides(Path file) {
        try {
            return file == null ? LinkOverrides.standard() : LinkOverrides.read(file);
        } catch (LinkException e) {
            throw new UserError(e.getMessage());
        }
    }

    private static URI endpointUri(String url) {
        try {
            URI uri = new URI(url);
            SparqlEndpointLinker.Settings.of(uri);
            return uri;
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new UserError("--endpoint '" + url + "' is not an http or https URL, e.g. https://query.wikidata.org/sparql");
        }
    }
}
