package org.newsgraph.relation;

import java.util.List;
import org.newsgraph.entity.Resolution;
import org.newsgraph.rules.RuleSentence;

/** Reads who backs or opposes whom, and who holds which place, from an article whose entities are resolved. */
public interface RelationExtractor {

    /**
     * @param sentences  the article's sentences with their mention and phrase layers, in order
     * @param resolution the article's entities
     * @return relations and place control in document order; never null
     */
    Relations extract(List<RuleSentence> sentences, Resolution resolution);
}
