// loads: (:Measure)-[:SIMILAR_TO]->(:Measure)
// Upserts relationships by their stable id; row = {id, start, end, properties}. Endpoints are matched
// by label and id so the uniqueness constraints' indexes are used.
UNWIND $rows AS row
MATCH (a:Measure {id: row.start})
MATCH (b:Measure {id: row.end})
MERGE (a)-[r:SIMILAR_TO {id: row.id}]->(b)
SET r += row.properties;
