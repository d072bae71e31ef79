package org.newsgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.cli.Main;
import org.newsgraph.rdf.Vocab;
import org.newsgraph.store.Tdb2Store;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An analyst's first minutes, in real headless Chromium against {@code newsgraph serve} over the five
 * seed articles ingested by the real pipeline. What the page must show is read from the store, not
 * written here, so the test follows whatever extraction finds. Screenshots go to target/screenshots.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebPageBrowserTest {
    private static final String NO_OUTLET = "(outlet not stated)";
    private static final String BROKEN = "SELECT ?s WHERE { ?s ?p }";
    /** The page size of the page's lists ({@code PAGE_SIZE} in app/table.js). */
    private static final int PAGE_SIZE = 25;

    private Tdb2Store store;
    private SparqlServer server;
    private ChromeDriver browser;
    private WebDriverWait wait;

    @BeforeAll
    void ingestTheSeedsAndServeThem(@TempDir Path dir) {
        Path storeDir = dir.resolve("store");
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(log, true, StandardCharsets.UTF_8);
        assertEquals(0, Main.execute(print, print, "ingest", "--store", storeDir.toString(), "seeds"), log.toString());
        store = Tdb2Store.openExisting(storeDir);
        server = SparqlServer.builder(store).port(0).build().start();
        browser = HeadlessChromium.start(dir.resolve("chromium-profile"));
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
        if (store != null) {
            store.close();
        }
    }

    @BeforeEach
    void openThePage() {
        HeadlessChromium.clearConsole(browser);
        browser.get(server.pageUrl().toString());
        ready(By.cssSelector("table"));
    }

    @Test
    void searchingLavrovLeadsToHisClaimsEachWithItsSentenceUnderItsOutlet() {
        List<Map<String, String>> claims = select("SELECT ?e ?text ?outlet WHERE {"
                + " ?e a ng:Person . { ?e rdfs:label ?n } UNION { ?e skos:altLabel ?n }"
                + " FILTER(CONTAINS(LCASE(STR(?n)), 'lavrov'))"
                + " GRAPH ?doc { ?e ?p ?c . VALUES ?p { ng:claims ng:denies } ?c ng:text ?text"
                + " OPTIONAL { ?doc ng:outlet/rdfs:label ?outlet } } }");
        assertFalse(claims.isEmpty(), "the ingested seeds hold no claim by a person called Lavrov");
        String lavrov = claims.get(0).get("e");

        browser.findElement(By.id("search")).sendKeys("Lavrov");
        browser.findElement(By.cssSelector("#search-form button")).click();
        WebElement results = ready(By.id("search-results"));
        HeadlessChromium.screenshot(browser, "1-search");
        results.findElement(By.cssSelector("a[href='#/entity/" + encode(lavrov) + "']")).click();
        WebElement lineup = ready(By.id("claims-lineup"));
        HeadlessChromium.screenshot(browser, "2-entity-lavrov");

        assertTrue(browser.findElement(By.id("entity-header")).getText().contains("Lavrov"));
        for (Map<String, String> claim : claims.stream().filter(c -> c.get("e").equals(lavrov)).toList()) {
            String outlet = claim.getOrDefault("outlet", NO_OUTLET);
            WebElement column = lineup.findElement(
                    By.cssSelector("[data-outlet='" + outlet.replace("'", "\\'") + "']"));
            assertTrue(words(column.getText()).contains(words(claim.get("text"))),
                    "under " + outlet + " the page lacks the claim: " + claim.get("text"));
        }
        assertEquals(List.of(), HeadlessChromium.consoleErrors(browser));
    }

    @Test
    void theNetworkShowsTurkeyBackingTheFreeSyrianArmyWithSentenceAndOutletOnHover() {
        List<Map<String, String>> backing = select("SELECT ?a ?b ?outlet ?text WHERE {"
                + " GRAPH ?doc { ?st a ng:RelationStatement ; rdf:subject ?a ; rdf:predicate ng:backs ; rdf:object ?b ;"
                + " ng:inSentence ?s . ?s ng:text ?text OPTIONAL { ?doc ng:outlet/rdfs:label ?outlet } }"
                + " ?a rdfs:label ?al FILTER(STR(?al) = 'Turkey')"
                + " { ?b rdfs:label ?bl } UNION { ?b skos:altLabel ?bl }"
                + " FILTER(LCASE(STR(?bl)) IN ('free syrian army', 'fsa')) }");
        assertFalse(backing.isEmpty(), "the ingested seeds hold no statement that Turkey backs the Free Syrian Army");
        String turkey = backing.get(0).get("a");
        String fsa = backing.get(0).get("b");

        browser.findElement(By.cssSelector("a[data-nav='network']")).click();
        ready(By.cssSelector("#edge-list tr"));
        HeadlessChromium.screenshot(browser, "3-network");
        String edge = turkey + " backs " + fsa;
        WebElement row = browser.findElement(By.cssSelector("#edge-list tr[data-edge='" + edge + "']"));
        assertTrue(row.getText().startsWith("Turkey backs "), row.getText());

        row.click();
        hoverEdge(edge);
        WebElement tooltip = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("tooltip")));
        wait.until(ExpectedConditions.attributeToBe(tooltip, "data-edge", edge));
        HeadlessChromium.screenshot(browser, "4-network-turkey-backs-fsa");
        String shown = words(tooltip.getText());
        assertTrue(shown.startsWith("Turkey backs "), shown);
        for (Map<String, String> statement : backing) {
            assertTrue(shown.contains(words(statement.get("text"))),
                    "the tooltip lacks the sentence: " + statement.get("text"));
            assertTrue(shown.contains(statement.getOrDefault("outlet", NO_OUTLET)), "the tooltip lacks the outlet");
        }
        assertEquals(List.of(), HeadlessChromium.consoleErrors(browser));
    }

    /** The outlet filter is applied by the server: an edge stays exactly when that outlet reports it. */
    @Test
    void theNetworksOutletFilterKeepsWhatOneOutletReports() {
        List<Map<String, String>> backing = select("SELECT ?a ?b ?outlet WHERE {"
                + " GRAPH ?doc { ?st a ng:RelationStatement ; rdf:subject ?a ; rdf:predicate ng:backs ; rdf:object ?b"
                + " OPTIONAL { ?doc ng:outlet ?outlet } } ?a rdfs:label ?al FILTER(STR(?al) = 'Turkey') }");
        assertFalse(backing.isEmpty(), "the ingested seeds hold no statement that Turkey backs anyone");
        String edge = backing.get(0).get("a") + " backs " + backing.get(0).get("b");
        Set<String> outlets = new TreeSet<>(backing.stream().filter(r -> (r.get("a") + " backs " + r.get("b"))
                .equals(edge)).map(r -> r.getOrDefault("outlet", NO_OUTLET)).toList());
        browser.findElement(By.cssSelector("a[data-nav='network']")).click();
        ready(By.cssSelector("#edge-list tr"));

        int options = new Select(browser.findElement(By.id("filter-outlet"))).getOptions().size();
        for (int i = 1; i < options; i++) {
            Select filter = new Select(browser.findElement(By.id("filter-outlet")));
            String outlet = filter.getOptions().get(i).getText().replaceFirst(" \\(\\d+\\)$", "");
            filter.selectByIndex(i);
            wait.until(ExpectedConditions.urlContains("outlet="));
            ready(By.id("filters"));
            assertEquals(outlets.contains(outlet),
                    !browser.findElements(By.cssSelector("#edge-list tr[data-edge='" + edge + "']")).isEmpty(),
                    "filtered by " + outlet);
            browser.navigate().back();
            ready(By.cssSelector("#edge-list tr"));
        }
        assertEquals(List.of(), HeadlessChromium.consoleErrors(browser));
    }

    /** The most named list is paged by the server: the next page holds the next rows, and says which. */
    @Test
    void theMostNamedListPagesThroughEveryEntity() {
        WebElement list = ready(By.id("most-named"));
        int total = Integer.parseInt(list.getDomAttribute("data-total"));
        assertTrue(total > PAGE_SIZE, "the seeds name only " + total + " entities, too few to page");
        String firstRow = list.findElement(By.cssSelector("tbody tr")).getText();

        list.findElement(By.cssSelector(".page-next")).click();
        wait.until(ExpectedConditions.attributeToBe(By.id("most-named"), "data-offset", Integer.toString(PAGE_SIZE)));

        WebElement next = browser.findElement(By.id("most-named"));
        assertEquals(String.format("%d–%d of %d", PAGE_SIZE + 1, Math.min(total, 2 * PAGE_SIZE), total),
                next.findElement(By.cssSelector(".page-status")).getText().replace(",", ""));
        assertFalse(next.findElement(By.cssSelector("tbody tr")).getText().equals(firstRow));
        HeadlessChromium.screenshot(browser, "7-most-named-page-2");
        assertEquals(List.of(), HeadlessChromium.consoleErrors(browser));
    }

    @Test
    void theClaimsViewAndTheSparqlEditorWork() {
        browser.findElement(By.cssSelector("a[data-nav='claims']")).click();
        assertFalse(ready(By.id("claims-lineup")).findElements(By.cssSelector(".claim blockquote")).isEmpty());
        HeadlessChromium.screenshot(browser, "5-claims-by-outlet");

        browser.findElement(By.cssSelector("a[data-nav='sparql']")).click();
        new Select(ready(By.id("example"))).selectByVisibleText("who-backs-whom");
        wait.until(ExpectedConditions.textMatches(By.id("status"), java.util.regex.Pattern.compile("\\d+ rows? in")));
        assertTrue(browser.findElement(By.id("results")).getText().contains("Turkey"));
        HeadlessChromium.screenshot(browser, "6-sparql-editor");
        assertEquals(List.of(), HeadlessChromium.consoleErrors(browser));

        browser.executeScript("document.querySelector('.CodeMirror').CodeMirror.setValue('" + BROKEN + "')");
        browser.findElement(By.id("run")).click();
        String error = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("query-error"))).getText();
        assertEquals(commandLineMessage(BROKEN), "newsgraph: " + error);
    }

    @Test
    void anEntityIriThatNamesNothingIsNotFound() {
        browser.get(server.pageUrl() + "#/entity/" + encode("https://w3id.org/newsgraph/entity/no-such-actor"));

        assertEquals("Not found", ready(By.cssSelector("#view h1")).getText());
        assertTrue(browser.findElement(By.id("view")).getText().contains("Nothing in this store is"));
    }

    @Test
    void theEditorDeclaresAKnownPrefixAsItIsTyped() {
        browser.findElement(By.cssSelector("a[data-nav='sparql']")).click();
        ready(By.id("example"));
        browser.executeScript("document.querySelector('.CodeMirror').CodeMirror.setValue('')");

        browser.findElement(By.cssSelector(".CodeMirror textarea")).sendKeys("SELECT * { ?s a ng:Person }");

        String query = (String) browser.executeScript("return document.querySelector('.CodeMirror').CodeMirror.getValue()");
        assertTrue(query.startsWith("PREFIX ng: <https://w3id.org/newsgraph/ontology#>\n"), query);
        assertTrue(query.endsWith("SELECT * { ?s a ng:Person }"), query);
    }

    private String commandLineMessage(String sparql) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(err, true, StandardCharsets.UTF_8);
        // A malformed query is refused before any store is opened, so none is named here.
        Main.execute(print, print, "query", "--store", "no-such-store", sparql);
        return err.toString(StandardCharsets.UTF_8).strip();
    }

    @Test
    void thePropositionViewShowsEachOutletsClaimsAndTheClaimsAgainstIt() {
        String p = select("SELECT ?p (COUNT(DISTINCT ?x) AS ?n) WHERE { ?x ng:contradicts|ng:disputes ?p ."
                + " ?p a ng:Proposition } GROUP BY ?p ORDER BY DESC(?n) ?p LIMIT 1").get(0).get("p");
        List<Map<String, String>> claims = select("SELECT ?text ?outlet WHERE { ?c ng:expresses <" + p + "> ."
                + " GRAPH ?d { ?c ng:text ?text OPTIONAL { ?d ng:outlet/rdfs:label ?outlet } } }");
        List<Map<String, String>> against = select("SELECT ?text WHERE { ?x ng:contradicts|ng:disputes <" + p + "> ."
                + " GRAPH ?d { ?x ng:text ?text } }");

        browser.findElement(By.cssSelector("a[data-nav='propositions']")).click();
        ready(By.id("proposition-list")).findElement(By.cssSelector("a[href='#/propositions/" + encode(p) + "']")).click();
        WebElement lineup = ready(By.id("proposition-lineup"));
        HeadlessChromium.screenshot(browser, "7-proposition");
        for (Map<String, String> claim : claims) {
            WebElement column = lineup.findElement(By.cssSelector("[data-outlet='"
                    + claim.getOrDefault("outlet", NO_OUTLET).replace("'", "\\'") + "']"));
            assertTrue(words(column.getText()).contains(words(claim.get("text"))), "missing: " + claim.get("text"));
        }
        String shown = words(browser.findElement(By.id("proposition-against")).getText());
        for (Map<String, String> claim : against) {
            assertTrue(shown.contains(words(claim.get("text"))), "missing against: " + claim.get("text"));
        }
        assertEquals(List.of(), HeadlessChromium.consoleErrors(browser));
    }

    @Test
    void theFramingTableCountsEachOutletsNamesForASide() {
        String side = "https://w3id.org/newsgraph/entity/syrian-opposition";
        List<Map<String, String>> counts = select("SELECT ?outlet (SUM(?c) AS ?n) WHERE { ?u a ng:NameUse ;"
                + " ng:actor <" + side + "> ; ng:count ?c OPTIONAL { ?u ng:inOutlet/rdfs:label ?o }"
                + " BIND(COALESCE(?o, '" + NO_OUTLET + "') AS ?outlet) } GROUP BY ?outlet");
        assertFalse(counts.isEmpty(), "the seeds name the Syrian opposition nowhere");

        browser.findElement(By.cssSelector("a[data-nav='framing']")).click();
        Select picker = new Select(ready(By.id("framing-picker")));
        if (!side.equals(picker.getFirstSelectedOption().getDomAttribute("value"))) {
            picker.selectByValue(side);
            wait.until(ExpectedConditions.urlContains(encode(side)));
        }
        WebElement table = ready(By.id("framing-table"));
        HeadlessChromium.screenshot(browser, "8-framing");
        for (Map<String, String> row : counts) {
            WebElement tr = table.findElement(By.cssSelector("tr[data-outlet='" + row.get("outlet").replace("'", "\\'") + "']"));
            assertEquals(row.get("n"), tr.findElements(By.tagName("td")).get(1).getText(), row.get("outlet"));
        }
        assertEquals(List.of(), HeadlessChromium.consoleErrors(browser));
    }

    private WebElement ready(By what) {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#view[data-ready]")));
        return wait.until(ExpectedConditions.visibilityOfElementLocated(what));
    }

    /** Moves the mouse onto the middle of the edge as drawn on the canvas. */
    private void hoverEdge(String id) {
        @SuppressWarnings("unchecked")
        List<Number> at = (List<Number>) browser.executeScript("const cy = window.newsgraph.network;"
                + " const p = cy.getElementById(arguments[0]).renderedMidpoint(); return [p.x, p.y];", id);
        WebElement canvas = browser.findElement(By.id("network"));
        int dx = (int) Math.round(at.get(0).doubleValue() - canvas.getRect().getWidth() / 2.0);
        int dy = (int) Math.round(at.get(1).doubleValue() - canvas.getRect().getHeight() / 2.0);
        new Actions(browser).moveToElement(canvas, dx, dy).perform();
    }

    private static String encode(String iri) {
        return java.net.URLEncoder.encode(iri, StandardCharsets.UTF_8);
    }

    private static String words(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    private List<Map<String, String>> select(String where) {
        Query query = QueryFactory.create(Vocab.prefixes().getNsPrefixMap().entrySet().stream()
                .map(p -> "PREFIX " + p.getKey() + ": <" + p.getValue() + ">\n").reduce("", String::concat) + where);
        return store.read(dsg -> {
            List<Map<String, String>> rows = new ArrayList<>();
            RowSet results = QueryExec.dataset(dsg).query(query).select();
            results.forEachRemaining(b -> {
                Map<String, String> row = new java.util.HashMap<>();
                b.vars().forEachRemaining(v -> row.put(v.getVarName(),
                        b.get(v).isURI() ? b.get(v).getURI() : b.get(v).getLiteralLexicalForm()));
                rows.add(row);
            });
            return rows;
        });
    }
}
