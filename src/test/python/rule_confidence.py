#!/usr/bin/env python3
"""Measures each extraction rule's precision on annotated articles and writes ontology/rules/confidence.tsv.

Usage (from the checkout, after ingesting the development articles and exporting N-Quads):
  python3 src/test/python/rule_confidence.py --graph dev.nq \
      --gold ../shared/eval/dev/seeds.gold.tsv --clusters ../shared/eval/clusters.tsv \
      --gold src/test/resources/eval/fakes-dev.gold.tsv --clusters src/test/resources/eval/fakes-dev.clusters.tsv \
      [--write ontology/rules/confidence.tsv]

Each --gold goes with the --clusters given at the same position. A relation or place-control statement
is correct when a gold row of its article (required or optional) has its subject, predicate and object;
a claim when a gold row has its stance, accepts all its speakers and has its key inside its text —
the scorer's own matching (../shared/eval/score.py is imported, not copied). A rule's confidence is
(correct + 1) / (extracted + 2), so a rule seen twice is not called certain.
"""
import argparse
import collections
import importlib.util
import os
import sys

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
NG = "https://w3id.org/newsgraph/ontology#"


def load_scorer(path):
    spec = importlib.util.spec_from_file_location("score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--graph", required=True)
    ap.add_argument("--gold", action="append", required=True)
    ap.add_argument("--clusters", action="append", required=True)
    ap.add_argument("--scorer", default="../shared/eval/score.py")
    ap.add_argument("--write", help="write rule<TAB>confidence<TAB>correct/extracted here")
    a = ap.parse_args()
    if len(a.gold) != len(a.clusters):
        sys.exit("rule_confidence.py: give one --clusters per --gold")
    score = load_scorer(a.scorer)
    quads = score.read_quads(a.graph)
    doc_file, labels, pref, qids, text, triples = {}, collections.defaultdict(set), collections.defaultdict(set), \
        collections.defaultdict(set), {}, collections.defaultdict(dict)
    speakers = collections.defaultdict(set)
    for s, p, o, g in quads:
        v = score.term_value(o)
        if p == NG + "fileName":
            doc_file[s] = os.path.basename(v)
        elif p in score.LABELS and o.startswith('"'):
            labels[s].add(score.norm_name(v))
            if p in score.PREF:
                pref[s].add(score.norm_name(v))
        elif p in score.SAME_AS and o.startswith("<"):
            m = score.QID_RE.match(v)
            if m:
                qids[s].add(m.group(1))
        elif p == NG + "text" and o.startswith('"'):
            text[s] = score.norm(v)
        elif p in (NG + "claims", NG + "denies"):
            speakers[v].add((s, p[len(NG):], g))
        if p in (RDF + "subject", RDF + "predicate", RDF + "object", NG + "rule", RDF + "type"):
            triples[s][p] = v
            triples[s]["graph"] = g
    counts = collections.defaultdict(lambda: [0, 0])
    for gold, clusters in zip(a.gold, a.clusters):
        alias, qid_cluster, _ = score.read_clusters(clusters)
        g_mentions, g_relations, g_claims = score.read_gold([gold])

        def cluster(e):
            for names in (pref[e], qids[e], labels[e]):
                table = qid_cluster if names is qids[e] else alias
                hits = {table[n] for n in names if n in table}
                if len(hits) == 1:
                    return hits.pop()
            return None

        for node, t in triples.items():
            doc = doc_file.get(t.get("graph"))
            if doc not in g_mentions and doc not in g_relations and doc not in g_claims:
                continue
            kind = t.get(RDF + "type", "")
            if kind in (NG + "RelationStatement", NG + "ControlStatement"):
                pred = t[RDF + "predicate"][len(NG):]
                cs, co = cluster(t[RDF + "subject"]), cluster(t[RDF + "object"])
                ok = any(r[1] == pred and cs in r[0] and co in r[2] for r in g_relations.get(doc, []))
                if pred == "heldBy":
                    continue
                counts[t[NG + "rule"]][0] += ok
                counts[t[NG + "rule"]][1] += 1
            elif kind == NG + "Claim":
                said = speakers.get(node, set())
                stances = {p for _, p, _ in said}
                who = {cluster(s) or "?" for s, _, _ in said}
                body = text.get(node, "")
                ok = any(stances <= r[1] and "?" not in who and who <= r[0] and r[2] in body
                         for r in g_claims.get(doc, []))
                counts[t[NG + "rule"]][0] += ok
                counts[t[NG + "rule"]][1] += 1
    lines = []
    for rule in sorted(counts):
        correct, extracted = counts[rule]
        lines.append(f"{rule}\t{(correct + 1) / (extracted + 2):.2f}\t{correct}/{extracted}")
    out = "# rule\tconfidence\tcorrect/extracted — written by src/test/python/rule_confidence.py; (correct+1)/(extracted+2)\n"
    out += "\n".join(lines) + "\n"
    if a.write:
        with open(a.write, "w", encoding="utf-8") as f:
            f.write(out)
    print(out, end="")


if __name__ == "__main__":
    main()
