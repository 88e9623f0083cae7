// The most connected actors in a date range: how many events they take part in, with how many distinct partners and reports.
// @param from date "2025-01-01"
// @param to date "2025-12-31"
// @row one actor: events as source, events as target, distinct counterparts, reports
MATCH (e:Event)
WHERE e.when >= coalesce($from, '') AND e.when <= coalesce($to, '9999')
MATCH (e)-[side:SOURCE|TARGET]->(a:Actor)
WITH a, count(CASE WHEN type(side) = 'SOURCE' THEN 1 END) AS asSource, count(CASE WHEN type(side) = 'TARGET' THEN 1 END) AS asTarget,
     sum(coalesce(e.reports, 1)) AS reports
ORDER BY asSource + asTarget DESC, reports DESC LIMIT 25
// Counterparts only for the 25 kept.
CALL (a) {
  MATCH (a)<-[:SOURCE|TARGET]-(e2:Event)-[:SOURCE|TARGET]->(other:Actor)
  WHERE other <> a AND e2.when >= coalesce($from, '') AND e2.when <= coalesce($to, '9999')
  RETURN count(DISTINCT other) AS counterparts
}
RETURN a.name AS actor, [l IN labels(a) WHERE NOT l IN ['Actor', 'Entity']][0] AS label, asSource + asTarget AS events, asSource, asTarget, counterparts, reports
ORDER BY events DESC, reports DESC, actor
