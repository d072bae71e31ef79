package org.newsgraph.document;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeVisitor;

/**
 * The article's own text on a news web page, without the page around it. The article is the element
 * the page marks as the article body ({@code itemprop=articleBody}, else the {@code <article>} with the
 * most paragraph text, else {@code <main>}), or failing those the element whose paragraphs hold the most
 * text. Inside it, what is not the article goes: scripts, forms and embeds, figures with their captions
 * and credits, elements {@link PageFurniture} marks (share buttons, related headlines, bylines), lists
 * and short blocks that are mostly links (other headlines), and lines that are furniture on their own.
 * Each block (paragraph, heading, list item, quote) becomes a paragraph of the text.
 */
final class MainText {

    /** Never article text, wherever they stand. */
    private static final String NOT_TEXT = "script, style, noscript, template, svg, canvas, iframe, object, embed, "
            + "form, button, input, select, textarea, dialog, nav, aside, figure, figcaption, picture, video, audio, time, "
            + "[role=navigation], [role=banner], [role=contentinfo], [role=complementary], [role=dialog], "
            + "[aria-hidden=true], [hidden]";
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "header", "footer",
            "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "pre", "table", "tr",
            "td", "th", "hr", "br", "address");
    /** Share of a list's or short block's text inside links above which it lists other pages, not reports. */
    private static final double LINK_DENSITY = 0.5;
    /** A block longer than this is prose even when it links a lot. */
    private static final int SHORT_BLOCK = 300;

    private final PageFurniture furniture;

    MainText(PageFurniture furniture) {
        this.furniture = furniture;
    }

    /** The article text of a parsed page (which this changes), paragraphs separated by blank lines; "" if none. */
    String of(Element body) {
        body.select(NOT_TEXT).remove();
        removeFurniture(body);
        Element article = container(body);
        removeFurniture(article);
        for (Element e : article.select("ul, ol, dl, table, p, div, li")) {
            if (e.parent() != null && mostlyLinks(e)) {
                e.remove();
            }
        }
        return render(article);
    }

    /**
     * Removes what {@link PageFurniture} marks inside {@code root}, and the page's own header and footer (those
     * not inside an article). An element that holds half of the text or more is a wrapper, whatever its class
     * says ("page has-comments"), and stays.
     */
    private void removeFurniture(Element root) {
        int whole = root.text().length();
        for (Element e : root.select("*")) {
            boolean pageFrame = (e.normalName().equals("header") || e.normalName().equals("footer"))
                    && e.closest("article, [itemprop=articleBody]") == null;
            if (e != root && e.parent() != null && (pageFrame || furniture.marks(e)) && e.text().length() * 2 < whole) {
                e.remove();
            }
        }
    }

    private static Element container(Element body) {
        Elements marked = body.select("[itemprop=articleBody]");
        if (!marked.isEmpty()) {
            return longest(marked);
        }
        Elements articles = body.select("article");
        if (!articles.isEmpty()) {
            return articles.stream().max(Comparator.comparingInt(MainText::paragraphText)).orElseThrow();
        }
        Elements main = body.select("main, [role=main]");
        if (!main.isEmpty()) {
            return longest(main);
        }
        return densestParagraphs(body);
    }

    private static Element longest(Elements elements) {
        return elements.stream().max(Comparator.comparingInt(e -> e.text().length())).orElseThrow();
    }

    private static int paragraphText(Element e) {
        return e.select("p").stream().mapToInt(p -> p.text().length()).sum();
    }

    /** The element whose own paragraphs hold the most text: where a page without markup keeps its story. */
    private static Element densestParagraphs(Element body) {
        Map<Element, Integer> score = new HashMap<>();
        for (Element p : body.select("p")) {
            Element parent = p.parent();
            if (parent != null) {
                score.merge(parent, p.text().length(), Integer::sum);
            }
        }
        return score.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(body);
    }

    private static boolean mostlyLinks(Element e) {
        String text = e.text();
        if (text.isEmpty()) {
            return false;
        }
        boolean listLike = e.normalName().equals("ul") || e.normalName().equals("ol") || e.normalName().equals("dl")
                || e.normalName().equals("table");
        if (!listLike && text.length() > SHORT_BLOCK) {
            return false;
        }
        int linked = e.select("a").stream().mapToInt(a -> a.text().length()).sum();
        return linked > LINK_DENSITY * text.length();
    }

    /** Text with a line break around every block, then furniture lines dropped and blocks joined by blank lines. */
    private String render(Element article) {
        StringBuilder out = new StringBuilder();
        article.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    out.append(t.text().replace('\u00A0', ' '));
                } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    out.append('\n');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    out.append('\n');
                }
            }
        });
        List<String> blocks = new ArrayList<>();
        for (String line : out.toString().split("\n")) {
            String block = line.replaceAll("\\s+", " ").strip();
            if (!block.isEmpty() && !furniture.isLine(block)) {
                blocks.add(block);
            }
        }
        return String.join("\n\n", blocks);
    }
}
