package org.newsgraph.pipeline;

import java.util.Objects;
import org.newsgraph.entity.EntityCatalogue;
import org.newsgraph.nlp.NlpModels;
import org.newsgraph.proposition.ContentReader;
import org.newsgraph.proposition.LexicalContentReader;

/**
 * What every pipeline shares, loaded once: the OpenNLP models, the entity catalogue and the word lists
 * that read claim contents. All are immutable; each thread builds its own {@link Pipeline} from them.
 */
public record Stages(NlpModels models, EntityCatalogue catalogue, ContentReader contents) {
    public Stages {
        Objects.requireNonNull(models, "models");
        Objects.requireNonNull(catalogue, "catalogue");
        Objects.requireNonNull(contents, "contents");
    }

    public static Stages load() {
        return new Stages(NlpModels.load(), EntityCatalogue.load(), LexicalContentReader.load());
    }

    public Pipeline newPipeline() {
        return Pipeline.create(models, catalogue, contents);
    }
}
