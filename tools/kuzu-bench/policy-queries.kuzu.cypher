// Kuzu's text of the bench queries (cypher/bench/policy-queries.cypher) that Kuzu cannot read as written.
// Same format and names; each twin computes what its original computes. Read by `policygraph bench-kuzu`.
// Kept out of cypher/ because these are not openCypher (cypher-lint checks that folder against Neo4j's dialect).

// name: agency-portfolio
// params: {"agency": "福州市商务局"}
// `order` is a Kuzu keyword: the property and the column name are quoted.
MATCH (a:Agency {name: $agency})-[r:RESPONSIBLE_FOR]->(m:Measure)
RETURN m.id AS measure, m.title AS title, r.`order` AS `order`
ORDER BY measure
LIMIT 50
;

// name: agency-one-hop
// params: {"agency": "福州市商务局"}
// Kuzu names a relationship's type with label(r), not type(r).
MATCH (a:Agency {name: $agency})-[r]-(n)
RETURN label(r) AS relationship, count(n) AS neighbours
ORDER BY relationship
;

// name: innovations-by-novelty
// A Kuzu node has one table; the generator's extra Innovation label on measures is the BOOLEAN column label_Innovation.
MATCH (i:Measure)
WHERE i.label_Innovation
RETURN i.novelty AS novelty, count(*) AS innovations
ORDER BY novelty
;
