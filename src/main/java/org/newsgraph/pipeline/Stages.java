package org.newsgraph.pipeline;

import java.util.Objects;
import org.newsgraph.entity.ActorSentences;
import org.newsgraph.entity.EntityCatalogue;
import org.newsgraph.mention.Transliteration;
import org.newsgraph.nlp.NlpModels;
import org.newsgraph.proposition.ContentReader;
import org.newsgraph.proposition.LexicalContentReader;
import org.newsgraph.rules.Grammar;

/**
 * What every pipeline shares, loaded once: the OpenNLP models, the entity catalogue, the extraction
 * grammar and the word lists that read claim contents. All are immutable; each thread builds its own
 * {@link Pipeline} from them.
 */
public record Stages(NlpModels models, EntityCatalogue catalogue, Grammar grammar, ActorSentences sentences,
                     ContentReader contents) {
    public Stages {
        Objects.requireNonNull(models, "models");
        Objects.requireNonNull(catalogue, "catalogue");
        Objects.requireNonNull(grammar, "grammar");
        Objects.requireNonNull(sentences, "sentences");
        Objects.requireNonNull(contents, "contents");
    }

    /** The shipped models, catalogue and grammar. */
    public static Stages load() {
        return with(Grammar.shipped());
    }

    /** The shipped models and catalogue with a grammar of one's own (an analyst's rules directory). */
    public static Stages with(Grammar grammar) {
        EntityCatalogue catalogue = EntityCatalogue.load();
        catalogue.gazetteer().foldPlaces(new Transliteration(grammar.lexicons().get("name-transliteration")));
        return new Stages(NlpModels.load(), catalogue, grammar, new ActorSentences(grammar), LexicalContentReader.load());
    }

    public Pipeline newPipeline() {
        return new Pipeline(this);
    }
}
