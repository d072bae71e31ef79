package org.newsgraph.mention;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.newsgraph.nlp.AnnotatedText;

/** Catalogue names first, then names the catalogue lacks in the text they leave uncovered. */
public final class CombinedMentionFinder implements MentionFinder {
    private final GazetteerMentionFinder gazetteer;
    private final NameDiscovery discovery;

    public CombinedMentionFinder(Gazetteer gazetteer, NameWords words) {
        this.gazetteer = new GazetteerMentionFinder(gazetteer, words);
        this.discovery = new NameDiscovery(words);
    }

    @Override
    public List<Mention> find(AnnotatedText text) {
        List<Mention> known = gazetteer.find(text);
        List<Mention> all = new ArrayList<>(known);
        all.addAll(discovery.find(text, known));
        all.sort(Comparator.comparingInt(Mention::start).thenComparingInt(Mention::end));
        return all;
    }
}
