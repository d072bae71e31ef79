package org.newsgraph.mention;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.newsgraph.rules.Lexicons;

/**
 * The word classes that type a name from its context, read from the {@code name-*} lexicons (each
 * file says what its class is for, with an example). Words are compared lower-cased, except given
 * names, which count only capitalised.
 *
 * @param titles         {@code name-titles}: "spokesman Ali X", "X, a representative of"
 * @param orgHeads       {@code name-org-heads}: "... Medical Society"
 * @param groupHeads     {@code name-group-heads}: "... Brigade"
 * @param groupFirstWords {@code name-group-first-words}: "Jaysh al-Islam"
 * @param placeHeads     {@code name-place-heads}: "the Maadi neighbourhood"
 * @param placeOfHeads   {@code name-place-of-heads}: "the city of X"
 * @param locatives      {@code name-locatives}: "near Mahayar"
 * @param speechVerbs    {@code name-speech-verbs}: "Karim Haddad said"
 * @param connectors     {@code name-connectors}: "Abu Hamza al-Shami"
 * @param leadingJunk    {@code name-leading-junk}: connectors that cannot start a name
 * @param notNames       {@code name-not-names}: capitalised words that name nothing ("Monday")
 * @param givenNames     {@code name-given-names}: "Karim Haddad", lower-cased
 */
public record NameWords(Set<String> titles, Set<String> orgHeads, Set<String> groupHeads, Set<String> groupFirstWords,
                        Set<String> placeHeads, Set<String> placeOfHeads, Set<String> locatives, Set<String> speechVerbs,
                        Set<String> connectors, Set<String> leadingJunk, Set<String> notNames, Set<String> givenNames) {

    public NameWords {
        titles = Set.copyOf(Objects.requireNonNull(titles, "titles"));
        orgHeads = Set.copyOf(Objects.requireNonNull(orgHeads, "orgHeads"));
        groupHeads = Set.copyOf(Objects.requireNonNull(groupHeads, "groupHeads"));
        groupFirstWords = Set.copyOf(Objects.requireNonNull(groupFirstWords, "groupFirstWords"));
        placeHeads = Set.copyOf(Objects.requireNonNull(placeHeads, "placeHeads"));
        placeOfHeads = Set.copyOf(Objects.requireNonNull(placeOfHeads, "placeOfHeads"));
        locatives = Set.copyOf(Objects.requireNonNull(locatives, "locatives"));
        speechVerbs = Set.copyOf(Objects.requireNonNull(speechVerbs, "speechVerbs"));
        connectors = Set.copyOf(Objects.requireNonNull(connectors, "connectors"));
        leadingJunk = Set.copyOf(Objects.requireNonNull(leadingJunk, "leadingJunk"));
        notNames = Set.copyOf(Objects.requireNonNull(notNames, "notNames"));
        givenNames = Set.copyOf(Objects.requireNonNull(givenNames, "givenNames"));
    }

    /** The classes of a grammar's lexicons; they must have been loaded with it (listed in master.yml). */
    public static NameWords from(Lexicons lexicons) {
        return new NameWords(lexicons.get("name-titles"), lexicons.get("name-org-heads"), lexicons.get("name-group-heads"),
                lexicons.get("name-group-first-words"), lexicons.get("name-place-heads"), lexicons.get("name-place-of-heads"),
                lexicons.get("name-locatives"), lexicons.get("name-speech-verbs"), lexicons.get("name-connectors"),
                lexicons.get("name-leading-junk"), lexicons.get("name-not-names"), lexicons.get("name-given-names"));
    }

    /** A lower-cased word that joins a name's parts; lexicons read a typographic apostrophe as a plain one. */
    boolean connector(String lower) {
        return connectors.contains(apostrophe(lower));
    }

    /** A lower-cased word that cannot start a name. */
    boolean leadingJunk(String lower) {
        return leadingJunk.contains(apostrophe(lower));
    }

    /** A word as written that is a given name: listed, and capitalised like the list writes it ("Ali"). */
    boolean givenName(String word) {
        if (word.isEmpty()) {
            return false;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        return givenNames.contains(lower) && word.equals(Character.toUpperCase(lower.charAt(0)) + lower.substring(1));
    }

    private static String apostrophe(String word) {
        return word.replace('’', '\'');
    }
}
