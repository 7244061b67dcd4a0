// loads: (:Zone)-[:PART_OF]->(:Zone)
// Upserts relationships by their stable id; row = {id, start, end, properties}. Endpoints are matched
// by label and id so the uniqueness constraints' indexes are used.
UNWIND $rows AS row
MATCH (a:Zone {id: row.start})
MATCH (b:Zone {id: row.end})
MERGE (a)-[r:PART_OF {id: row.id}]->(b)
SET r += row.properties;
