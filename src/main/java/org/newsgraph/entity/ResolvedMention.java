package org.newsgraph.entity;

import java.util.Objects;
import org.newsgraph.mention.Mention;

/**
 * A mention, the entity it names, and the actor it stands for where they differ.
 *
 * @param entity  the entity named ("Assad" in "Assad's forces" names Bashar al-Assad)
 * @param rule    the resolution rule (metonymy, office holder, surname ...), or the finder's rule
 * @param actsFor the actor that takes part in relations and claims through this mention: the government a
 *                leader's possessive or an "anti-" compound stands for ("Assad's forces", "anti-Assad"),
 *                else the entity itself
 */
public record ResolvedMention(Mention mention, String entity, String rule, String actsFor) {
    public ResolvedMention {
        Objects.requireNonNull(mention, "mention");
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(actsFor, "actsFor");
    }

    /** A mention that stands for the entity it names. */
    public ResolvedMention(Mention mention, String entity, String rule) {
        this(mention, entity, rule, entity);
    }
}
