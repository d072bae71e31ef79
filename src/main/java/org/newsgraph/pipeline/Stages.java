package org.newsgraph.pipeline;

import java.util.Objects;
import org.newsgraph.entity.EntityCatalogue;
import org.newsgraph.nlp.NlpModels;

/**
 * What every pipeline shares, loaded once: the OpenNLP models and the entity catalogue. Both are
 * immutable; each thread builds its own {@link Pipeline} from them.
 */
public record Stages(NlpModels models, EntityCatalogue catalogue) {
    public Stages {
        Objects.requireNonNull(models, "models");
        Objects.requireNonNull(catalogue, "catalogue");
    }

    public static Stages load() {
        return new Stages(NlpModels.load(), EntityCatalogue.load());
    }

    public Pipeline newPipeline() {
        return Pipeline.create(models, catalogue);
    }
}
