package org.newsgraph.document;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The outlets datasets name by short codes ({@code ontology/outlets.tsv}): FA-KES's {@code nna} is the
 * National News Agency, {@code manar} is Al-Manar. An outlet a metadata file gives by code or by name
 * becomes the outlet's name, so that it meets the catalogue's entity of that name. Immutable.
 */
public final class OutletTable {

    /** One outlet: its code, its name and, where verified, its Wikidata item ({@code Q…}). */
    public record Outlet(String code, String name, Optional<String> wikidata) {
        public Outlet {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(wikidata, "wikidata");
            if (code.isBlank() || name.isBlank()) {
                throw new IllegalArgumentException("an outlet needs a code and a name, got '" + code + "', '" + name + "'");
            }
            wikidata.filter(q -> !QID.matcher(q).matches()).ifPresent(q -> {
                throw new IllegalArgumentException("outlet " + code + ": '" + q + "' is not a Wikidata id (Q and digits)");
            });
        }
    }

    private static final Pattern QID = Pattern.compile("Q[1-9]\\d*");
    private static final String RESOURCE = "/ontology/outlets.tsv";

    private final List<Outlet> outlets;
    private final Map<String, Outlet> byKey = new HashMap<>();

    private OutletTable(List<Outlet> outlets) {
        this.outlets = List.copyOf(outlets);
        for (Outlet o : outlets) {
            if (byKey.put(key(o.code()), o) != null) {
                throw new IllegalArgumentException("outlet code " + o.code() + " is listed twice");
            }
        }
        for (Outlet o : outlets) {
            byKey.putIfAbsent(key(o.name()), o);
        }
    }

    /** The table shipped in the jar. */
    public static OutletTable shipped() {
        return of(TsvResource.rows(OutletTable.class, RESOURCE));
    }

    /** Reads lines {@code code TAB name [TAB wikidata]}; '#' starts a comment line. */
    static OutletTable parse(String tsv) {
        return of(TsvResource.rows(tsv));
    }

    private static OutletTable of(List<String[]> rows) {
        List<Outlet> outlets = new ArrayList<>();
        for (String[] f : rows) {
            if (f.length < 2 || f.length > 3) {
                throw new IllegalArgumentException(RESOURCE + ": expected code, name and an optional Wikidata id "
                        + "separated by tabs, got '" + String.join("\t", f) + "'");
            }
            outlets.add(new Outlet(f[0].strip(), f[1].strip(),
                    f.length == 3 && !f[2].isBlank() ? Optional.of(f[2].strip()) : Optional.empty()));
        }
        return new OutletTable(outlets);
    }

    /** The outlet a metadata value names by its code or its name, in any case. */
    public Optional<Outlet> find(String value) {
        return Optional.ofNullable(byKey.get(key(value)));
    }

    /** The name for an outlet a metadata value gives: the table's name for a code or name it lists, else the value. */
    public String name(String value) {
        return find(value).map(Outlet::name).orElse(value.strip());
    }

    public List<Outlet> all() {
        return outlets;
    }

    private static String key(String s) {
        return s.strip().toLowerCase(Locale.ROOT);
    }
}
