package org.newsgraph.proposition;

import java.util.List;
import org.newsgraph.Analysed;
import org.newsgraph.pipeline.ArticleResult;

/** An article of a test's own through the real pipeline, and the content of the claim that holds a fragment. */
final class Contents {
    /** A dateline the metadata reader takes as the article's date: a Thursday. */
    static final String DATED = "Published: 2017-04-06\n\n";

    private Contents() {
    }

    static ClaimContent of(String article, String fragment) {
        ArticleResult r = Analysed.text(article).result();
        String text = r.text().document().text();
        List<ClaimContent> found = r.contents().stream()
                .filter(c -> text.substring(c.start(), c.end()).contains(fragment)).toList();
        if (found.size() != 1) {
            throw new AssertionError(found.size() + " claims hold '" + fragment + "'; claims: " + Analysed.text(article)
                    .allStatements());
        }
        return found.get(0);
    }

    static String event(ClaimContent c) {
        return c.event().map(e -> e.type() + " " + e.polarity()).orElse("none");
    }
}
