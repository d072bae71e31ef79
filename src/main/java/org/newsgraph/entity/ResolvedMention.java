package org.newsgraph.entity;

import java.util.Objects;
import org.newsgraph.mention.Mention;

/**
 * A mention and the entity it names.
 *
 * @param rule the resolution rule (metonymy, office holder, surname ...), or the finder's rule
 */
public record ResolvedMention(Mention mention, String entity, String rule) {
    public ResolvedMention {
        Objects.requireNonNull(mention, "mention");
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(rule, "rule");
    }
}
