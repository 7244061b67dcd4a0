// @title 跨文件重复措施 | Measures recurring across documents
// @answers Which measures of different documents say the same thing (SIMILAR_TO), most similar first?
// @answers-zh 不同文件中哪些措施内容相同或相近（SIMILAR_TO），按相似度排序？
// @param minScore float = 0.0 lowest similarity score to show
// @param limit int = 100 most pairs to list
MATCH (m1:Measure)-[s:SIMILAR_TO]->(m2:Measure)
WHERE s.score >= $minScore
MATCH (d1:Document)-[c1:CONTAINS]->(m1)
MATCH (d2:Document)-[c2:CONTAINS]->(m2)
RETURN m1 AS measure, d1 AS document, m2 AS similar, d2 AS otherDocument, s.score AS score, s, c1, c2
ORDER BY score DESC
LIMIT $limit
