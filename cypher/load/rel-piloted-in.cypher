// loads: (:Measure)-[:PILOTED_IN]->(:Zone)
// Upserts relationships by their stable id; row = {id, start, end, properties}. Endpoints are matched
// by label and id so the uniqueness constraints' indexes are used.
UNWIND $rows AS row
MATCH (a:Measure {id: row.start})
MATCH (b:Zone {id: row.end})
MERGE (a)-[r:PILOTED_IN {id: row.id}]->(b)
SET r += row.properties;
