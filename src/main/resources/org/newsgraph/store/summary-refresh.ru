# Brings the summary graph up to date for a set of documents that were added, replaced or removed.
# SummaryGraph puts the documents where the #DOCUMENTS line stands: "VALUES ?doc { <...> ... }" for
# some, or "GRAPH ?doc { ?doc a ng:Document }" for a rebuild of all. Every step reads only what those
# documents touch: their own records, their graphs, and the totals of the keys they name. Totals are
# kept by difference (the documents' new records on, their old ones off), so a refresh costs what the
# changed documents hold however large the store has grown.
#
# Records and totals are named by a hash of their key (summary/edge-record/SHA1, ...), so the same
# documents give the same summary, byte for byte, in any store.
# Records (one per document and key, so that a document's share can be taken back):
#   ?doc a ngs:DocumentRecord ; ngs:date? ; ngs:outlet?
#   [ ngs:document ; ngs:entity ; ngs:count ]  (mentions of one entity; untyped, as there are many)
#   [ a ngs:EdgeRecord ; ngs:document ; ngs:subject ; ngs:relation ; ngs:object ; ngs:count ; ngs:outlet? ; ngs:date? ]
#   [ a ngs:ClaimRecord ; ngs:document ; ngs:speaker ; ngs:stance ; ngs:count ; ngs:outlet? ; ngs:date? ]
# Totals (ngs:count sums the records' counts, ngs:documentCount counts the records):
#   [ a ngs:MentionTotal ; ngs:entity ; ngs:outlet? ; ngs:count ; ngs:documentCount ]
#   [ a ngs:EdgeTotal ; ngs:subject ; ngs:relation ; ngs:object ; ngs:count ; ngs:documentCount ]
#   [ a ngs:ClaimTotal ; ngs:speaker ; ngs:stance ; ngs:outlet? ; ngs:count ; ngs:documentCount ]
#   ?entity ngs:mentionCount ; ngs:documentCount (its mention totals summed over outlets) ; ngs:label ;
#     ngs:name (label or other name) ; ngs:type (copied here so that lists and search need not look
#     through every graph)
# A total moves by its records' change: the documents' records as they are now, less those stored.

PREFIX ng:   <https://w3id.org/newsgraph/ontology#>
PREFIX ngs:  <https://w3id.org/newsgraph/summary#>
PREFIX rdf:  <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX dct:  <http://purl.org/dc/terms/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>

