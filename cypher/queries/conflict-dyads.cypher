// Conflict dyads: who attacks, coerces or threatens whom (PLOVER ASSAULT, COERCE, THREATEN), with counts, reports and the date range.
// @param from date "2024-01-01"
// @param to date "2026-12-31"
// @row one directed pair of actors in conflict: the event types between them, how many events and reports, first and last date, places
MATCH (e:Event)
WHERE e.type IN ['ASSAULT', 'COERCE', 'THREATEN']
  AND e.when >= coalesce($from, '') AND e.when <= coalesce($to, '9999')
MATCH (e)-[:SOURCE]->(s:Actor)
MATCH (e)-[:TARGET]->(t:Actor)
WITH s, t, collect(DISTINCT e.type) AS types, count(e) AS events, sum(coalesce(e.reports, 1)) AS reports,
     min(e.when) AS first, max(coalesce(e.date, e.lastReported)) AS last, collect(e) AS evs
ORDER BY events DESC, reports DESC LIMIT 100
// Places only for the 100 pairs kept.
CALL (evs) {
  UNWIND evs AS x
  MATCH (x)-[:AT]->(p)
  RETURN collect(DISTINCT p.name) AS places
}
RETURN s.name AS source, t.name AS target, types, events, reports, first, last, places
ORDER BY events DESC, source, target
