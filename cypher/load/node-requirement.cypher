// loads: (:Requirement)
// Upserts nodes by their stable id; row = {id, properties}. Running it twice changes nothing.
UNWIND $rows AS row
MERGE (n:Requirement {id: row.id})
SET n += row.properties;
