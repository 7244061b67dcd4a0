// @title 机构职责组合（按文件） | Agency portfolio across documents
// @answers Which measures is one agency responsible for, in every document, grouped by document?
// @answers Each row is one document with the agency's measures in it, lead (order 1) and co-responsible counts.
// @answers-zh 某一机构在各文件中负责哪些措施？按文件分组，列出牵头（排第一）与配合的数量。
// @param agency string agency id (agency:…) or canonical name, e.g. 福州市商务局
MATCH (a:Agency)-[r:RESPONSIBLE_FOR]->(m:Measure)<-[c:CONTAINS]-(d:Document)
WHERE a.id = $agency OR a.name = $agency
WITH a, d, collect(m) AS measures, collect(r) AS responsibilities, collect(c) AS containment,
     sum(CASE WHEN r.order = 1 THEN 1 ELSE 0 END) AS lead
RETURN d AS document, a AS agency, size(measures) AS measureCount, lead, size(measures) - lead AS coResponsible,
       measures, responsibilities, containment
ORDER BY measureCount DESC, d.title
