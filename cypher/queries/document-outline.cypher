// @title 文件大纲 | A document's outline
// @answers How is one document organised: its chapters, sections and 专栏 boxes, and the measures under each?
// @answers-zh 一份文件如何组织：章、节、专栏，以及各部分下的措施？
// @param document string document id (document:…) or title
MATCH (d:Document)
WHERE d.id = $document OR d.title = $document
MATCH path = (d)-[:HAS_SECTION*1..4]->(s:Section)
OPTIONAL MATCH (s)-[c:CONTAINS]->(m:Measure)
RETURN path, s AS section, s.ordinal AS ordinal, s.level AS level, c, m AS measure
ORDER BY level, ordinal, m.seq
