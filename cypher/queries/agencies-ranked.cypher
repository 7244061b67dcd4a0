// @title 机构责任排名 | Agencies ranked by responsibility
// @answers Which agencies carry the most work? Lead = named first (order 1) in a measure's responsible units,
// @answers co-responsible = named after the first; documents = how many documents assign them work.
// @answers-zh 哪些机构承担的工作最多？牵头 = 责任单位中排第一；配合 = 排在其后；文件数 = 给其分配任务的文件数。
// @param limit int = 30 how many agencies to list
MATCH (a:Agency)-[r:RESPONSIBLE_FOR]->(m:Measure)<-[:CONTAINS]-(d:Document)
WITH a, count(DISTINCT m) AS measures, count(DISTINCT d) AS documents,
     sum(CASE WHEN r.order = 1 THEN 1 ELSE 0 END) AS lead,
     sum(CASE WHEN r.order > 1 THEN 1 ELSE 0 END) AS coResponsible
RETURN a AS agency, lead, coResponsible, measures, documents
ORDER BY lead DESC, measures DESC, a.name
LIMIT $limit
