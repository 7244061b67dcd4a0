// loads: (:Section)-[:CONTAINS]->(:Requirement)
// Upserts relationships by their stable id; row = {id, start, end, properties}. Endpoints are matched
// by label and id so the uniqueness constraints' indexes are used.
UNWIND $rows AS row
MATCH (a:Section {id: row.start})
MATCH (b:Requirement {id: row.end})
MERGE (a)-[r:CONTAINS {id: row.id}]->(b)
SET r += row.properties;
