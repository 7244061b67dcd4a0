// @title 正文与附件不一致 | Where body and annex disagree
// @answers Which responsibilities appear only in the body text or only in the annex table, for measures the
// @answers annex restates (a measure stated in both)? sources = ["body"] or ["table"] marks the side that names the agency.
// @answers-zh 对附件表格重述的措施，哪些责任单位只出现在正文、或只出现在附件表格中？
MATCH (a:Agency)-[r:RESPONSIBLE_FOR]->(m:Measure)
WHERE size(r.sources) = 1
  AND EXISTS { MATCH (m)<-[b:RESPONSIBLE_FOR]-(:Agency) WHERE 'body' IN b.sources }
  AND EXISTS { MATCH (m)<-[t:RESPONSIBLE_FOR]-(:Agency) WHERE 'table' IN t.sources }
RETURN m AS measure, m.seq AS seq, a AS agency, r.sources[0] AS onlyIn, r.asWritten AS asWritten, r
ORDER BY seq, onlyIn
