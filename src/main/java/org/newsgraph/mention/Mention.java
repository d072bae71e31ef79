package org.newsgraph.mention;

import java.util.Objects;
import java.util.List;

/**
 * A stretch of a sentence that names an actor or a place.
 *
 * @param start    char offset into the document text, inclusive
 * @param end      char offset into the document text, exclusive
 * @param surface  the covered text, verbatim
 * @param sentence index of the sentence it lies in
 * @param type     what it names, as far as the finder can tell
 * @param keys     catalogue keys of the entities it may name (several for an ambiguous phrase, such as an
 *                 office held by different people over the years); empty for a name the catalogue lacks
 * @param form     how it names it (a name, a nationality adjective, a description ...)
 * @param rule     the finder rule that produced it, for tracing
 */
public record Mention(int start, int end, String surface, int sentence, EntityType type, List<String> keys,
                      Form form, String rule) {

    /** How a mention names its entity; resolution treats each differently. */
    public enum Form {
        /** A proper name or acronym: "Sergei Lavrov", "FSA". */
        NAME,
        /** A lone capitalised word that may be the surname of a person named in full elsewhere: "Haddad". */
        SURNAME,
        /** A nationality adjective or noun: "Russian", "Turkish". */
        DEMONYM,
        /** A capital city that may stand for its government: "Moscow". */
        CAPITAL,
        /** A common-noun description of a known body: "rebels", "the regime". */
        DESCRIPTION,
        /** A role phrase that names a person through their office: "Russia's foreign minister". */
        ROLE
    }

    public Mention {
        Objects.requireNonNull(surface, "surface");
        Objects.requireNonNull(type, "type");
        keys = List.copyOf(keys);
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(rule, "rule");
        if (start < 0 || end <= start || end - start != surface.length()) {
            throw new IllegalArgumentException("mention span [" + start + ", " + end + ") does not fit '" + surface + "'");
        }
    }

    public boolean catalogued() {
        return !keys.isEmpty();
    }
}
