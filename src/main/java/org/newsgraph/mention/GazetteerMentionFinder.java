package org.newsgraph.mention;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Sentence;

/**
 * Finds the catalogue's names, descriptions, nationality adjectives and office phrases in text. Also
 * reads possessives that lost their apostrophe ("Syrias army", common in scraped text) as the name.
 */
public final class GazetteerMentionFinder implements MentionFinder {

    static final String RULE = "gazetteer";
    static final String RULE_OFFICE_OWNER = "gazetteer-office-owner";
    static final String RULE_BARE_POSSESSIVE = "gazetteer-possessive-without-apostrophe";

    private final Gazetteer gazetteer;
    private final NameWords words;

    /** @param words the place heads that make a person's name a place's ("King Fahd Street") */
    public GazetteerMentionFinder(Gazetteer gazetteer, NameWords words) {
        this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
        this.words = Objects.requireNonNull(words, "words");
    }

    @Override
    public List<Mention> find(AnnotatedText text) {
        List<Mention> out = new ArrayList<>();
        String doc = text.document().text();
        for (Sentence sentence : text.sentences()) {
            SentenceTokens st = new SentenceTokens(sentence);
            for (Gazetteer.Match m : gazetteer.find(doc, st.starts, st.ends)) {
                if (m.entries().get(0).type() == EntityType.PERSON && placeHeadFollows(st, m.to())) {
                    // "al-Assad suburb", "King Fahd Street": a place named after a person
                    continue;
                }
                out.add(mention(st, m.from(), m.to(), m.end(), m.entries(),
                        m.end() < st.ends[m.to() - 1] ? RULE_BARE_POSSESSIVE : RULE));
                if (m.entries().get(0).form() == Mention.Form.ROLE) {
                    owner(doc, st, m).ifPresent(out::add);
                }
            }
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    private boolean placeHeadFollows(SentenceTokens st, int i) {
        int k = i;
        while (k < st.size() && st.pos(k).equals("ADJ")) {
            k++;
        }
        return words.placeHeads().contains(st.lower(k)) && !st.lower(k).equals("area") && !st.lower(k).equals("areas");
    }

    /** "US" in "US Secretary of State", "Russian" in "Russian Foreign Minister": the office's owner is named too. */
    private Optional<Mention> owner(String doc, SentenceTokens st, Gazetteer.Match role) {
        for (int j = role.to() - 1; j > role.from(); j--) {
            List<Gazetteer.Entry> entries = gazetteer.lookup(doc.substring(st.starts[role.from()], st.ends[j - 1])).stream()
                    .filter(e -> e.form() != Mention.Form.ROLE).toList();
            if (!entries.isEmpty()) {
                return Optional.of(mention(st, role.from(), j, st.ends[j - 1], entries, RULE_OFFICE_OWNER));
            }
        }
        return Optional.empty();
    }

    private static Mention mention(SentenceTokens st, int from, int to, int end, List<Gazetteer.Entry> entries, String rule) {
        int start = st.starts[from];
        Gazetteer.Entry first = entries.get(0);
        List<String> keys = entries.stream().map(Gazetteer.Entry::key).distinct().toList();
        String surface = st.sentence.cover(start, end);
        return new Mention(start, end, surface, st.sentence.index(), first.type(), keys, first.form(), rule);
    }
}
