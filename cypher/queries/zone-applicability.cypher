// @title 各片区适用措施 | What applies in each zone
// @answers Which measures apply in each zone (implementation or promotion scope), and how many?
// @answers Give a zone id or name to see one zone; leave it empty for all zones.
// @answers-zh 每个区域（实施范围或推广范围）适用哪些措施、共多少项？填写区域只看该区域，留空看全部。
// @param zone string = null zone id (zone:…) or name, e.g. 福州片区; empty for all
MATCH (m:Measure)-[r:APPLIES_IN]->(z:Zone)
WHERE $zone IS NULL OR z.id = $zone OR z.name = $zone
WITH z, collect(m) AS measures, collect(r) AS scopes
RETURN z AS zone, size(measures) AS measureCount, measures, scopes
ORDER BY measureCount DESC, z.name
