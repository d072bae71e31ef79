package org.newsgraph.claim;

import java.util.List;
import org.newsgraph.entity.Resolution;
import org.newsgraph.rules.RuleSentence;

/** Reads who claims or denies what from an article whose entities are resolved. */
public interface AttributionExtractor {

    /**
     * @param sentences  the article's sentences with their mention and phrase layers, in order
     * @param resolution the article's entities
     * @return attributed statements in document order; never null
     */
    List<Attribution> extract(List<RuleSentence> sentences, Resolution resolution);
}
