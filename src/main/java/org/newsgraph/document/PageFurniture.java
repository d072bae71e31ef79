package org.newsgraph.document;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * What on a news web page is furniture rather than the article: share buttons, lists of other
 * headlines, navigation, captions and credits. The words and lines are data, in
 * {@code html-furniture.txt} beside this class. Immutable.
 */
final class PageFurniture {

    private static final String RESOURCE = "html-furniture.txt";
    static final PageFurniture SHIPPED = load();

    private final Set<String> words;
    private final Set<String> lines;

    private PageFurniture(Set<String> words, Set<String> lines) {
        this.words = Set.copyOf(words);
        this.lines = Set.copyOf(lines);
    }

    /** Whether an element's class or id names furniture. */
    boolean marks(Element element) {
        for (String name : element.classNames()) {
            if (names(name)) {
                return true;
            }
        }
        return names(element.id());
    }

    private boolean names(String classOrId) {
        String lower = classOrId.toLowerCase(Locale.ROOT);
        if (lower.isEmpty()) {
            return false;
        }
        if (words.contains(lower.replaceAll("[-_\\s]+", ""))) {
            return true;
        }
        for (String word : lower.split("[-_\\s]+")) {
            if (words.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a whole line of text is furniture ("Share this article", "Advertisement"). */
    boolean isLine(String line) {
        return lines.contains(line.strip().replaceAll(":$", "").toLowerCase(Locale.ROOT));
    }

    private static PageFurniture load() {
        Set<String> words = new HashSet<>();
        Set<String> lines = new HashSet<>();
        for (String[] row : TsvResource.rows(PageFurniture.class, RESOURCE)) {
            if (row.length != 2 || !(row[0].equals("word") || row[0].equals("line"))) {
                throw new IllegalStateException(RESOURCE + ": expected 'word<TAB>W' or 'line<TAB>L', got '"
                        + String.join("\t", row) + "'");
            }
            (row[0].equals("word") ? words : lines).add(row[1].toLowerCase(Locale.ROOT));
        }
        return new PageFurniture(words, lines);
    }
}
