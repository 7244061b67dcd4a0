// loads: (:Section)-[:HAS_SECTION]->(:Section)
// Upserts relationships by their stable id; row = {id, start, end, properties}. Endpoints are matched
// by label and id so the uniqueness constraints' indexes are used.
UNWIND $rows AS row
MATCH (a:Section {id: row.start})
MATCH (b:Section {id: row.end})
MERGE (a)-[r:HAS_SECTION {id: row.id}]->(b)
SET r += row.properties;
