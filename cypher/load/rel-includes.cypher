// loads: (:InnovationBatch)-[:INCLUDES]->(:Measure)
// Upserts relationships by their stable id; row = {id, start, end, properties}. Endpoints are matched
// by label and id so the uniqueness constraints' indexes are used.
UNWIND $rows AS row
MATCH (a:InnovationBatch {id: row.start})
MATCH (b:Measure {id: row.end})
MERGE (a)-[r:INCLUDES {id: row.id}]->(b)
SET r += row.properties;
