package org.newsgraph.proposition;

import java.util.List;
import org.newsgraph.entity.Resolution;
import org.newsgraph.nlp.AnnotatedText;

/** Reads what each claim of an article says: its event, participants, place, time, numbers and markers. */
public interface ContentReader {

    /**
     * @param text       the article, annotated; its document's date resolves "on Thursday"
     * @param resolution the article's resolved mentions
     * @param claims     the article's attributed statements
     * @return one content per claim, in the claims' order
     */
    List<ClaimContent> read(AnnotatedText text, Resolution resolution, List<ReportedClaim> claims);
}
