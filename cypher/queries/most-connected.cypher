// The most connected actors in a date range: how many events they take part in, with how many distinct partners and reports.
// @param from date "2025-01-01"
// @param to date "2025-12-31"
// @row one actor: events as source, events as target, distinct counterparts, reports
MATCH (e:Event)
WHERE coalesce(e.date, e.firstReported, '') >= coalesce($from, '') AND coalesce(e.date, e.firstReported, '') <= coalesce($to, '9999')
MATCH (e)-[side:SOURCE|TARGET]->(a:Actor)
OPTIONAL MATCH (e)-[:SOURCE|TARGET]->(other:Actor) WHERE other <> a
WITH a, count(DISTINCT CASE WHEN type(side) = 'SOURCE' THEN e END) AS asSource, count(DISTINCT CASE WHEN type(side) = 'TARGET' THEN e END) AS asTarget,
     count(DISTINCT other) AS counterparts, collect(DISTINCT e) AS events
RETURN a.name AS actor, [l IN labels(a) WHERE NOT l IN ['Actor', 'Entity']][0] AS label, asSource + asTarget AS events, asSource, asTarget, counterparts,
       reduce(n = 0, x IN events | n + coalesce(x.reports, 1)) AS reports
ORDER BY events DESC, reports DESC, actor
LIMIT 25
