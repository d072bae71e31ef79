package org.newsgraph.entity;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.newsgraph.mention.EntityType;

/**
 * One real-world actor or place.
 *
 * @param key        stable identifier: the catalogue key, or a key minted from the name for entities
 *                   found only in text
 * @param label      preferred English name
 * @param type       what it is
 * @param altLabels  other names it goes by (never descriptions like "rebels")
 * @param role       a person's title or role, when known
 * @param affiliation key of the body a person speaks for, when known
 * @param catalogued whether it comes from the curated catalogue (described in the catalogue graph)
 */
public record Entity(String key, String label, EntityType type, List<String> altLabels, Optional<String> role,
                     Optional<String> affiliation, boolean catalogued) {
    public Entity {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(type, "type");
        altLabels = List.copyOf(altLabels);
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(affiliation, "affiliation");
        if (key.isBlank() || label.isBlank()) {
            throw new IllegalArgumentException("entity needs a key and a label, got key '" + key + "', label '" + label + "'");
        }
    }
}
