// Who supports, aids, agrees or cooperates with whom, weighted by events and by reports, optionally within a date range.
// @param from date "2024-01-01"
// @param to date "2026-12-31"
// @row one directed pair of actors (COOPERATE and CONSULT-like pairs appear once per direction named in the text): event types, number of events, number of reports
MATCH (e:Event)
WHERE e.type IN ['SUPPORT', 'AID', 'COOPERATE', 'AGREE']
  AND e.when >= coalesce($from, '') AND e.when <= coalesce($to, '9999')
MATCH (e)-[:SOURCE]->(s:Actor)
MATCH (e)-[:SOURCE|TARGET]->(t:Actor) WHERE t <> s AND (EXISTS { (e)-[:TARGET]->(t) } OR (e.type = 'COOPERATE' AND elementId(s) < elementId(t)))
RETURN s.name AS source, t.name AS target, collect(DISTINCT e.type) AS types, count(DISTINCT e) AS events, sum(coalesce(e.reports, 1)) AS reports,
       max(e.quantity) AS largestQuantity
ORDER BY events DESC, reports DESC, source, target
LIMIT 100
