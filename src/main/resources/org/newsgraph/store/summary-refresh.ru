# Brings the summary graph up to date for a set of documents that were added, replaced or removed.
# SummaryGraph puts the documents where the #DOCUMENTS line stands: "VALUES ?doc { <...> ... }" for
# some, or "GRAPH ?doc { ?doc a ng:Document }" for a rebuild of all. Every step reads only what those
# documents touch: their own records, their graphs, and the totals of the keys they name.
#
# Records and totals are named by a hash of their key (summary/edge-record/SHA1, ...), so the same
# documents give the same summary, byte for byte, in any store.
# Records (one per document and key, so that a document's share can be taken back):
#   ?doc a ngs:DocumentRecord ; ngs:names ?entity ; ngs:date? ; ngs:outlet?
#   [ a ngs:EdgeRecord ; ngs:document ; ngs:subject ; ngs:relation ; ngs:object ; ngs:count ; ngs:outlet? ; ngs:date? ]
#   [ a ngs:ClaimRecord ; ngs:document ; ngs:speaker ; ngs:stance ; ngs:count ; ngs:outlet? ; ngs:date? ]
# Totals (recomputed for every key a changed document touches, before or after the change):
#   ?entity ngs:mentionCount ; ngs:documentCount ; ngs:label ; ngs:name (label or other name) ; ngs:type
#     (the names and types copied here so that lists and search need not look through every graph)
#   [ a ngs:MentionTotal ; ngs:entity ; ngs:outlet? ; ngs:count ; ngs:documentCount ]
#   [ a ngs:EdgeTotal ; ngs:subject ; ngs:relation ; ngs:object ; ngs:count ; ngs:documentCount ]
#   [ a ngs:ClaimTotal ; ngs:speaker ; ngs:stance ; ngs:outlet? ; ngs:count ]

PREFIX ng:   <https://w3id.org/newsgraph/ontology#>
PREFIX ngs:  <https://w3id.org/newsgraph/summary#>
PREFIX rdf:  <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX dct:  <http://purl.org/dc/terms/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>

