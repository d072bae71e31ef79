package org.newsgraph.mention;

import java.util.List;
import org.newsgraph.nlp.AnnotatedText;

/** Finds the mentions of actors and places in an annotated document. */
public interface MentionFinder {

    /** @return mentions in document order; they may overlap each other only if the finder says so */
    List<Mention> find(AnnotatedText text);
}
