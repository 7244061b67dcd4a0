// The four queries the engine's second lever was measured on (docs/benchmarks.md, "After the second lever"),
// copied unchanged from policy-queries.cypher: keep them in step with it. Same format.
// Run with: policygraph bench --queries cypher/bench/second-lever.cypher ...

// name: busiest-agencies
MATCH (a:Agency)-[:RESPONSIBLE_FOR]->(m:Measure)
RETURN a.name AS agency, count(m) AS measures
ORDER BY measures DESC, agency
LIMIT 10
;

// name: agency-one-hop
// params: {"agency": "福州市商务局"}
MATCH (a:Agency {name: $agency})-[r]-(n)
RETURN type(r) AS relationship, count(n) AS neighbours
ORDER BY relationship
;

// name: text-filter
// params: {"phrase": "跨境资金池"}
MATCH (m:Measure)
WHERE m.text CONTAINS $phrase
RETURN m.id AS measure, m.title AS title
ORDER BY measure
LIMIT 20
;

// name: innovations-by-novelty
MATCH (i:Innovation)
RETURN i.novelty AS novelty, count(*) AS innovations
ORDER BY novelty
;
