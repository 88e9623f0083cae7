// Who supports, aids, agrees or cooperates with whom, weighted by events and by reports, optionally within a date range.
// @param from date "2024-01-01"
// @param to date "2026-12-31"
// @row one pair of actors (source -> target; for ties named without a target, the two sources): event types, number of events, number of reports, the largest quantity
MATCH (e:Event)
WHERE e.type IN ['SUPPORT', 'AID', 'COOPERATE', 'AGREE']
  AND e.when >= coalesce($from, '') AND e.when <= coalesce($to, '9999')
MATCH (e)-[:SOURCE]->(s:Actor)
CALL (e, s) {
  MATCH (e)-[:TARGET]->(t:Actor) RETURN t
  UNION
  // "Russia and North Korea developed ties": two sources, no target.
  MATCH (e)-[:SOURCE]->(t:Actor) WHERE elementId(s) < elementId(t) AND NOT EXISTS { (e)-[:TARGET]->() } RETURN t
}
WITH s, t, e.type AS type, count(*) AS events, sum(coalesce(e.reports, 1)) AS reports, max(e.quantity) AS largest
WITH s, t, collect(type) AS types, sum(events) AS events, sum(reports) AS reports, max(largest) AS largestQuantity
ORDER BY events DESC, reports DESC LIMIT 100
RETURN s.name AS source, t.name AS target, types, events, reports, largestQuantity
ORDER BY events DESC, reports DESC, source, target
