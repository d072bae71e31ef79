package org.newsgraph;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.newsgraph.claim.Claim;
import org.newsgraph.claim.ClaimType;
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

    /** "subject TYPE object" for each relation, e.g. "turkey BACKS free-syrian-army". */
    public Set<String> relations() {
        return result.claims().stream().filter(c -> c.type().isRelation())
                .map(c -> c.subject() + " " + c.type() + " " + c.object().orElseThrow())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** "speaker STANCE" for each attributed statement whose text contains the fragment. */
    public Set<String> statements(String fragment) {
        return result.claims().stream().filter(c -> !c.type().isRelation() && c.evidence().text().contains(fragment))
                .map(c -> c.subject() + " " + c.type())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** Every attributed statement, as "speaker STANCE: text". */
    public List<String> allStatements() {
        return result.claims().stream().filter(c -> c.type() == ClaimType.CLAIMS || c.type() == ClaimType.DENIES)
                .map(c -> c.subject() + " " + c.type() + ": " + c.evidence().text()).toList();
    }

    public List<Claim> claims() {
        return result.claims();
    }
}
