// @title 创新成果扩散 | How innovations spread from pilot zones
// @answers Which items of each innovation batch were piloted in which zone, and where are they promoted to?
// @answers-zh 各批创新成果的事项在哪个片区试点、推广到哪里？
// @param batch int = null batch number (e.g. 7 or 19); empty for all batches
MATCH (d:Document)-[pub:PUBLISHES]->(b:InnovationBatch)-[inc:INCLUDES]->(i:Innovation)
WHERE $batch IS NULL OR b.number = $batch
OPTIONAL MATCH (i)-[p:PILOTED_IN]->(pilot:Zone)
OPTIONAL MATCH (i)-[a:APPLIES_IN]->(target:Zone)
RETURN b AS batch, i AS innovation, i.novelty AS novelty, pilot, target, d, pub, inc, p, a
ORDER BY b.number, i.seq
