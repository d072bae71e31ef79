package org.newsgraph.proposition;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Which unit classes of {@code quantities.tsv} count the same kind of thing, so their numbers compare. */
public final class Units {
    private final Map<String, Set<String>> generic = new HashMap<>();

    private Units(List<DataFile.Row> rows) {
        for (DataFile.Row r : rows) {
            if (r.kind().equals("generic")) {
                for (String other : r.list(2)) {
                    generic.computeIfAbsent(r.cell(1), k -> new HashSet<>()).add(other);
                    generic.computeIfAbsent(other, k -> new HashSet<>()).add(r.cell(1));
                }
            }
        }
    }

    public static Units load() {
        return new Units(DataFile.load(Units.class, QuantityLexicon.FILE));
    }

    /** The unit classes whose numbers {@link #comparable} allows beside numbers of {@code a}: itself and its generic counts. */
    public Set<String> comparableTo(String a) {
        Set<String> out = new HashSet<>(generic.getOrDefault(a, Set.of()));
        out.add(a);
        return out;
    }

    /** Whether numbers of the two unit classes may count the same thing: equal, or one the other's generic count. */
    public boolean comparable(String a, String b) {
        return a.equals(b) || generic.getOrDefault(a, Set.of()).contains(b);
    }
}
