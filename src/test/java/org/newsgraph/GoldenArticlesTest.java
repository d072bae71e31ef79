package org.newsgraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsgraph.claim.Attribution;
import org.newsgraph.document.InputRejectedException;
import org.newsgraph.document.PlainTextReader;
import org.newsgraph.entity.Entity;
import org.newsgraph.pipeline.ArticleResult;
import org.newsgraph.rdf.NG;
import org.newsgraph.rdf.Vocab;
import org.newsgraph.relation.Control;
import org.newsgraph.relation.Relation;

/**
 * Whole articles against reviewed golden files in {@code src/test/resources/golden/}: a listing of every
 * entity, relation, place control and attributed statement extraction produces ({@code NAME.tsv}, easy to
 * diff), and the article's whole graph ({@code NAME.ttl}, compared by isomorphism), so any change in what
 * a rule reads shows up as a diff to review. After a deliberate change, regenerate with
 * {@code mvn test -Dtest=GoldenArticlesTest -Dnewsgraph.golden.update=true} and review the diff.
 */
class GoldenArticlesTest {

    private static final Path GOLDEN = Fixtures.root().resolve("src/test/resources/golden");

    static Stream<Path> articles() {
        List<Path> articles = new ArrayList<>(Fixtures.seedFiles());
        Path fakes = Fixtures.root().resolve("../shared/corpora/fakes/articles").normalize();
        // Two FA-KES articles (CC BY 4.0, Abu Salem et al. 2019), unedited: no apostrophes or commas.
        articles.add(fakes.resolve("fakes-1923102855.txt"));
        articles.add(fakes.resolve("fakes-1924058107.txt"));
        return articles.stream();
    }

    @ParameterizedTest
    @MethodSource("articles")
    void extractionMatchesTheGoldenFile(Path article) throws IOException, InputRejectedException {
        assertTrue(Files.isRegularFile(article), article + " is missing (../shared must sit beside the checkout)");
        ArticleResult r = Fixtures.stages().newPipeline().analyse(new PlainTextReader().read(article));
        String actual = render(r);
        Path golden = GOLDEN.resolve(article.getFileName().toString().replace(".txt", ".tsv"));
        if (Boolean.getBoolean("newsgraph.golden.update")) {
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertTrue(Files.isRegularFile(golden), "no golden file " + golden + "; create it with -Dnewsgraph.golden.update=true");
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual);
    }

    /** The article's whole graph against a reviewed Turtle file, compared by isomorphism. */
    @ParameterizedTest
    @MethodSource("articles")
    void theArticlesGraphIsTheGoldenGraph(Path article) throws IOException, InputRejectedException {
        ArticleResult r = Fixtures.stages().newPipeline().analyse(new PlainTextReader().read(article));
        Path golden = GOLDEN.resolve(article.getFileName().toString().replace(".txt", ".ttl"));
        // Where the file was read depends on where the checkout is, so the golden graph does not hold it.
        Graph actual = GraphFactory.createDefaultGraph();
        actual.getPrefixMapping().setNsPrefixes(Vocab.prefixes());
        GraphUtil.addInto(actual, r.graph().graph());
        actual.remove(Node.ANY, NG.sourcePath, Node.ANY);
        if (Boolean.getBoolean("newsgraph.golden.update")) {
            try (OutputStream out = Files.newOutputStream(golden)) {
                RDFDataMgr.write(out, actual, RDFFormat.TURTLE_PRETTY);
            }
        }
        assertTrue(Files.isRegularFile(golden), "no golden file " + golden + "; create it with -Dnewsgraph.golden.update=true");
        Graph expected = RDFParser.source(golden).lang(Lang.TURTLE).toGraph();
        assertTrue(expected.isIsomorphicWith(actual), "the graph of " + article.getFileName()
                + " differs from " + golden + "; after a deliberate change regenerate with -Dnewsgraph.golden.update=true"
                + " and review the diff");
    }

    /** One line per entity (E), relation (R), place control (H) and statement (C), sorted, so the file diffs well. */
    static String render(ArticleResult r) {
        TreeSet<String> lines = new TreeSet<>();
        for (Entity e : r.resolution().entities().values()) {
            lines.add("E\t" + e.key() + "\t" + e.type() + "\t" + e.label());
        }
        for (Relation x : r.relations().relations()) {
            lines.add("R\t" + x.subject() + "\t" + x.type() + "\t" + x.object() + "\t" + x.rule());
        }
        for (Control c : r.relations().controls()) {
            lines.add("H\t" + c.place() + "\theldBy\t" + c.holder() + "\t" + c.rule());
        }
        for (Attribution a : r.attributions()) {
            String text = a.evidence().text();
            String excerpt = text.length() > 70 ? text.substring(0, 70) : text;
            lines.add("C\t" + a.speaker() + "\t" + a.stance() + "\t" + a.rule() + "\t" + excerpt);
        }
        return String.join("\n", lines) + "\n";
    }
}
