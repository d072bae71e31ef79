package org.newsgraph.entity;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The entities of one document: every resolved mention, in document order, and every entity they name.
 *
 * @param entities by key; catalogue entities and entities found only in this text
 */
public record Resolution(List<ResolvedMention> mentions, Map<String, Entity> entities) {
    public Resolution {
        mentions = List.copyOf(mentions);
        entities = Map.copyOf(entities);
        for (ResolvedMention m : mentions) {
            if (!entities.containsKey(m.actsFor())) {
                throw new IllegalArgumentException("mention '" + m.mention().surface() + "' acts for " + m.actsFor()
                        + ", which the resolution does not describe");
            }
            if (!entities.containsKey(m.entity())) {
                throw new IllegalArgumentException("mention '" + m.mention().surface() + "' names " + m.entity()
                        + ", which the resolution does not describe");
            }
        }
    }

    public Optional<Entity> entity(String key) {
        return Optional.ofNullable(entities.get(key));
    }

    public List<ResolvedMention> inSentence(int sentence) {
        return mentions.stream().filter(m -> m.mention().sentence() == sentence).toList();
    }
}
