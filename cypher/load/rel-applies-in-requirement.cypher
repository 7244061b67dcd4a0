// loads: (:Requirement)-[:APPLIES_IN]->(:Zone)
// Upserts relationships by their stable id; row = {id, start, end, properties}. Endpoints are matched
// by label and id so the uniqueness constraints' indexes are used.
UNWIND $rows AS row
MATCH (a:Requirement {id: row.start})
MATCH (b:Zone {id: row.end})
MERGE (a)-[r:APPLIES_IN {id: row.id}]->(b)
SET r += row.properties;