# 1. Mark the keys the documents touch, as recorded (before the change) and as stored (after it).
INSERT { GRAPH <https://w3id.org/newsgraph/graph/summary-stale> { ?e ngs:stale ngs:Entity } }
WHERE {
#DOCUMENTS
  { GRAPH <https://w3id.org/newsgraph/graph/summary> { ?doc ngs:names ?e } }
  UNION { GRAPH ?doc { ?doc ng:mentions ?e } }
} ;
INSERT { GRAPH <https://w3id.org/newsgraph/graph/summary-stale-edges> { ?a ?rel ?b } }
WHERE {
#DOCUMENTS
  { GRAPH <https://w3id.org/newsgraph/graph/summary> {
      ?r a ngs:EdgeRecord ; ngs:document ?doc ; ngs:subject ?a ; ngs:relation ?rel ; ngs:object ?b } }
  UNION { GRAPH ?doc { ?st a ng:RelationStatement ; rdf:subject ?a ; rdf:predicate ?rel ; rdf:object ?b } }
} ;
INSERT { GRAPH <https://w3id.org/newsgraph/graph/summary-stale> { ?s ngs:stale ngs:Speaker } }
WHERE {
#DOCUMENTS
  { GRAPH <https://w3id.org/newsgraph/graph/summary> { ?r a ngs:ClaimRecord ; ngs:document ?doc ; ngs:speaker ?s } }
  UNION { GRAPH ?doc { ?s ?stance ?c . VALUES ?stance { ng:claims ng:denies } } }
} ;

# 2. Take back the documents' records.
DELETE { GRAPH <https://w3id.org/newsgraph/graph/summary> { ?doc ?p ?o } }
WHERE {
#DOCUMENTS
  GRAPH <https://w3id.org/newsgraph/graph/summary> { ?doc ?p ?o }
} ;
DELETE { GRAPH <https://w3id.org/newsgraph/graph/summary> { ?r ?p ?o } }
WHERE {
#DOCUMENTS
  GRAPH <https://w3id.org/newsgraph/graph/summary> { ?r ngs:document ?doc ; ?p ?o }
} ;

# 3. Record the documents as they are now (a removed one has no graph, so no record).
INSERT { GRAPH <https://w3id.org/newsgraph/graph/summary> { ?doc a ngs:DocumentRecord ; ngs:date ?date ; ngs:outlet ?o } }
WHERE {
#DOCUMENTS
  GRAPH ?doc { ?doc a ng:Document OPTIONAL { ?doc dct:issued ?date } OPTIONAL { ?doc ng:outlet ?o } }
} ;
INSERT { GRAPH <https://w3id.org/newsgraph/graph/summary> { ?doc ngs:names ?e } }
WHERE {
#DOCUMENTS
  GRAPH ?doc { ?doc ng:mentions ?e }
} ;
INSERT { GRAPH <https://w3id.org/newsgraph/graph/summary> {
    ?r a ngs:EdgeRecord ; ngs:document ?doc ; ngs:subject ?a ; ngs:relation ?rel ; ngs:object ?b ;
        ngs:count ?n ; ngs:outlet ?o ; ngs:date ?date } }
WHERE {
  { SELECT ?doc ?a ?rel ?b (COUNT(?st) AS ?n) WHERE {
#DOCUMENTS
      GRAPH ?doc { ?st a ng:RelationStatement ; rdf:subject ?a ; rdf:predicate ?rel ; rdf:object ?b }
    } GROUP BY ?doc ?a ?rel ?b }
  BIND(IRI(CONCAT("https://w3id.org/newsgraph/summary/edge-record/", SHA1(CONCAT(COALESCE(STR(?doc), ""), " ", COALESCE(STR(?a), ""), " ", COALESCE(STR(?rel), ""), " ", COALESCE(STR(?b), ""))))) AS ?r)
  OPTIONAL { GRAPH ?doc { ?doc ng:outlet ?o } }
  OPTIONAL { GRAPH ?doc { ?doc dct:issued ?date } }
} ;
INSERT { GRAPH <https://w3id.org/newsgraph/graph/summary> {
    ?r a ngs:ClaimRecord ; ngs:document ?doc ; ngs:speaker ?s ; ngs:stance ?stance ; ngs:count ?n ;
        ngs:outlet ?o ; ngs:date ?date } }
WHERE {
  { SELECT ?doc ?s ?stance (COUNT(?c) AS ?n) WHERE {
#DOCUMENTS
      GRAPH ?doc { ?s ?stance ?c . VALUES ?stance { ng:claims ng:denies } }
    } GROUP BY ?doc ?s ?stance }
  BIND(IRI(CONCAT("https://w3id.org/newsgraph/summary/claim-record/", SHA1(CONCAT(COALESCE(STR(?doc), ""), " ", COALESCE(STR(?s), ""), " ", COALESCE(STR(?stance), ""))))) AS ?r)
  OPTIONAL { GRAPH ?doc { ?doc ng:outlet ?o } }
  OPTIONAL { GRAPH ?doc { ?doc dct:issued ?date } }
} ;

# 4. Recompute the totals of every marked key: mentions from the store, edges and claims from the records.
DELETE { GRAPH <https://w3id.org/newsgraph/graph/summary> { ?t ?p ?o } }
WHERE {
  GRAPH <https://w3id.org/newsgraph/graph/summary-stale> { ?e ngs:stale ngs:Entity }
  GRAPH <https://w3id.org/newsgraph/graph/summary> { ?t a ngs:MentionTotal ; ngs:entity ?e ; ?p ?o }
} ;
DELETE { GRAPH <https://w3id.org/newsgraph/graph/summary> { ?e ?p ?o } }
WHERE {
  GRAPH <https://w3id.org/newsgraph/graph/summary-stale> { ?e ngs:stale ngs:Entity }
  GRAPH <https://w3id.org/newsgraph/graph/summary> { ?e ?p ?o }
} ;
INSERT { GRAPH <https://w3id.org/newsgraph/graph/summary> { ?e ngs:label ?label } }
WHERE {
  SELECT ?e (SAMPLE(?l) AS ?label) WHERE {
    GRAPH <https://w3id.org/newsgraph/graph/summary-stale> { ?e ngs:stale ngs:Entity }
    ?e rdfs:label ?l
  } GROUP BY ?e
} ;
INSERT { GRAPH <https://w3id.org/newsgraph/graph/summary> { ?e ngs:name ?name } }
WHERE {
  GRAPH <https://w3id.org/newsgraph/graph/summary-stale> { ?e ngs:stale ngs:Entity }
  { ?e rdfs:label ?name } UNION { ?e skos:altLabel ?name }
} ;
INSERT { GRAPH <https://w3id.org/newsgraph/graph/summary> { ?e ngs:type ?class } }
WHERE {
  GRAPH <https://w3id.org/newsgraph/graph/summary-stale> { ?e ngs:stale ngs:Entity }
  ?e a ?class .
  FILTER(?class IN (ng:State, ng:Organization, ng:ArmedGroup, ng:Person, ng:Place))
} ;
INSERT { GRAPH <https://w3id.org/newsgraph/graph/summary> {
    ?t a ngs:MentionTotal ; ngs:entity ?e ; ngs:outlet ?o ; ngs:count ?n ; ngs:documentCount ?d } }
WHERE {
  { SELECT ?e ?o (COUNT(?m) AS ?n) (COUNT(DISTINCT ?doc) AS ?d) WHERE {
      GRAPH <https://w3id.org/newsgraph/graph/summary-stale> { ?e ngs:stale ngs:Entity }
      GRAPH ?doc { ?m ng:refersTo ?e }
      OPTIONAL { GRAPH ?doc { ?doc ng:outlet ?o } }
    } GROUP BY ?e ?o }
  BIND(IRI(CONCAT("https://w3id.org/newsgraph/summary/mention-total/", SHA1(CONCAT(COALESCE(STR(?e), ""), " ", COALESCE(STR(?o), ""))))) AS ?t)
} ;
INSERT { GRAPH <https://w3id.org/newsgraph/graph/summary> { ?e ngs:mentionCount ?n ; ngs:documentCount ?d } }
WHERE {
  SELECT ?e (SUM(?k) AS ?n) (SUM(?kd) AS ?d) WHERE {
    GRAPH <https://w3id.org/newsgraph/graph/summary-stale> { ?e ngs:stale ngs:Entity }
    GRAPH <https://w3id.org/newsgraph/graph/summary> { ?t a ngs:MentionTotal ; ngs:entity ?e ; ngs:count ?k ;
        ngs:documentCount ?kd }
  } GROUP BY ?e
} ;
DELETE { GRAPH <https://w3id.org/newsgraph/graph/summary> { ?t ?p ?o } }
WHERE {
  GRAPH <https://w3id.org/newsgraph/graph/summary-stale-edges> { ?a ?rel ?b }
  GRAPH <https://w3id.org/newsgraph/graph/summary> {
    ?t a ngs:EdgeTotal ; ngs:subject ?a ; ngs:relation ?rel ; ngs:object ?b ; ?p ?o }
} ;
INSERT { GRAPH <https://w3id.org/newsgraph/graph/summary> {
    ?t a ngs:EdgeTotal ; ngs:subject ?a ; ngs:relation ?rel ; ngs:object ?b ; ngs:count ?n ;
        ngs:documentCount ?d } }
WHERE {
  { SELECT ?a ?rel ?b (SUM(?k) AS ?n) (COUNT(?r) AS ?d) WHERE {
      GRAPH <https://w3id.org/newsgraph/graph/summary-stale-edges> { ?a ?rel ?b }
      GRAPH <https://w3id.org/newsgraph/graph/summary> {
        ?r a ngs:EdgeRecord ; ngs:subject ?a ; ngs:relation ?rel ; ngs:object ?b ; ngs:count ?k }
    } GROUP BY ?a ?rel ?b }
  BIND(IRI(CONCAT("https://w3id.org/newsgraph/summary/edge-total/", SHA1(CONCAT(COALESCE(STR(?a), ""), " ", COALESCE(STR(?rel), ""), " ", COALESCE(STR(?b), ""))))) AS ?t)
} ;
DELETE { GRAPH <https://w3id.org/newsgraph/graph/summary> { ?t ?p ?o } }
WHERE {
  GRAPH <https://w3id.org/newsgraph/graph/summary-stale> { ?s ngs:stale ngs:Speaker }
  GRAPH <https://w3id.org/newsgraph/graph/summary> { ?t a ngs:ClaimTotal ; ngs:speaker ?s ; ?p ?o }
} ;
INSERT { GRAPH <https://w3id.org/newsgraph/graph/summary> {
    ?t a ngs:ClaimTotal ; ngs:speaker ?s ; ngs:stance ?stance ; ngs:outlet ?o ; ngs:count ?n } }
WHERE {
  { SELECT ?s ?stance ?o (SUM(?k) AS ?n) WHERE {
      GRAPH <https://w3id.org/newsgraph/graph/summary-stale> { ?s ngs:stale ngs:Speaker }
      GRAPH <https://w3id.org/newsgraph/graph/summary> {
        ?r a ngs:ClaimRecord ; ngs:speaker ?s ; ngs:stance ?stance ; ngs:count ?k OPTIONAL { ?r ngs:outlet ?o } }
    } GROUP BY ?s ?stance ?o }
  BIND(IRI(CONCAT("https://w3id.org/newsgraph/summary/claim-total/", SHA1(CONCAT(COALESCE(STR(?s), ""), " ", COALESCE(STR(?stance), ""), " ", COALESCE(STR(?o), ""))))) AS ?t)
} ;

# 5. Forget the marks.
DROP SILENT GRAPH <https://w3id.org/newsgraph/graph/summary-stale> ;
DROP SILENT GRAPH <https://w3id.org/newsgraph/graph/summary-stale-edges>