# 1. Move the totals the documents touch by the change in their records: on by the records the
#    documents give now (from their graphs), off by those stored (read before step 4 drops them).
DELETE { GRAPH <https://w3id.org/newsgraph/graph/summary> { ?t ngs:count ?old ; ngs:documentCount ?oldDocs } }
INSERT { GRAPH <https://w3id.org/newsgraph/graph/summary> { ?t a ngs:MentionTotal ; ngs:entity ?e ; ngs:outlet ?o ; ngs:count ?n ; ngs:documentCount ?docs } }
WHERE {
  { SELECT ?t ?e ?o (SUM(?k) AS ?change) (SUM(?kd) AS ?docChange) WHERE {
      {
#DOCUMENTS
        GRAPH <https://w3id.org/newsgraph/graph/summary> { ?r ngs:document ?doc ; ngs:entity ?e ; ngs:count ?c OPTIONAL { ?doc ngs:outlet ?o } }
        BIND(-?c AS ?k) BIND(-1 AS ?kd)
      } UNION {
        { SELECT ?doc ?e (COUNT(?m) AS ?c) WHERE {
#DOCUMENTS
            GRAPH ?doc { ?m ng:refersTo ?e }
          } GROUP BY ?doc ?e }
        OPTIONAL { GRAPH ?doc { ?doc ng:outlet ?o } }
        BIND(?c AS ?k) BIND(1 AS ?kd)
      }
      BIND(IRI(CONCAT("https://w3id.org/newsgraph/summary/mention-total/", SHA1(CONCAT(STR(?e), " ", COALESCE(STR(?o), ""))))) AS ?t)
    } GROUP BY ?t ?e ?o }
  FILTER(?change != 0 || ?docChange != 0)
  OPTIONAL { GRAPH <https://w3id.org/newsgraph/graph/summary> { ?t ngs:count ?old ; ngs:documentCount ?oldDocs } }
  BIND(COALESCE(?old, 0) + ?change AS ?n)
  BIND(COALESCE(?oldDocs, 0) + ?docChange AS ?docs)
} ;
DELETE { GRAPH <https://w3id.org/newsgraph/graph/summary> { ?t ngs:count ?old ; ngs:documentCount ?oldDocs } }
INSERT { GRAPH <https://w3id.org/newsgraph/graph/summary> { ?t a ngs:EdgeTotal ; ngs:subject ?a ; ngs:relation ?rel ; ngs:object ?b ; ngs:count ?n ; ngs:documentCount ?docs } }
WHERE {
  { SELECT ?t ?a ?rel ?b (SUM(?k) AS ?change) (SUM(?kd) AS ?docChange) WHERE {
      {
#DOCUMENTS
        GRAPH <https://w3id.org/newsgraph/graph/summary> { ?r a ngs:EdgeRecord ; ngs:document ?doc ; ngs:subject ?a ; ngs:relation ?rel ; ngs:object ?b ; ngs:count ?c }
        BIND(-?c AS ?k) BIND(-1 AS ?kd)
      } UNION {
        { SELECT ?doc ?a ?rel ?b (COUNT(?st) AS ?c) WHERE {
#DOCUMENTS
            GRAPH ?doc { ?st a ng:RelationStatement ; rdf:subject ?a ; rdf:predicate ?rel ; rdf:object ?b }
          } GROUP BY ?doc ?a ?rel ?b }
        BIND(?c AS ?k) BIND(1 AS ?kd)
      }
      BIND(IRI(CONCAT("https://w3id.org/newsgraph/summary/edge-total/", SHA1(CONCAT(STR(?a), " ", STR(?rel), " ", STR(?b))))) AS ?t)
    } GROUP BY ?t ?a ?rel ?b }
  FILTER(?change != 0 || ?docChange != 0)
  OPTIONAL { GRAPH <https://w3id.org/newsgraph/graph/summary> { ?t ngs:count ?old ; ngs:documentCount ?oldDocs } }
  BIND(COALESCE(?old, 0) + ?change AS ?n)
  BIND(COALESCE(?oldDocs, 0) + ?docChange AS ?docs)
} ;
DELETE { GRAPH <https://w3id.org/newsgraph/graph/summary> { ?t ngs:count ?old ; ngs:documentCount ?oldDocs } }
INSERT { GRAPH <https://w3id.org/newsgraph/graph/summary> { ?t a ngs:ClaimTotal ; ngs:speaker ?s ; ngs:stance ?stance ; ngs:outlet ?o ; ngs:count ?n ; ngs:documentCount ?docs } }
WHERE {
  { SELECT ?t ?s ?stance ?o (SUM(?k) AS ?change) (SUM(?kd) AS ?docChange) WHERE {
      {
#DOCUMENTS
        GRAPH <https://w3id.org/newsgraph/graph/summary> { ?r a ngs:ClaimRecord ; ngs:document ?doc ; ngs:speaker ?s ; ngs:stance ?stance ; ngs:count ?c
          OPTIONAL { ?r ngs:outlet ?o } }
        BIND(-?c AS ?k) BIND(-1 AS ?kd)
      } UNION {
        { SELECT ?doc ?s ?stance (COUNT(?cl) AS ?c) WHERE {
#DOCUMENTS
            { GRAPH ?doc { ?s ng:claims ?cl } BIND(ng:claims AS ?stance) } UNION { GRAPH ?doc { ?s ng:denies ?cl } BIND(ng:denies AS ?stance) }
          } GROUP BY ?doc ?s ?stance }
        OPTIONAL { GRAPH ?doc { ?doc ng:outlet ?o } }
        BIND(?c AS ?k) BIND(1 AS ?kd)
      }
      BIND(IRI(CONCAT("https://w3id.org/newsgraph/summary/claim-total/", SHA1(CONCAT(STR(?s), " ", STR(?stance), " ", COALESCE(STR(?o), ""))))) AS ?t)
    } GROUP BY ?t ?s ?stance ?o }
  FILTER(?change != 0 || ?docChange != 0)
  OPTIONAL { GRAPH <https://w3id.org/newsgraph/graph/summary> { ?t ngs:count ?old ; ngs:documentCount ?oldDocs } }
  BIND(COALESCE(?old, 0) + ?change AS ?n)
  BIND(COALESCE(?oldDocs, 0) + ?docChange AS ?docs)
} ;

# 2. The same for each entity's sums over outlets.
DELETE { GRAPH <https://w3id.org/newsgraph/graph/summary> { ?e ngs:mentionCount ?old ; ngs:documentCount ?oldDocs } }
INSERT { GRAPH <https://w3id.org/newsgraph/graph/summary> { ?e ngs:mentionCount ?n ; ngs:documentCount ?docs } }
WHERE {
  { SELECT ?e (SUM(?k) AS ?change) (SUM(?kd) AS ?docChange) WHERE {
      {
#DOCUMENTS
        GRAPH <https://w3id.org/newsgraph/graph/summary> { ?r ngs:document ?doc ; ngs:entity ?e ; ngs:count ?c }
        BIND(-?c AS ?k) BIND(-1 AS ?kd)
      } UNION {
        { SELECT ?doc ?e (COUNT(?m) AS ?c) WHERE {
#DOCUMENTS
            GRAPH ?doc { ?m ng:refersTo ?e }
          } GROUP BY ?doc ?e }
        BIND(?c AS ?k) BIND(1 AS ?kd)
      }
    } GROUP BY ?e }
  FILTER(?change != 0 || ?docChange != 0)
  OPTIONAL { GRAPH <https://w3id.org/newsgraph/graph/summary> { ?e ngs:mentionCount ?old ; ngs:documentCount ?oldDocs } }
  BIND(COALESCE(?old, 0) + ?change AS ?n)
  BIND(COALESCE(?oldDocs, 0) + ?docChange AS ?docs)
} ;

# 3. Each entity the documents name, before or after, gets its names and types afresh (a document
#    may have brought or taken a name); its label is the least of its labels, whichever store it is in.
DELETE { GRAPH <https://w3id.org/newsgraph/graph/summary> { ?e ?p ?v } }
WHERE {
  { SELECT DISTINCT ?e WHERE {
#DOCUMENTS
      { GRAPH <https://w3id.org/newsgraph/graph/summary> { ?r ngs:document ?doc ; ngs:entity ?e } } UNION { GRAPH ?doc { ?m ng:refersTo ?e } }
    } }
  GRAPH <https://w3id.org/newsgraph/graph/summary> { ?e ?p ?v VALUES ?p { ngs:label ngs:name ngs:type } }
} ;
INSERT { GRAPH <https://w3id.org/newsgraph/graph/summary> { ?e ngs:label ?label } }
WHERE {
  SELECT ?e (MIN(?l) AS ?label) WHERE {
    { SELECT DISTINCT ?e WHERE {
#DOCUMENTS
      { GRAPH <https://w3id.org/newsgraph/graph/summary> { ?r ngs:document ?doc ; ngs:entity ?e } } UNION { GRAPH ?doc { ?m ng:refersTo ?e } }
    } }
    GRAPH <https://w3id.org/newsgraph/graph/summary> { ?e ngs:documentCount ?docs FILTER(?docs > 0) }
    ?e rdfs:label ?l
  } GROUP BY ?e
} ;
INSERT { GRAPH <https://w3id.org/newsgraph/graph/summary> { ?e ngs:name ?name } }
WHERE {
  { SELECT DISTINCT ?e WHERE {
#DOCUMENTS
      { GRAPH <https://w3id.org/newsgraph/graph/summary> { ?r ngs:document ?doc ; ngs:entity ?e } } UNION { GRAPH ?doc { ?m ng:refersTo ?e } }
    } }
  GRAPH <https://w3id.org/newsgraph/graph/summary> { ?e ngs:documentCount ?docs FILTER(?docs > 0) }
  { ?e rdfs:label ?name } UNION { ?e skos:altLabel ?name }
} ;
INSERT { GRAPH <https://w3id.org/newsgraph/graph/summary> { ?e ngs:type ?class } }
WHERE {
  { SELECT DISTINCT ?e WHERE {
#DOCUMENTS
      { GRAPH <https://w3id.org/newsgraph/graph/summary> { ?r ngs:document ?doc ; ngs:entity ?e } } UNION { GRAPH ?doc { ?m ng:refersTo ?e } }
    } }
  GRAPH <https://w3id.org/newsgraph/graph/summary> { ?e ngs:documentCount ?docs FILTER(?docs > 0) }
  ?e a ?class .
  FILTER(?class IN (ng:State, ng:Organization, ng:ArmedGroup, ng:Person, ng:Place))
} ;

# 4. Drop the old records.
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

# 5. Record the documents as they are now (a removed one has no graph, so no record).
INSERT { GRAPH <https://w3id.org/newsgraph/graph/summary> { ?doc a ngs:DocumentRecord ; ngs:date ?date ; ngs:outlet ?o } }
WHERE {
#DOCUMENTS
  GRAPH ?doc { ?doc a ng:Document OPTIONAL { ?doc dct:issued ?date } OPTIONAL { ?doc ng:outlet ?o } }
} ;
INSERT { GRAPH <https://w3id.org/newsgraph/graph/summary> {
    ?r ngs:document ?doc ; ngs:entity ?e ; ngs:count ?n } }
WHERE {
  { SELECT ?doc ?e (COUNT(?m) AS ?n) WHERE {
#DOCUMENTS
      GRAPH ?doc { ?m ng:refersTo ?e }
    } GROUP BY ?doc ?e }
  BIND(IRI(CONCAT("https://w3id.org/newsgraph/summary/mention-record/", SHA1(CONCAT(STR(?doc), " ", STR(?e))))) AS ?r)
} ;
INSERT { GRAPH <https://w3id.org/newsgraph/graph/summary> {
    ?r a ngs:EdgeRecord ; ngs:document ?doc ; ngs:subject ?a ; ngs:relation ?rel ; ngs:object ?b ;
        ngs:count ?n ; ngs:outlet ?o ; ngs:date ?date } }
WHERE {
  { SELECT ?doc ?a ?rel ?b (COUNT(?st) AS ?n) WHERE {
#DOCUMENTS
      GRAPH ?doc { ?st a ng:RelationStatement ; rdf:subject ?a ; rdf:predicate ?rel ; rdf:object ?b }
    } GROUP BY ?doc ?a ?rel ?b }
  BIND(IRI(CONCAT("https://w3id.org/newsgraph/summary/edge-record/", SHA1(CONCAT(STR(?doc), " ", STR(?a), " ", STR(?rel), " ", STR(?b))))) AS ?r)
  OPTIONAL { GRAPH ?doc { ?doc ng:outlet ?o } }
  OPTIONAL { GRAPH ?doc { ?doc dct:issued ?date } }
} ;
INSERT { GRAPH <https://w3id.org/newsgraph/graph/summary> {
    ?r a ngs:ClaimRecord ; ngs:document ?doc ; ngs:speaker ?s ; ngs:stance ?stance ; ngs:count ?n ;
        ngs:outlet ?o ; ngs:date ?date } }
WHERE {
  { SELECT ?doc ?s ?stance (COUNT(?c) AS ?n) WHERE {
#DOCUMENTS
      { GRAPH ?doc { ?s ng:claims ?c } BIND(ng:claims AS ?stance) } UNION { GRAPH ?doc { ?s ng:denies ?c } BIND(ng:denies AS ?stance) }
    } GROUP BY ?doc ?s ?stance }
  BIND(IRI(CONCAT("https://w3id.org/newsgraph/summary/claim-record/", SHA1(CONCAT(STR(?doc), " ", STR(?s), " ", STR(?stance))))) AS ?r)
  OPTIONAL { GRAPH ?doc { ?doc ng:outlet ?o } }
  OPTIONAL { GRAPH ?doc { ?doc dct:issued ?date } }
} ;

# 6. A total or entity that no document counts any more goes.
DELETE { GRAPH <https://w3id.org/newsgraph/graph/summary> { ?t ?p ?v } }
WHERE { GRAPH <https://w3id.org/newsgraph/graph/summary> { ?t ngs:documentCount 0 ; ?p ?v } }
