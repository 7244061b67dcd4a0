// loads: (:Measure:Innovation)
// Upserts nodes by their stable id; row = {id, properties}. Running it twice changes nothing.
UNWIND $rows AS row
MERGE (n:Measure {id: row.id})
SET n:Innovation, n += row.properties;
