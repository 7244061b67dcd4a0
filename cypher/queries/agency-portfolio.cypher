// @title 机构职责组合（按文件） | Agency portfolio across documents
// @answers Which measures (and requirement paragraphs) is one agency responsible for, in every document, grouped by document?
// @answers Each row is one document with the agency's measures in it; statedLead = those the text marks 牵头,
// @answers roleStated / roleNotStated = those whose role the text states or does not (list order is never a role).
// @answers-zh 某一机构在各文件中负责哪些措施？按文件分组；statedLead = 原文标明“牵头”的措施数，roleStated / roleNotStated =
// @answers-zh 原文写明角色与未写明角色的措施数（排列顺序不代表角色）。
// @param agency string agency id (agency:…) or canonical name, e.g. 福州市商务局
MATCH (a:Agency)-[r:RESPONSIBLE_FOR]->(m:Measure|Requirement)<-[c:CONTAINS]-(d:Document)
WHERE a.id = $agency OR a.name = $agency
WITH a, d, collect(m) AS measures, collect(r) AS responsibilities, collect(c) AS containment,
     sum(CASE WHEN r.role = 'lead' THEN 1 ELSE 0 END) AS statedLead,
     sum(CASE WHEN r.role IS NULL THEN 0 ELSE 1 END) AS roleStated
RETURN d AS document, a AS agency, size(measures) AS measureCount, statedLead, roleStated,
       size(measures) - roleStated AS roleNotStated, measures, responsibilities, containment
ORDER BY measureCount DESC, d.title
