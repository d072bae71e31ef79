package org.newsgraph;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.newsgraph.claim.Attribution;
import org.newsgraph.document.Document;
import org.newsgraph.document.MetadataReader;
import org.newsgraph.entity.ResolvedMention;
import org.newsgraph.pipeline.ArticleResult;

/**
 * An article of a test's own, run through every stage with the real models and catalogue, with
 * questions the rule tests ask of it.
 */
public record Analysed(ArticleResult result) {

    public static Analysed text(String text) {
        return new Analysed(Fixtures.stages().newPipeline().analyse(document("test.txt", text)));
    }

    public static Document document(String fileName, String text) {
        try {
            String hash = "sha256:" + HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
            return new Document(fileName, fileName, text, hash, new MetadataReader().read(text));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Keys of the entities the article mentions. */
    public Set<String> entities() {
        return new TreeSet<>(result.resolution().entities().keySet());
    }

    /** The entity a surface form was resolved to, or null. */
    public String entityOf(String surface) {
        return result.resolution().mentions().stream().filter(m -> m.mention().surface().equals(surface))
                .map(ResolvedMention::entity).findFirst().orElse(null);
    }

    /** "subject label object" for each relation, e.g. "turkey backs free-syrian-army". */
    public Set<String> relations() {
        return result.relations().relations().stream()
                .map(r -> r.subject() + " " + r.type().label() + " " + r.object())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** "place heldBy holder" for each place the article says someone holds. */
    public Set<String> controls() {
        return result.relations().controls().stream().map(c -> c.place() + " heldBy " + c.holder())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** "speaker stance" for each attributed statement, e.g. "sergey-lavrov claims". */
    public Set<String> statements() {
        return result.attributions().stream().map(Analysed::statement).collect(Collectors.toCollection(TreeSet::new));
    }

    /** "speaker stance" for each attributed statement whose text contains the fragment. */
    public Set<String> statements(String fragment) {
        return result.attributions().stream().filter(a -> a.evidence().text().contains(fragment))
                .map(Analysed::statement).collect(Collectors.toCollection(TreeSet::new));
    }

    /** Every attributed statement, as "speaker stance: text". */
    public List<String> allStatements() {
        return result.attributions().stream().map(a -> statement(a) + ": " + a.evidence().text()).toList();
    }

    /** The rules that read anything from the article. */
    public Set<String> rules() {
        Set<String> rules = new TreeSet<>();
        result.relations().relations().forEach(r -> rules.add(r.rule()));
        result.relations().controls().forEach(c -> rules.add(c.rule()));
        result.attributions().forEach(a -> rules.add(a.rule()));
        return rules;
    }

    private static String statement(Attribution a) {
        return a.speaker() + " " + a.stance().name().toLowerCase(java.util.Locale.ROOT);
    }
}
