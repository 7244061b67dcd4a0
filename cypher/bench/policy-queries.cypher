// Benchmark queries over the PolicyGraph schema (Document, Section, Measure, Agency, Zone, InnovationBatch).
// Format: each statement is preceded by "// name: ..." (and optionally "// params: {json}")
// and ends with a line holding only ";". Run with: policygraph bench --queries cypher/bench/policy-queries.cypher ...

// name: agency-portfolio
// params: {"agency": "福州市商务局"}
MATCH (a:Agency {name: $agency})-[r:RESPONSIBLE_FOR]->(m:Measure)
RETURN m.id AS measure, m.title AS title, r.order AS order
ORDER BY measure
LIMIT 50
;

// name: busiest-agencies
MATCH (a:Agency)-[:RESPONSIBLE_FOR]->(m:Measure)
RETURN a.name AS agency, count(m) AS measures
ORDER BY measures DESC, agency
LIMIT 10
;

// name: co-responsibility-pairs
MATCH (a:Agency)-[:RESPONSIBLE_FOR]->(m:Measure)<-[:RESPONSIBLE_FOR]-(b:Agency)
WHERE a.name < b.name
RETURN a.name AS first, b.name AS second, count(m) AS shared
ORDER BY shared DESC, first, second
LIMIT 20
;

// name: agency-one-hop
// params: {"agency": "福州市商务局"}
MATCH (a:Agency {name: $agency})-[r]-(n)
RETURN type(r) AS relationship, count(n) AS neighbours
ORDER BY relationship
;

// name: agency-zones-two-hop
// params: {"agency": "福州市商务局"}
MATCH (a:Agency {name: $agency})-[:RESPONSIBLE_FOR]->(:Measure)-[:APPLIES_IN]->(z:Zone)
RETURN z.name AS zone, count(*) AS measures
ORDER BY measures DESC, zone
;

// name: similar-measures-within-two-hops
// params: {"agency": "福州市商务局"}
MATCH (a:Agency {name: $agency})-[:RESPONSIBLE_FOR]->(m:Measure)-[:SIMILAR_TO*1..2]-(other:Measure)
WHERE other <> m
RETURN DISTINCT other.id AS measure
ORDER BY measure
LIMIT 100
;

// name: citation-chains
MATCH (d:Document)-[:CITES*1..3]->(cited:Document)
RETURN cited.id AS document, count(DISTINCT d) AS citedBy
ORDER BY citedBy DESC, document
LIMIT 10
;

// name: text-filter
// params: {"phrase": "跨境资金池"}
MATCH (m:Measure)
WHERE m.text CONTAINS $phrase
RETURN m.id AS measure, m.title AS title
ORDER BY measure
LIMIT 20
;

// name: zone-documents
// params: {"zone": "福州片区"}
MATCH (z:Zone {name: $zone})<-[:APPLIES_IN]-(m:Measure)<-[:CONTAINS]-(d:Document)
RETURN d.title AS document, count(m) AS measures
ORDER BY measures DESC, document
LIMIT 10
;

// name: innovations-by-novelty
MATCH (i:Innovation)
RETURN i.novelty AS novelty, count(*) AS innovations
ORDER BY novelty
;

// name: measures-per-section-level
MATCH (d:Document)-[:HAS_SECTION*1..2]->(s:Section)-[:CONTAINS]->(m:Measure)
RETURN s.level AS level, count(m) AS measures
ORDER BY level
;
