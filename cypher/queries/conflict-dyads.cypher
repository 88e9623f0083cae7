// Conflict dyads: who attacks, coerces or threatens whom (PLOVER ASSAULT, COERCE, THREATEN), with counts, reports and the date range.
// @param from date "2024-01-01"
// @param to date "2026-12-31"
// @row one directed pair of actors in conflict: the event types between them, how many events and reports, first and last date, places
MATCH (e:Event)
WHERE e.type IN ['ASSAULT', 'COERCE', 'THREATEN']
  AND coalesce(e.date, e.firstReported, '') >= coalesce($from, '') AND coalesce(e.date, e.firstReported, '') <= coalesce($to, '9999')
MATCH (e)-[:SOURCE]->(s:Actor)
MATCH (e)-[:TARGET]->(t:Actor)
OPTIONAL MATCH (e)-[:AT]->(p)
WITH s, t, e, collect(p.name) AS eventPlaces
RETURN s.name AS source, t.name AS target, collect(DISTINCT e.type) AS types, count(e) AS events, sum(coalesce(e.reports, 1)) AS reports,
       min(coalesce(e.date, e.firstReported)) AS first, max(coalesce(e.date, e.lastReported)) AS last,
       reduce(acc = [], x IN reduce(f = [], l IN collect(eventPlaces) | f + l) | CASE WHEN x IN acc THEN acc ELSE acc + x END) AS places
ORDER BY events DESC, source, target
LIMIT 100
