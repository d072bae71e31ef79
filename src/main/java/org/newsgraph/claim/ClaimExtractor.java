package org.newsgraph.claim;

import java.util.List;
import org.newsgraph.entity.Resolution;
import org.newsgraph.nlp.AnnotatedText;

/** Reads statements (relations between actors, or attributed claims) from an article whose entities are resolved. */
public interface ClaimExtractor {

    /** @return statements in document order; never null */
    List<Claim> extract(AnnotatedText text, Resolution resolution);
}
