// @title 文件覆盖度 | Document coverage
// @answers For each document (or one), how many of its items (measures and requirement paragraphs) name responsible
// @answers units, a scope, a deadline and a stated role? A low count means the text (or the extraction) gives no such
// @answers data for those items — not that nobody is responsible.
// @answers-zh 每份文件（或某一份）的条目（措施与要求段落）中，有多少写明了责任单位、实施范围、完成时限和角色？
// @answers-zh 数量低表示原文（或抽取）未给出这些信息，而不是无人负责。
// @param document string = null document id (document:…) or title; empty for every document
MATCH (d:Document)-[:CONTAINS]->(i)
WHERE (i:Measure OR i:Requirement) AND ($document IS NULL OR d.id = $document OR d.title = $document)
OPTIONAL MATCH (:Agency)-[r:RESPONSIBLE_FOR]->(i)
WITH d, i, count(r) AS units, count(r.role) AS roles
OPTIONAL MATCH (i)-[s:APPLIES_IN|PILOTED_IN]->(:Zone)
WITH d, i, units, roles, count(s) AS scopes
RETURN d AS document, count(i) AS items,
       sum(CASE WHEN i:Measure THEN 1 ELSE 0 END) AS measures,
       sum(CASE WHEN units > 0 THEN 1 ELSE 0 END) AS withUnits,
       sum(CASE WHEN scopes > 0 THEN 1 ELSE 0 END) AS withScope,
       sum(CASE WHEN i.deadline IS NULL THEN 0 ELSE 1 END) AS withDeadline,
       sum(CASE WHEN roles > 0 THEN 1 ELSE 0 END) AS withStatedRoles
ORDER BY d.title
