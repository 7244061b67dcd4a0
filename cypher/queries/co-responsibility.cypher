// @title 协同责任网络 | Co-responsibility network
// @answers Which agencies are named together on the same measures, and how often?
// @answers An edge joins two agencies; its weight is the number of measures they share.
// @answers-zh 哪些机构经常在同一措施中共同负责？连线的粗细是共同负责的措施数。
// @param minShared int = 2 smallest number of shared measures for an edge
// @param limit int = 150 most agency pairs to draw
// @link agency -> partner CO_RESPONSIBLE shared
MATCH (agency:Agency)-[:RESPONSIBLE_FOR]->(m:Measure)<-[:RESPONSIBLE_FOR]-(partner:Agency)
WHERE agency.id < partner.id
WITH agency, partner, count(DISTINCT m) AS shared
WHERE shared >= $minShared
RETURN agency, partner, shared
ORDER BY shared DESC, agency.name, partner.name
LIMIT $limit
