package org.newsgraph.rdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIs;

/**
 * Mints the IRIs newsgraph writes. Names from text become slugs of {@code [a-z0-9-._]}; when the slug
 * loses information, a short hash of the original keeps distinct names apart. Every IRI is checked
 * with Jena's IRI parser before use.
 */
public final class Iris {
    public static final String BASE = "https://w3id.org/newsgraph/";
    public static final String DOC = BASE + "doc/";
    public static final String ENTITY = BASE + "entity/";
    public static final String GRAPH = BASE + "graph/";
    /** Named graph of the curated entity catalogue. */
    public static final Node CATALOGUE_GRAPH = NodeFactory.createURI(GRAPH + "catalogue");

    private static final int MAX_SLUG = 80;
    /** Entity IRIs are minted once per key: every article names the same few hundred over and over. */
    private static final ConcurrentMap<String, Node> ENTITIES = new ConcurrentHashMap<>();

    private Iris() {
    }

    /** The document IRI, also the name of its graph: derived from the file name, so a changed file replaces it. */
    public static Node document(String fileName) {
        return uri(DOC + slugWithHash(fileName));
    }

    /**
     * An outlet the catalogue does not know, minted from its name as given: {@code entity/outlet/al-alam-…}.
     * Names that differ only in case or punctuation stay apart, so each outlet node has one label.
     */
    public static Node outlet(String name) {
        return uri(ENTITY + "outlet/" + slugWithHash(name));
    }

    // A checked document IRI followed by a fixed path word and digits is an IRI too: not checked again.

    public static Node sentence(Node document, int index) {
        return NodeFactory.createURI(document.getURI() + "/sentence/" + index);
    }

    /**
     * A mention: the document IRI with an RFC 5147 fragment, {@code #char=START,END} (as NIF names
     * strings), offsets in UTF-16 code units into the document text, END exclusive. The offsets are
     * stated nowhere else: queries read them from the IRI.
     */
    public static Node mention(Node document, int start, int end) {
        return NodeFactory.createURI(document.getURI() + "#char=" + start + "," + end);
    }

    public static Node claim(Node document, int start, int end) {
        return NodeFactory.createURI(document.getURI() + "/claim/" + start + "-" + end);
    }

    public static Node statement(Node document, int number) {
        return NodeFactory.createURI(document.getURI() + "/statement/" + number);
    }

    /**
     * A node of a derived graph (a proposition, a disagreement): {@code kind/label-hash}, the hash taken of
     * {@code key} (16 hex digits, so a store of millions of them keeps them apart). The same key always gives
     * the same IRI.
     */
    public static Node derived(String kind, String label, String key) {
        return NodeFactory.createURI(BASE + kind + "/" + slug(label) + "-" + sha256Hex(key, 8));
    }

    /**
     * An entity from its key: a catalogue key ("russia") or a minted one ("found/person/tawfik chamaa").
     * Each path segment becomes a slug; the same key always gives the same IRI.
     */
    public static Node entity(String key) {
        return ENTITIES.computeIfAbsent(key, Iris::mintEntity);
    }

    private static Node mintEntity(String key) {
        String[] segments = key.split("/");
        StringBuilder path = new StringBuilder();
        boolean lossy = false;
        for (int i = 0; i < segments.length; i++) {
            String slug = slug(segments[i]);
            lossy |= !slug.equals(segments[i]) || slug.isEmpty();
            path.append(i == 0 ? "" : "/").append(slug);
        }
        return uri(ENTITY + path + (lossy ? "-" + shortHash(key) : ""));
    }

    /** Lowercase ASCII slug; accents folded, anything else becomes '-'. */
    public static String slug(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String slug = folded.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._]+", "-").replaceAll("^[-.]+|[-.]+$", "");
        if (slug.length() > MAX_SLUG) {
            slug = slug.substring(0, MAX_SLUG);
        }
        return slug;
    }

    /** The slug, with a hash of the original appended when the slug is not the original itself. */
    static String slugWithHash(String name) {
        String slug = slug(name);
        if (slug.equals(name) && !slug.isEmpty()) {
            return slug;
        }
        String hash = shortHash(name);
        return slug.isEmpty() ? hash : slug + "-" + hash;
    }

    private static String shortHash(String name) {
        return sha256Hex(name, 4);
    }

    /** The first {@code bytes} bytes of the SHA-256 of {@code text}'s UTF-8, in hex. */
    static String sha256Hex(String text, int bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static Node uri(String iri) {
        IRIs.checkEx(iri);
        return NodeFactory.createURI(iri);
    }
}
