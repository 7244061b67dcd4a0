// loads: (:Document)-[:ISSUED_BY]->(:Agency)
// Upserts relationships by their stable id; row = {id, start, end, properties}. Endpoints are matched
// by label and id so the uniqueness constraints' indexes are used.
UNWIND $rows AS row
MATCH (a:Document {id: row.start})
MATCH (b:Agency {id: row.end})
MERGE (a)-[r:ISSUED_BY {id: row.id}]->(b)
SET r += row.properties;
