// @title 两个实体之间的最短路径 | Shortest path between two entities
// @answers How are two chosen entities (agencies, zones, documents, measures) connected, by the fewest hops
// @answers (at most 8)?
// @answers-zh 两个选定的实体（机构、区域、文件、措施）之间最短的关联路径是什么（不超过 8 步）？
// @param from string id of the first entity
// @param to string id of the second entity
MATCH (a {id: $from})
MATCH (b {id: $to})
MATCH path = shortestPath((a)-[*..8]-(b))
RETURN path, length(path) AS hops
