// @title 机构责任排名 | Agencies ranked by responsibility
// @answers Which agencies carry the most work? measures = measures and requirements (safeguard paragraphs) naming the
// @answers agency, documents = documents assigning
// @answers it work; statedLead = responsibilities the text marks 牵头; roleStated / roleNotStated = how many of its
// @answers responsibilities the text gives a role (牵头, 配合, 责任单位 beside a lead, 报送) and how many it does not.
// @answers The order of a list is never a role.
// @answers-zh 哪些机构承担的工作最多？措施数 = 列有该机构的措施；文件数 = 给其分配任务的文件；statedLead = 原文标明“牵头”的职责数；
// @answers-zh roleStated / roleNotStated = 原文写明角色（牵头、配合、牵头单位之外的责任单位、报送）与未写明角色的职责数。排列顺序不代表角色。
// @param limit int = 30 how many agencies to list
MATCH (a:Agency)-[r:RESPONSIBLE_FOR]->(m:Measure|Requirement)<-[:CONTAINS]-(d:Document)
WITH a, count(DISTINCT m) AS measures, count(DISTINCT d) AS documents,
     sum(CASE WHEN r.role = 'lead' THEN 1 ELSE 0 END) AS statedLead,
     sum(CASE WHEN r.role IS NULL THEN 0 ELSE 1 END) AS roleStated,
     sum(CASE WHEN r.role IS NULL THEN 1 ELSE 0 END) AS roleNotStated
RETURN a AS agency, measures, documents, statedLead, roleStated, roleNotStated
ORDER BY measures DESC, documents DESC, a.name
LIMIT $limit
